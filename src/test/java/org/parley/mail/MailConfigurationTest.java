package org.parley.mail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The SMTP sender follows spring.mail.* as Spring Boot's own would, and there is none without a host. */
class MailConfigurationTest {

    @Test
    void noHostNoSender() {
        assertThat(MailConfiguration.smtpSender(new MailProperties())).isNull();
    }

    @Test
    void theSenderHasTheServerAccountAndSettingsConfigured() {
        var smtp = new MailProperties();
        smtp.setHost("smtp.example.org");
        smtp.setPort(587);
        smtp.setUsername("parley");
        smtp.setPassword("secret");
        smtp.setDefaultEncoding(StandardCharsets.UTF_8);
        smtp.getProperties().put("mail.smtp.starttls.enable", "true");

        var sender = (JavaMailSenderImpl) MailConfiguration.smtpSender(smtp);

        assertThat(sender).isNotNull();
        assertThat(sender.getHost()).isEqualTo("smtp.example.org");
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getUsername()).isEqualTo("parley");
        assertThat(sender.getPassword()).isEqualTo("secret");
        assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                .doesNotContainKey("mail.smtp.ssl.enable");
    }

    @Test
    void smtpsWhenSslIsEnabled() {
        var smtp = new MailProperties();
        smtp.setHost("smtp.example.org");
        smtp.getSsl().setEnabled(true);

        var sender = (JavaMailSenderImpl) MailConfiguration.smtpSender(smtp);

        assertThat(sender).isNotNull();
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.ssl.enable", "true");
    }

    @Test
    void anSslBundleIsRefusedWithWhatToSetInstead() {
        var smtp = new MailProperties();
        smtp.setHost("smtp.example.org");
        smtp.getSsl().setBundle("mail");

        assertThatIllegalStateException().isThrownBy(() -> MailConfiguration.smtpSender(smtp))
                .withMessageContaining("spring.mail.ssl.enabled=true");
    }
}
