package org.parley.mail;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends plain-text mails. A mail that cannot be sent is logged, not thrown: callers send after
 * their transaction has committed, and what they saved must stay saved (people can ask for a
 * link again). Without {@code spring.mail.host} the mail goes to the log, links and all.
 * Made by {@link MailConfiguration}.
 */
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final @Nullable JavaMailSender sender;
    private final MailSettings settings;

    Mailer(@Nullable JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Sends the mail, or logs it when no SMTP server is configured; a failure is logged. */
    public void send(String to, String subject, String text) {
        if (sender == null) {
            log.info("Mail not sent (no SMTP server configured: set SPRING_MAIL_HOST)\nTo: {}\nSubject: {}\n\n{}",
                    to, subject, text);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send the mail \"{}\" to {}: {}", subject, to, e.getMessage());
        }
    }

    /**
     * Sends a mail with a plain-text and an HTML part and the given headers, or logs it without an
     * SMTP server. Unlike {@link #send}, a failure is thrown: the caller delivers it again later.
     */
    public void deliver(Mail mail) {
        if (sender == null) {
            log.info("Mail not sent (no SMTP server configured: set SPRING_MAIL_HOST)\nTo: {}\nSubject: {}\n\n{}",
                    mail.to(), mail.subject(), mail.text());
            return;
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mail().from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (var header : mail.headers().entrySet()) {
                message.addHeader(header.getKey(), header.getValue());
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    /** An absolute link to a page of Parley, for mails: {@code link("/account/confirm?token=…")}. */
    public String link(String pathAndQuery) {
        return settings.link(pathAndQuery);
    }
}
