package org.parley.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph as other features refer to it: where it is, and its current version.
 *
 * @param text      the current version's source text (Markdown): what proposals and edits rework
 * @param html      the current version, sanitized
 * @param removedAt when a revision removed it (it stays readable, and takes no new comments), or null
 */
public record ParagraphRef(long id, long consultationId, String consultationSlug, String anchor, String number,
                           long versionId, int version, String text, String html, @Nullable Instant removedAt) {

    /**
     * The current version's words as a reader sees them: what quotes point into. Worked out from
     * the HTML on each call, so only where it is needed (most posts quote nothing).
     */
    public String plainText() {
        return PlainText.of(html).text();
    }
}
