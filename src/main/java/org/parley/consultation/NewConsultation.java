package org.parley.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What an admin gives to create or describe a consultation; {@code unit} is what its text is made of. */
public record NewConsultation(String slug, String title, @Nullable String summary,
                              @Nullable Instant opensAt, @Nullable Instant closesAt, TextUnit unit) {

    /** A text of paragraphs, as most are. */
    public NewConsultation(String slug, String title, @Nullable String summary, @Nullable Instant opensAt,
                           @Nullable Instant closesAt) {
        this(slug, title, summary, opensAt, closesAt, TextUnit.PARAGRAPH);
    }
}
