package org.parley.discussion;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph's comments in reading order — all of them, or one page of a long thread (see
 * {@link ThreadPage}) — with the paragraph's text marked where a comment quotes it, and the changes
 * the organisers made to the paragraph, newest first. {@code visibleCount} counts the whole thread.
 */
public record ThreadView(long paragraphId, String slug, String anchor, String paragraphNumber, String markedHtml,
                         List<CommentView> comments, @Nullable Long highlighted, List<VersionChange> changes,
                         long visibleCount, ThreadPage page) {

    public boolean isHighlighted(long commentId) {
        return highlighted != null && highlighted == commentId;
    }
}
