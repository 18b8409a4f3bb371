package org.parley.consultation;

import java.util.List;

/**
 * A whole text as an importer found it: sections in document order, each with its paragraphs
 * and subsections. Anchors and visible numbers are not part of it: {@link TextService}
 * assigns them when the outline is written.
 */
public record TextOutline(List<SectionOutline> sections) {

    public TextOutline {
        sections = List.copyOf(sections);
    }

    public int paragraphCount() {
        return sections.stream().mapToInt(SectionOutline::paragraphCountWithSubsections).sum();
    }
}
