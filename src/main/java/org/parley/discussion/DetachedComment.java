package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A published comment whose quoted passage a revision took out of the text, with the words it quoted.
 *
 * @param paragraphRemoved its paragraph is no longer in the text either
 * @param author           the author's name, or null for a former participant
 */
record DetachedComment(long id, String paragraphNumber, String anchor, boolean paragraphRemoved, String quote,
                       String bodyHtml, @Nullable String author, Instant createdAt, Instant detachedAt) {
}
