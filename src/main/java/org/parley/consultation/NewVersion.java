package org.parley.consultation;

import org.jspecify.annotations.Nullable;

/**
 * A new wording for a paragraph.
 *
 * @param expectedVersion the version the writer saw: if the paragraph has moved on since, the
 *                        version is refused with {@link ParagraphChanged} and nothing is written
 * @param text            Markdown, like imported paragraphs
 * @param authorId        who made the version: the organiser who accepted or wrote it
 * @param proposalId      the accepted proposal (a comment) it comes from, if any: its author is
 *                        credited with the version too
 */
public record NewVersion(long paragraphId, int expectedVersion, String text, VersionSource source,
                         @Nullable String changeNote, @Nullable Long authorId, @Nullable Long proposalId) {
}
