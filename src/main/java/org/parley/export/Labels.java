package org.parley.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.parley.consultation.VersionSource;
import org.springframework.context.MessageSource;

/** The words of an export in the reader's language, from messages.properties like every page. */
record Labels(MessageSource messages, Locale locale) {

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String source(VersionSource source) {
        return get("export.source." + source.name());
    }

    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC)
                .format(instant);
    }

    /** "Version 2 — 3 July 2024 — Accepted proposal — proposed by Amina Diallo, … — note" as one line. */
    String versionLine(ExportedText.Version version) {
        var line = new StringBuilder(get("export.history.version", version.n()))
                .append(" — ").append(date(version.createdAt()))
                .append(" — ").append(source(version.source()));
        line.append(" — ").append(version.credit());
        if (version.changeNote() != null && !version.changeNote().isBlank()) {
            line.append(" — ").append(version.changeNote().strip());
        }
        return line.toString();
    }
}
