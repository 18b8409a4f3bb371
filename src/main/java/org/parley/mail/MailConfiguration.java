package org.parley.mail;

import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The {@link Mailer}, with an SMTP sender made from {@code spring.mail.*} when Parley starts.
 * Spring Boot's own sender (its MailSenderAutoConfiguration, excluded in ParleyApplication) exists
 * only if {@code spring.mail.host} was set when the beans were decided, which for the jar's Spring
 * AOT code is at build time (docs/startup.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    Mailer mailer(MailProperties smtp, MailSettings settings) {
        return new Mailer(smtpSender(smtp), settings);
    }

    /** A sender configured the way Spring Boot configures its own, or none without {@code spring.mail.host}. */
    static @Nullable JavaMailSender smtpSender(MailProperties smtp) {
        if (!StringUtils.hasText(smtp.getHost())) {
            return null;
        }
        if (StringUtils.hasText(smtp.getSsl().getBundle())) {
            throw new IllegalStateException("spring.mail.ssl.bundle is not supported: set spring.mail.ssl.enabled=true "
                    + "for SMTPS, or spring.mail.properties.mail.smtp.starttls.enable=true for STARTTLS");
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(smtp.getHost());
        if (smtp.getPort() != null) {
            sender.setPort(smtp.getPort());
        }
        sender.setUsername(smtp.getUsername());
        sender.setPassword(smtp.getPassword());
        sender.setProtocol(smtp.getProtocol());
        if (smtp.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(smtp.getDefaultEncoding().name());
        }
        var javaMail = new Properties();
        javaMail.putAll(smtp.getProperties());
        if (smtp.getSsl().isEnabled()) {
            String protocol = StringUtils.hasLength(smtp.getProtocol()) ? smtp.getProtocol() : "smtp";
            javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
            if (smtp.getSsl().isVerifyHostname()) {
                javaMail.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
            }
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
