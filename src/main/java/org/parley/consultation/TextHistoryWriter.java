package org.parley.consultation;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records versions made before they came to Parley — in the demo, or on another platform — with
 * their original dates. The only way in for such history, so that {@link TextService} writes the
 * present only.
 */
@Component
public class TextHistoryWriter {

    private final ParagraphRepository paragraphs;

    TextHistoryWriter(ParagraphRepository paragraphs) {
        this.paragraphs = paragraphs;
    }

    /**
     * Writes a past version with its original time; the same lock and the same expected-version rule
     * as {@link TextService#appendVersion(NewVersion)}.
     *
     * @return the new version's number
     */
    @Transactional
    public int writeVersion(NewVersion version, Instant createdAt) {
        return paragraphs.lock(version.paragraphId()).appendVersion(version, createdAt);
    }
}
