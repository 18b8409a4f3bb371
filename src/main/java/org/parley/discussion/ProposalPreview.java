package org.parley.discussion;

import org.parley.consultation.Diffs;
import org.parley.consultation.ParagraphRef;

/** What a proposal would change, shown before it is sent. */
final class ProposalPreview {

    private ProposalPreview() {
    }

    static Diffs.Change of(CommentForm form, ParagraphRef paragraph, Diffs diffs) {
        boolean passage = form.proposalScope() == ProposalScope.PASSAGE && form.chosenQuote() != null;
        String original = passage ? form.chosenQuote() : paragraph.text();
        return diffs.change(original == null ? "" : original, form.proposedText() == null ? "" : form.proposedText());
    }
}
