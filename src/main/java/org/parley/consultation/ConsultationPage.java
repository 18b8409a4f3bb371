package org.parley.consultation;

import java.util.List;

/** Everything the reading page shows: sections in document order, each with its paragraphs. */
public record ConsultationPage(ConsultationSummary consultation, List<SectionView> sections) {

    public List<SectionView> tableOfContents() {
        return sections.stream().filter(SectionView::hasHeading).toList();
    }
}
