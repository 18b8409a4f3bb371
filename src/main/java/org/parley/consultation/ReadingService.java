package org.parley.consultation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers see of a consultation: its page, its paragraphs, and where a comment on one goes. */
@Service
public class ReadingService {

    private final ConsultationService summaries;
    private final ConsultationReader reader;

    ReadingService(ConsultationService summaries, ConsultationReader reader) {
        this.summaries = summaries;
        this.reader = reader;
    }

    /** The reading page; a draft is visible only to those allowed to prepare it. */
    @Transactional(readOnly = true)
    public ConsultationPage page(String slug, boolean includeDraft) {
        return reader.page(visible(slug, includeDraft));
    }

    /** A paragraph of a consultation the reader may see, by the anchor in its URL. */
    @Transactional(readOnly = true)
    public ParagraphRef paragraph(String slug, String anchor, boolean includeDraft) {
        visible(slug, includeDraft);
        return reader.paragraph(slug, anchor).orElseThrow(() -> new ParagraphNotFound(slug, anchor));
    }

    @Transactional(readOnly = true)
    public ParagraphRef paragraph(long paragraphId) {
        return reader.paragraph(paragraphId).orElseThrow(() -> new ParagraphNotFound("?", String.valueOf(paragraphId)));
    }

    /** Where a comment on a public consultation's paragraph goes; see {@link CommentTarget}. */
    @Transactional(readOnly = true)
    public CommentTarget commentTarget(String slug, String anchor) {
        var target = reader.commentTarget(slug, anchor);
        var consultation = target.isPresent() ? target.get().consultation() : summaries.summary(slug);
        if (!consultation.status().isPublic()) {
            throw new ConsultationNotFound(slug);
        }
        return target.orElseThrow(() -> new ParagraphNotFound(slug, anchor));
    }

    private ConsultationSummary visible(String slug, boolean includeDraft) {
        var consultation = summaries.summary(slug);
        if (!consultation.status().isPublic() && !includeDraft) {
            throw new ConsultationNotFound(slug);
        }
        return consultation;
    }
}
