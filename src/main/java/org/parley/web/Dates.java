package org.parley.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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

    /** For datetime-local form fields and {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String format(@Nullable Instant instant, DateTimeFormatter formatter) {
        if (instant == null) {
            return "";
        }
        return formatter.withLocale(LocaleContextHolder.getLocale()).format(instant.atZone(ZoneOffset.UTC).toLocalDateTime());
    }
}
