package org.parley.account;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Test helper: the mails GreenMail received, read as their recipients would. */
final class Mails {

    /** Sends the context's mail over SMTP to GreenMail, on {@link org.parley.TestSmtp}'s port. */
    static final String SMTP = "spring.mail.host=localhost";

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

    private Mails() {
    }

    record Received(String to, String subject, String text) {

        /** The path and query of the first link to this path in the mail, ready for MockMvc. */
        String link(String path) {
            var matcher = LINK.matcher(text);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(path)) {
                    return matcher.group(1);
                }
            }
            throw new AssertionError("No link to " + path + " in: " + text);
        }
    }

    static List<Received> received(GreenMailExtension greenMail) {
        return Arrays.stream(greenMail.getReceivedMessages()).map(Mails::read).toList();
    }

    static Received only(GreenMailExtension greenMail, String to) {
        var mails = received(greenMail).stream().filter(mail -> mail.to().equals(to)).toList();
        if (mails.size() != 1) {
            throw new AssertionError("Expected one mail to " + to + " but got " + mails);
        }
        return mails.get(0);
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getContent().toString());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
