package org.parley.consultation;

/** A paragraph as the reading page shows it; {@code html} is sanitized at import. */
public record ParagraphView(long id, String anchor, String number, ParagraphKind kind, String html, int version) {

    boolean isListItem() {
        return kind == ParagraphKind.BULLET_ITEM || kind == ParagraphKind.ORDERED_ITEM;
    }
}
