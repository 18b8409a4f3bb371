package org.parley;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;

// Parley makes its own mail sender when it starts (org.parley.mail.MailConfiguration).
@SpringBootApplication(exclude = MailSenderAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ParleyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParleyApplication.class, args);
    }
}
