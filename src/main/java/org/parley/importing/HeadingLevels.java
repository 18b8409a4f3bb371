package org.parley.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/*
 * A document of headings only (an outline, a list of agenda items styled as headings) has
 * nothing to comment on. The admin sees how many headings each level has and may take a level,
 * with the levels below it, as paragraphs: each such heading becomes a paragraph of the section
 * above it, followed by whatever it held.
 */
final class HeadingLevels {

    private HeadingLevels() {
    }

    /** Headings per level, counted by depth in the section tree (1 for the top). */
    static Map<Integer, Integer> count(TextOutline outline) {
        Map<Integer, Integer> levels = new TreeMap<>();
        outline.sections().forEach(section -> count(section, 1, levels));
        return levels;
    }

    private static void count(SectionOutline section, int depth, Map<Integer, Integer> levels) {
        if (section.title() != null) {
            levels.merge(depth, 1, Integer::sum);
        }
        section.subsections().forEach(subsection -> count(subsection, depth + 1, levels));
    }

    static TextOutline asParagraphs(TextOutline outline, int level) {
        if (level <= 1) {
            List<ParagraphOutline> paragraphs = new ArrayList<>();
            outline.sections().forEach(section -> flatten(section, paragraphs));
            return new TextOutline(List.of(new SectionOutline(null, null, paragraphs, List.of())));
        }
        return new TextOutline(outline.sections().stream().map(section -> keep(section, 1, level)).toList());
    }

    private static SectionOutline keep(SectionOutline section, int depth, int level) {
        if (depth + 1 < level) {
            return new SectionOutline(section.number(), section.title(), section.paragraphs(),
                    section.subsections().stream().map(subsection -> keep(subsection, depth + 1, level)).toList());
        }
        List<ParagraphOutline> paragraphs = new ArrayList<>(section.paragraphs());
        section.subsections().forEach(subsection -> flatten(subsection, paragraphs));
        return new SectionOutline(section.number(), section.title(), paragraphs, List.of());
    }

    private static void flatten(SectionOutline section, List<ParagraphOutline> into) {
        if (section.title() != null) {
            String text = section.number() == null ? section.title() : section.number() + " " + section.title();
            into.add(PlainTextImporter.paragraph(ParagraphKind.PARAGRAPH, text));
        }
        into.addAll(section.paragraphs());
        section.subsections().forEach(subsection -> flatten(subsection, into));
    }
}
