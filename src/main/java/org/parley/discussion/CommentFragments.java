package org.parley.discussion;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.parley.account.Viewer;
import org.parley.web.FragmentKeeper;
import org.parley.web.KeptFragments;
import org.springframework.stereotype.Component;

/**
 * A thread's comments as HTML, each rendered once per what it shows: the comment as the reader
 * gets it (its text, author, status, revisions, and whether it is the reader's own and still
 * editable), the thread's address, whether it is highlighted, whether comments are open, whether
 * the reader is signed in or an admin, or may respond as an organiser (their actions), the paragraph's
 * version and the language. The response under a comment is part of the comment (decision 31).
 * Readers for whom a comment is the same share it: a participant's page of two hundred comments
 * renders only those that are new. Left to the thread: the reader's own comments (their Withdraw
 * form carries the session's token) and comments that propose new wording (their diff, supports
 * and decisions depend on more).
 */
@Component
class CommentFragments {

    /** Everything {@code _comment.html} shows of a comment without a proposal. */
    record Key(CommentView comment, String slug, String anchor, boolean highlighted, boolean commentsOpen,
               boolean signedIn, boolean admin, boolean mayRespond, int paragraphVersion, Locale locale) {
    }

    private final KeptFragments<Key> kept;

    CommentFragments(FragmentKeeper keeper) {
        // 4 million characters (4 to 8 MB of the 128 MB heap): a few thousand comments as a few kinds of reader see them.
        this.kept = keeper.keep("discussion/_comments", 4_000_000, key -> key.comment().bodyHtml().length() * 2 + 512);
    }

    /** The HTML of the thread's comments that propose nothing, by comment id. */
    Map<Long, String> of(ThreadView thread, Viewer viewer, boolean mayDecide, boolean commentsOpen, int paragraphVersion,
                         Locale locale) {
        var keys = thread.comments().stream()
                .filter(comment -> comment.proposal() == null && !comment.mine())
                .map(comment -> new Key(comment, thread.slug(), thread.anchor(), thread.isHighlighted(comment.id()),
                        commentsOpen, viewer.isSignedIn(), viewer.admin(), mayDecide, paragraphVersion, locale))
                .toList();
        var html = new HashMap<Long, String>();
        kept.of(keys, Key::comment, Map.of("thread", thread, "commentsOpen", commentsOpen, "viewer", viewer,
                "mayDecide", mayDecide, "paragraphVersion", paragraphVersion), locale).forEach((key, part) -> html.put(key.comment().id(), part));
        return html;
    }

    /** How many comments were rendered since the start: kept ones are not. */
    long renderings() {
        return kept.renderings();
    }
}
