package org.parley;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.modulith.Modulithic;

// Parley makes its own mail sender when it starts (org.parley.mail.MailConfiguration).
@SpringBootApplication(exclude = MailSenderAutoConfiguration.class)
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "web")
public class ParleyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParleyApplication.class, args);
    }
}
