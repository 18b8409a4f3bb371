package org.parley.disposition;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.TextUnit;
import org.parley.discussion.CommentResponse;
import org.springframework.context.MessageSource;

/** The report's words in the reader's language, the same for its Word and PDF files. */
final class ReportLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final Locale locale;

    ReportLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** "Ana Example (Civil society), 2026-07-03, in reply" */
    String who(DispositionReport.Entry entry) {
        String author = entry.author() == null ? get("comment.formerParticipant")
                : entry.author() + (entry.group() == null ? "" : " (" + get("account.stakeholderGroup." + entry.group()) + ")");
        return get(entry.isReply() ? "report.whoReply" : "report.who", author, DAY.format(entry.at()));
    }

    /** "Response: Addressed in version 2, by Olga Organiser, 2026-07-04", or that there is none yet. */
    String response(DispositionReport.Entry entry) {
        var response = entry.response();
        if (response == null) {
            return get("report.noResponse");
        }
        return get("report.responseLine", status(response),
                response.by() == null ? get("response.formerOrganiser") : response.by(), DAY.format(response.at()));
    }

    String status(CommentResponse response) {
        return get(response.statusKey(), response.version());
    }

    String paragraph(String number, TextUnit unit) {
        return get("report.paragraph", number, get("unit." + unit.name() + ".label"));
    }
}
