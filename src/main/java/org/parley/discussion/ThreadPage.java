package org.parley.discussion;

import org.jspecify.annotations.Nullable;

/**
 * Which conversations of a long thread a page shows: a conversation is a comment with every reply
 * under it, never split. Numbers are 1-based; {@code first} to {@code last} of {@code conversations}.
 * A thread of thousands of comments on one page would take seconds to read and, rendered at once,
 * more memory than Parley has.
 */
public record ThreadPage(int number, int count, int first, int last, int conversations) {

    /** Conversations per page. */
    static final int SIZE = 50;

    /**
     * The page holding the conversation at {@code shownAt} (0-based, in reading order) if a comment
     * to show was found, else page {@code requested}, kept within the pages there are.
     */
    static ThreadPage of(int requested, int conversations, @Nullable Integer shownAt) {
        int count = Math.max(1, (conversations + SIZE - 1) / SIZE);
        int number = shownAt != null ? shownAt / SIZE + 1 : Math.min(Math.max(requested, 1), count);
        int from = (number - 1) * SIZE;
        int to = Math.min(from + SIZE, conversations);
        return new ThreadPage(number, count, Math.min(from + 1, to), to, conversations);
    }

    /** How many conversations come before this page's. */
    int skipped() {
        return (number - 1) * SIZE;
    }

    public boolean isPaged() {
        return count > 1;
    }

    public boolean hasEarlier() {
        return number > 1;
    }

    public boolean hasLater() {
        return number < count;
    }
}
