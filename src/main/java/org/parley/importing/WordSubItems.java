package org.parley.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/*
 * In a text that is not numbered by paragraph, Word's numbered sub-items ("a.", "b." under "1.")
 * have no number of their own to be cited by, so they go into their item as a nested list, as a
 * web page nests them: people comment on the item with its points. Levels are Word's list levels,
 * given in document order, one per paragraph of the outline.
 */
final class WordSubItems {

    private WordSubItems() {
    }

    static TextOutline intoTheirItems(TextOutline outline, List<Integer> levels) {
        Iterator<Integer> level = levels.iterator();
        return new TextOutline(outline.sections().stream().map(section -> intoTheirItems(section, level)).toList());
    }

    private static SectionOutline intoTheirItems(SectionOutline section, Iterator<Integer> levels) {
        List<ParagraphOutline> paragraphs = new ArrayList<>();
        List<ParagraphOutline> subItems = new ArrayList<>();
        List<Integer> subLevels = new ArrayList<>();
        int itemLevel = 0;
        for (ParagraphOutline paragraph : section.paragraphs()) {
            int level = levels.hasNext() ? levels.next() : 0;
            boolean below = !paragraphs.isEmpty() && isListItem(paragraphs.get(paragraphs.size() - 1))
                    && paragraph.kind() == ParagraphKind.ORDERED_ITEM && level > itemLevel;
            if (below) {
                subItems.add(paragraph);
                subLevels.add(level - itemLevel);
                continue;
            }
            closeItem(paragraphs, subItems, subLevels);
            paragraphs.add(paragraph);
            itemLevel = level;
        }
        closeItem(paragraphs, subItems, subLevels);
        List<SectionOutline> subsections = section.subsections().stream().map(sub -> intoTheirItems(sub, levels)).toList();
        return new SectionOutline(section.number(), section.title(), paragraphs, subsections);
    }

    private static boolean isListItem(ParagraphOutline paragraph) {
        return paragraph.kind() == ParagraphKind.ORDERED_ITEM || paragraph.kind() == ParagraphKind.BULLET_ITEM;
    }

    /* The last item with its sub-items as nested ordered lists, each level at most one below the one above. */
    private static void closeItem(List<ParagraphOutline> paragraphs, List<ParagraphOutline> subItems, List<Integer> subLevels) {
        if (subItems.isEmpty()) {
            return;
        }
        ParagraphOutline item = paragraphs.remove(paragraphs.size() - 1);
        StringBuilder text = new StringBuilder(item.text());
        StringBuilder html = new StringBuilder(item.html());
        int open = 0;
        for (int i = 0; i < subItems.size(); i++) {
            ParagraphOutline sub = subItems.get(i);
            int depth = Math.min(subLevels.get(i), open + 1);
            if (depth > open) {
                html.append("<ol><li>");
                open = depth;
            } else {
                for (; open > depth; open--) {
                    html.append("</li></ol>");
                }
                html.append("</li><li>");
            }
            html.append(sub.html());
            text.append("\n\n").append("   ".repeat(depth - 1)).append(sub.number() == null ? "-" : sub.number())
                    .append(' ').append(sub.text());
        }
        html.append("</li></ol>".repeat(open));
        paragraphs.add(new ParagraphOutline(item.kind(), text.toString(), ImportedHtml.sanitize(html.toString()), item.number()));
        subItems.clear();
        subLevels.clear();
    }
}
