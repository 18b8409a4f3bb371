package org.parley.consultation;

import java.util.regex.Pattern;

/** A paragraph as the reading page shows it; {@code html} is sanitized at import. */
public record ParagraphView(long id, String anchor, String number, ParagraphKind kind, String html, int version) {

    /* A source number with sub-numbers: "3(a)" is one level below 3, "3(a)(i)" two. */
    private static final Pattern SUB_NUMBERED = Pattern.compile("\\d{1,4}(\\([a-z0-9]{1,5}\\))+");

    boolean isListItem() {
        return kind == ParagraphKind.BULLET_ITEM || kind == ParagraphKind.ORDERED_ITEM;
    }

    /** How far below a main number the source numbered this paragraph: 0 for "3", 1 for "3(a)", 2 for "3(a)(i)". */
    public int depth() {
        return number != null && SUB_NUMBERED.matcher(number).matches() ? (int) number.chars().filter(c -> c == '(').count() : 0;
    }
}
