package org.parley.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A consultation as lists and headers show it; {@code publishedAt} is set once its final text is published;
 * {@code insightsPublicWhileOpen}: an admin made its insights public before it is published; {@code language}: what
 * its text and comments are written in.
 */
public record ConsultationSummary(long id, String slug, String title, @Nullable String summary,
                                  ConsultationStatus status, @Nullable Instant opensAt, @Nullable Instant closesAt,
                                  int paragraphCount, @Nullable Instant publishedAt, TextUnit unit,
                                  boolean insightsPublicWhileOpen, TextLanguage language) {

    public boolean hasText() {
        return paragraphCount > 0;
    }

    /** Open in status and within its dates: the only time comments are taken. */
    public boolean isOpenForComments(Instant now) {
        return status == ConsultationStatus.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }
}
