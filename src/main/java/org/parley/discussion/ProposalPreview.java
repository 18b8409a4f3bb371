package org.parley.discussion;

import org.parley.consultation.Diffs;
import org.parley.consultation.ParagraphRef;

/** What a proposal would change, shown before it is sent. */
final class ProposalPreview {

    private ProposalPreview() {
    }

    static Diffs.Change of(CommentForm form, ParagraphRef paragraph, Diffs diffs) {
        boolean passage = form.proposalScope() == ProposalScope.PASSAGE && form.chosenQuote() != null;
        String proposed = form.proposedText() == null ? "" : form.proposedText();
        String quote = form.chosenQuote();
        return passage && quote != null ? diffs.ofPassage(quote, proposed) : diffs.ofMarkdown(paragraph.text(), proposed);
    }
}
