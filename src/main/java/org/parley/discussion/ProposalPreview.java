package org.parley.discussion;

import org.parley.consultation.ParagraphRef;

/** What a proposal would change, shown before it is sent. */
record ProposalPreview(String original, String proposed) {

    static ProposalPreview of(CommentForm form, ParagraphRef paragraph) {
        boolean passage = form.proposalScope() == ProposalScope.PASSAGE && form.chosenQuote() != null;
        String original = passage ? form.chosenQuote() : paragraph.text();
        return new ProposalPreview(original == null ? "" : original, form.proposedText() == null ? "" : form.proposedText());
    }
}
