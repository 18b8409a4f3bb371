package org.parley.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    public boolean isPaged() {
        return count > 1;
    }

    public boolean hasEarlier() {
        return number > 1;
    }

    public boolean hasLater() {
        return number < count;
    }

    /** The comments (in reading order) of one page: the one holding the first of {@code shown} found, else {@code requested}. */
    static Selection select(List<CommentView> comments, int requested, @Nullable Long... shown) {
        var conversations = conversations(comments);
        int count = Math.max(1, (conversations.size() + SIZE - 1) / SIZE);
        int number = Math.min(Math.max(requested, 1), count);
        for (var id : shown) {
            int holding = conversationHolding(conversations, id);
            if (holding >= 0) {
                number = holding / SIZE + 1;
                break;
            }
        }
        int from = (number - 1) * SIZE;
        int to = Math.min(from + SIZE, conversations.size());
        var onPage = conversations.subList(from, to).stream().flatMap(List::stream).toList();
        return new Selection(onPage, new ThreadPage(number, count, Math.min(from + 1, to), to, conversations.size()));
    }

    /** Comments in reading order, cut where a comment answers nothing (indent 0): each reply follows what it answers. */
    private static List<List<CommentView>> conversations(List<CommentView> comments) {
        var conversations = new ArrayList<List<CommentView>>();
        for (var comment : comments) {
            if (comment.indent() == 0 || conversations.isEmpty()) {
                conversations.add(new ArrayList<>());
            }
            conversations.get(conversations.size() - 1).add(comment);
        }
        return conversations;
    }

    private static int conversationHolding(List<List<CommentView>> conversations, @Nullable Long id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < conversations.size(); i++) {
            if (conversations.get(i).stream().anyMatch(comment -> Objects.equals(comment.id(), id))) {
                return i;
            }
        }
        return -1;
    }

    record Selection(List<CommentView> comments, ThreadPage page) {
    }
}
