package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive items of one list are shown as one list, so that screen readers announce a
 * list of seven items rather than seven lists of one; any other paragraph stands alone.
 */
public record ParagraphGroup(ParagraphKind kind, List<ParagraphView> paragraphs) {

    public boolean isBulletList() {
        return kind == ParagraphKind.BULLET_ITEM;
    }

    public boolean isOrderedList() {
        return kind == ParagraphKind.ORDERED_ITEM;
    }

    static List<ParagraphGroup> of(List<ParagraphView> paragraphs) {
        var groups = new ArrayList<ParagraphGroup>();
        List<ParagraphView> current = null;
        ParagraphKind currentKind = null;
        for (var paragraph : paragraphs) {
            if (current == null || !paragraph.isListItem() || paragraph.kind() != currentKind) {
                current = new ArrayList<>();
                currentKind = paragraph.kind();
                groups.add(new ParagraphGroup(currentKind, current));
            }
            current.add(paragraph);
        }
        return groups.stream().map(group -> new ParagraphGroup(group.kind(), List.copyOf(group.paragraphs()))).toList();
    }
}
