package org.parley.discussion;

import java.util.List;

/** One page of the list of all comments: the comments, and where the page is in the list. */
public record CommentList(List<ListedComment> comments, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
