package org.parley.search;

import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.TextUnit;
import org.parley.discussion.ProposalStatus;

/**
 * One thing found, as the results list shows it. {@code snippetHtml} is escaped but for the marks
 * Parley adds ({@link Snippet}); {@code number} is the source number of the paragraph or heading
 * (that of the paragraph a comment is on); {@code authorName} is null for a former participant.
 */
public record SearchResult(Type type, long id, String consultationSlug, String consultationTitle, TextUnit unit,
                           @Nullable String number, String anchor, String snippetHtml, @Nullable String authorName,
                           @Nullable StakeholderGroup group, boolean reply, @Nullable ProposalStatus proposalStatus,
                           boolean held) {

    public enum Type {
        HEADING, PARAGRAPH, COMMENT, PROPOSAL
    }

    public boolean isText() {
        return type == Type.HEADING || type == Type.PARAGRAPH;
    }

    /** See in context: a paragraph or heading on the consultation's page, a comment where it was made (as the Atom feed links it). */
    public String link() {
        return isText() ? "/c/" + consultationSlug + "#" + anchor : "/comments/" + id;
    }
}
