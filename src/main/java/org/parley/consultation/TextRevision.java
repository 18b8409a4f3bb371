package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A revised text and how it lines up with the live one: for each section of the outline (in
 * document order, parents before their subsections) the live section it continues, and for each
 * paragraph (in document order) the live paragraph it continues, or null for a new one. Live
 * sections and paragraphs that nothing continues are marked removed; nothing is deleted.
 */
public record TextRevision(TextOutline outline, List<@Nullable Long> sectionIds, List<@Nullable Long> paragraphIds) {

    public TextRevision {
        sectionIds = java.util.Collections.unmodifiableList(new ArrayList<>(sectionIds));
        paragraphIds = java.util.Collections.unmodifiableList(new ArrayList<>(paragraphIds));
        if (paragraphIds.size() != outline.paragraphCount()) {
            throw new IllegalArgumentException("one entry per paragraph of the outline");
        }
    }

    /**
     * The visible number of a revision's paragraph at this position (0-based, through the whole
     * text): the source's own number when it numbered its paragraphs ("27", "27(b)"), else Parley's.
     */
    public static String number(int position, ParagraphOutline paragraph) {
        return paragraph.number() != null ? paragraph.number() : String.valueOf(position + 1);
    }

    /** The outline's sections in document order, parents before their subsections. */
    public static List<SectionOutline> sectionsInOrder(TextOutline outline) {
        var ordered = new ArrayList<SectionOutline>();
        outline.sections().forEach(section -> addInOrder(section, ordered));
        return ordered;
    }

    /** The outline's paragraphs in document order. */
    public static List<ParagraphOutline> paragraphsInOrder(TextOutline outline) {
        var paragraphs = new ArrayList<ParagraphOutline>();
        sectionsInOrder(outline).forEach(section -> paragraphs.addAll(section.paragraphs()));
        return paragraphs;
    }

    private static void addInOrder(SectionOutline section, List<SectionOutline> ordered) {
        ordered.add(section);
        section.subsections().forEach(subsection -> addInOrder(subsection, ordered));
    }
}
