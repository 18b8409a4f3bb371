package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Consecutive items of one list are shown as one list, so that screen readers announce a
 * list of seven items rather than seven lists of one; any other paragraph stands alone. Items
 * the source numbered below another ("3(a)", "3(a)(i)") are a list nested in that list, as the
 * source lays them out.
 *
 * @param paragraphs all of the group's paragraphs in order, nested ones included
 * @param entries    what the list shows at its own level: paragraphs, and nested lists between them
 * @param depth      0 for a list in the text, 1 for one nested in it…
 */
public record ParagraphGroup(ParagraphKind kind, List<ParagraphView> paragraphs, List<Entry> entries, int depth) {

    /** One entry of a list: a paragraph, or a list nested below the paragraph before it. */
    public record Entry(@Nullable ParagraphView paragraph, @Nullable ParagraphGroup sublist) {
    }

    public boolean isBulletList() {
        return kind == ParagraphKind.BULLET_ITEM;
    }

    public boolean isOrderedList() {
        return kind == ParagraphKind.ORDERED_ITEM;
    }

    static List<ParagraphGroup> of(List<ParagraphView> paragraphs) {
        var groups = new ArrayList<ParagraphGroup>();
        int start = 0;
        while (start < paragraphs.size()) {
            ParagraphView first = paragraphs.get(start);
            int end = start + 1;
            while (first.isListItem() && end < paragraphs.size() && continuesList(first, paragraphs.get(end))) {
                end++;
            }
            groups.add(list(paragraphs.subList(start, end), first.depth()));
            start = end;
        }
        return List.copyOf(groups);
    }

    /* An item of the same kind at the first item's level, or any item below it. */
    private static boolean continuesList(ParagraphView first, ParagraphView next) {
        return next.isListItem() && (next.depth() > first.depth() || next.depth() == first.depth() && next.kind() == first.kind());
    }

    private static ParagraphGroup list(List<ParagraphView> items, int depth) {
        var entries = new ArrayList<Entry>();
        int index = 0;
        while (index < items.size()) {
            if (items.get(index).depth() <= depth) {
                entries.add(new Entry(items.get(index), null));
                index++;
                continue;
            }
            int end = index;
            while (end < items.size() && items.get(end).depth() > depth) {
                end++;
            }
            entries.add(new Entry(null, list(items.subList(index, end), depth + 1)));
            index = end;
        }
        return new ParagraphGroup(items.get(0).kind(), List.copyOf(items), List.copyOf(entries), depth);
    }
}
