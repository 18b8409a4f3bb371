package org.parley.discussion;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.account.ParticipantView;

/**
 * One comment as a thread shows it. A withdrawn or hidden comment keeps its place but not its
 * words ({@code bodyHtml} is empty), so that the replies under it still make sense. Its author
 * still sees a hidden or held comment, with the moderator's reason.
 *
 * @param indent    how far it is indented; replies deeper than the thread shows say whom they answer
 * @param inReplyTo the name of the person it answers, shown where the indent no longer does
 * @param onOlderVersion written on a version of the paragraph that is no longer current
 * @param proposal  the new wording it proposes, if any
 * @param quoteDetached its quoted passage is no longer in the text (a re-import changed it)
 * @param quoteBefore   the words its author quoted, when a re-import re-anchored the quote on the new wording
 * @param response      the organisers' response, where this reader may see it (decision 31)
 */
public record CommentView(long id, @Nullable Long parentId, int indent, @Nullable ParticipantView author,
                          Instant createdAt, @Nullable Instant editedAt, CommentStatus status, String bodyHtml,
                          @Nullable String quote, @Nullable String inReplyTo, List<Revision> revisions,
                          boolean mine, boolean canEdit, @Nullable String moderationReason,
                          int writtenOnVersion, boolean onOlderVersion, @Nullable ProposalInfo proposal,
                          boolean quoteDetached, @Nullable String quoteBefore, @Nullable CommentResponse response) {

    /** An earlier text of an edited comment. */
    public record Revision(String body, Instant writtenAt) {
    }

    public boolean isVisible() {
        return status == CommentStatus.PUBLISHED;
    }

    public boolean isWithdrawn() {
        return status == CommentStatus.WITHDRAWN;
    }

    public boolean showsBody() {
        return !bodyHtml.isEmpty();
    }

    public boolean isHidden() {
        return status == CommentStatus.HIDDEN;
    }

    public boolean isPending() {
        return status == CommentStatus.PENDING;
    }

    public boolean isReply() {
        return parentId != null;
    }
}
