package org.parley.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for templates ({@code ${@dates.dateTime(instant)}}) in the reader's language.
 * Times are shown in UTC and say so: participants come from every time zone.
 */
@Component("dates")
public class Dates {

    public String date(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
    }

    public String dateTime(@Nullable Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)) + " UTC";
    }

    /**
     * When a comment was written, the way comment feeds say it: "3rd July 2024 at 2:48 pm UTC" in
     * English, the language's own long date and short time otherwise.
     */
    public String commentTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        var locale = LocaleContextHolder.getLocale();
        var time = instant.atZone(ZoneOffset.UTC);
        if (!"en".equals(locale.getLanguage())) {
            return dateTime(instant);
        }
        return time.getDayOfMonth() + ordinal(time.getDayOfMonth())
                + DateTimeFormatter.ofPattern(" MMMM yyyy 'at' h:mm", locale).format(time)
                + (time.getHour() < 12 ? " am" : " pm") + " UTC";
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** For datetime-local form fields and {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        // Whole seconds: HTML's valid date strings allow at most three digits of fractions.
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String format(@Nullable Instant instant, DateTimeFormatter formatter) {
        if (instant == null) {
            return "";
        }
        return formatter.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(ZoneOffset.UTC).toLocalDateTime());
    }
}
