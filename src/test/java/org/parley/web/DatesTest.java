package org.parley.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private final Dates dates = new Dates();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void commentTimesReadLikeTheSeedFeedInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(dates.commentTime(Instant.parse("2024-07-03T14:48:00Z"))).isEqualTo("3rd July 2024 at 2:48 pm UTC");
        assertThat(dates.commentTime(Instant.parse("2024-07-01T09:05:00Z"))).isEqualTo("1st July 2024 at 9:05 am UTC");
        assertThat(dates.commentTime(Instant.parse("2024-07-12T00:30:00Z"))).isEqualTo("12th July 2024 at 12:30 am UTC");
        assertThat(dates.commentTime(Instant.parse("2024-07-22T12:00:00Z"))).isEqualTo("22nd July 2024 at 12:00 pm UTC");
    }

    @Test
    void otherLanguagesGetTheirOwnLongDate() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(dates.commentTime(Instant.parse("2024-07-03T14:48:00Z"))).startsWith("3 juillet 2024").endsWith("UTC");
    }
}
