package org.parley.mail;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
class MailerTest {

    private final MailSettings settings = new MailSettings(URI.create("https://parley.example.org/"),
            new MailSettings.Mail("Parley <no-reply@parley.example>"));

    @Test
    void withoutAnSmtpServerTheMailAndItsLinkGoToTheLog(CapturedOutput output) {
        var mailer = new Mailer(null, settings);

        mailer.send("pat@example.org", "Confirm your email", "Follow " + mailer.link("/account/confirm?token=abc"));

        assertThat(output.getOut()).contains("INFO", "To: pat@example.org", "Subject: Confirm your email",
                "Follow https://parley.example.org/account/confirm?token=abc");
    }

    @Test
    void aFailingSmtpServerIsLoggedNotThrown(CapturedOutput output) {
        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("localhost");
        unreachable.setPort(1);
        var mailer = new Mailer(unreachable, settings);

        assertThatNoException().isThrownBy(() -> mailer.send("pat@example.org", "Reset", "text"));
        assertThat(output.getOut()).contains("WARN", "Could not send the mail \"Reset\" to pat@example.org");
    }

    @Test
    void linksAreAbsoluteWhateverTheSlashes() {
        var mailer = new Mailer(null,
                new MailSettings(URI.create("http://localhost:8080"), new MailSettings.Mail("x@example.org")));

        assertThat(mailer.link("/login")).isEqualTo("http://localhost:8080/login");
        assertThat(mailer.link("password/forgot")).isEqualTo("http://localhost:8080/password/forgot");
    }
}
