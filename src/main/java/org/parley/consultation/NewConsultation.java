package org.parley.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What an admin gives to create or describe a consultation. */
public record NewConsultation(String slug, String title, @Nullable String summary,
                              @Nullable Instant opensAt, @Nullable Instant closesAt) {
}
