package org.parley.consultation;

import java.util.List;

/**
 * Everything the reading page shows: sections in document order, each with its paragraphs; and
 * the paragraphs revisions removed, most recent first.
 */
public record ConsultationPage(ConsultationSummary consultation, List<SectionView> sections,
                               List<RemovedParagraph> removed) {

    public List<SectionView> tableOfContents() {
        return sections.stream().filter(SectionView::hasHeading).toList();
    }
}
