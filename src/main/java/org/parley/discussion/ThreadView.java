package org.parley.discussion;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph's comments in reading order, with the paragraph's text marked where a comment quotes
 * it, and the changes the organisers made to the paragraph, newest first.
 */
public record ThreadView(long paragraphId, String slug, String anchor, String paragraphNumber, String markedHtml,
                         List<CommentView> comments, @Nullable Long highlighted, List<VersionChange> changes) {

    public long visibleCount() {
        return comments.stream().filter(CommentView::isVisible).count();
    }

    public boolean isHighlighted(long commentId) {
        return highlighted != null && highlighted == commentId;
    }
}
