package org.parley.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.WordDiff;
import org.parley.mail.Mail;
import org.parley.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a notification mail — one notification sent at once, or a digest — in the recipient's
 * language, grouped by consultation and paragraph, with the substance in it, as plain text and
 * HTML, and with the RFC 8058 one-click unsubscribe headers for that kind or that digest.
 */
@Component
class MailComposer {

    /** The notifications of one paragraph (or of the consultation itself, without a number). */
    record ParagraphGroup(@Nullable String number, @Nullable String text, String link, List<NotificationItem> items) {
    }

    record ConsultationGroup(String title, String link, List<ParagraphGroup> paragraphs) {
    }

    /** Who a mail goes to. */
    record Recipient(long id, String email, String displayName, Locale locale) {
    }

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Mailer mailer;
    private final MailPreferences preferences;

    MailComposer(MessageSource messages, ITemplateEngine templates, Mailer mailer, MailPreferences preferences) {
        this.messages = messages;
        this.templates = templates;
        this.mailer = mailer;
        this.preferences = preferences;
    }

    Mail compose(Recipient recipient, List<NotificationItem> items, MailStream stream) {
        var locale = recipient.locale();
        var groups = grouped(items);
        UUID token = preferences.unsubscribeToken(recipient.id());
        String unsubscribe = mailer.link("/notifications/unsubscribe/" + token + "/" + stream.name());
        String subject = stream.kind() != null
                ? messages.getMessage("notification.mail.subject.single", new Object[] {line(items.get(0), locale)}, locale)
                : messages.getMessage("notification.mail.subject." + stream.digest(), new Object[] {items.size()}, locale);
        var context = new Context(locale);
        context.setVariable("recipient", recipient);
        context.setVariable("groups", groups);
        context.setVariable("unsubscribe", unsubscribe);
        context.setVariable("preferences", mailer.link("/notifications/preferences"));
        context.setVariable("lines", lines(items, locale));
        var links = new LinkedHashMap<Long, String>();
        items.forEach(item -> links.put(item.id(), mailer.link(item.link())));
        context.setVariable("links", links);
        context.setVariable("subject", subject);
        String html = templates.process("notification/mail", context);
        String text = text(recipient, groups, unsubscribe, locale);
        return new Mail(recipient.email(), subject, text, html, Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    /** What each item is, in a line: "David Reply answered your comment on paragraph 3 of …". */
    String line(NotificationItem item, Locale locale) {
        return messages.getMessage(item.lineKey(), item.arguments(), locale);
    }

    private Map<Long, String> lines(List<NotificationItem> items, Locale locale) {
        var lines = new LinkedHashMap<Long, String>();
        items.forEach(item -> lines.put(item.id(), line(item, locale)));
        return lines;
    }

    private List<ConsultationGroup> grouped(List<NotificationItem> items) {
        var byConsultation = new LinkedHashMap<String, LinkedHashMap<String, List<NotificationItem>>>();
        var titles = new LinkedHashMap<String, String>();
        for (var item : items) {
            titles.put(item.consultationSlug(), item.consultationTitle());
            byConsultation.computeIfAbsent(item.consultationSlug(), slug -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.toString(item.paragraphAnchor(), ""), anchor -> new ArrayList<>()).add(item);
        }
        var groups = new ArrayList<ConsultationGroup>();
        byConsultation.forEach((slug, paragraphs) -> {
            var paragraphGroups = new ArrayList<ParagraphGroup>();
            paragraphs.forEach((anchor, list) -> {
                var first = list.get(0);
                paragraphGroups.add(new ParagraphGroup(first.paragraphNumber(), first.paragraphText(),
                        mailer.link("/c/" + slug + (anchor.isEmpty() ? "" : "/p/" + anchor)), list));
            });
            groups.add(new ConsultationGroup(titles.get(slug), mailer.link("/c/" + slug), paragraphGroups));
        });
        return groups;
    }

    private String text(Recipient recipient, List<ConsultationGroup> groups, String unsubscribe, Locale locale) {
        var text = new StringBuilder(messages.getMessage("notification.mail.greeting", new Object[] {recipient.displayName()},
                locale)).append("\n\n");
        for (var consultation : groups) {
            text.append("== ").append(consultation.title()).append(" ==\n").append(consultation.link()).append("\n\n");
            for (var paragraph : consultation.paragraphs()) {
                if (paragraph.number() != null) {
                    text.append(messages.getMessage("notification.mail.paragraph", new Object[] {paragraph.number()}, locale))
                            .append('\n').append(quoted(paragraph.text())).append('\n');
                }
                for (var item : paragraph.items()) {
                    text.append("* ").append(line(item, locale)).append('\n');
                    appendSubstance(text, item, locale);
                    text.append("  ").append(messages.getMessage("notification.seeInContext", null, locale)).append(": ")
                            .append(mailer.link(item.link())).append("\n\n");
                }
            }
        }
        text.append("--\n").append(messages.getMessage("notification.mail.why", null, locale)).append('\n')
                .append(messages.getMessage("notification.mail.unsubscribe", null, locale)).append(": ").append(unsubscribe)
                .append('\n').append(messages.getMessage("notification.mail.preferences", null, locale)).append(": ")
                .append(mailer.link("/notifications/preferences")).append('\n');
        return text.toString();
    }

    private void appendSubstance(StringBuilder text, NotificationItem item, Locale locale) {
        if (item.commentBody() != null) {
            text.append(quoted(item.commentBody())).append('\n');
        }
        if (item.proposedText() != null) {
            text.append("  ").append(messages.getMessage("notification.mail.proposed", null, locale)).append('\n')
                    .append(quoted(diffText(item.diff()))).append('\n');
        }
        if (item.decisionReason() != null && item.kind().isDecision()) {
            text.append("  ").append(messages.getMessage("notification.mail.decisionReason", null, locale)).append(' ')
                    .append(item.decisionReason()).append('\n');
        }
        if (item.reason() != null) {
            text.append("  ").append(messages.getMessage("notification.mail.reason", null, locale)).append(' ')
                    .append(item.reason()).append('\n');
        }
    }

    /** The diff in plain text: [-removed-] {+added+}, as git's word diff writes it. */
    static String diffText(List<WordDiff.DiffPart> diff) {
        var text = new StringBuilder();
        for (var part : diff) {
            switch (part.kind()) {
                case SAME -> text.append(part.text());
                case INSERTED, MOVED_TO -> text.append("{+").append(part.text()).append("+}");
                case DELETED, MOVED_FROM -> text.append("[-").append(part.text()).append("-]");
            }
        }
        return text.toString();
    }

    private static String quoted(@Nullable String text) {
        return text == null ? "" : "  > " + text.strip().replace("\n", "\n  > ");
    }
}
