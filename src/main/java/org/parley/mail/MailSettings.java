package org.parley.mail;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** PARLEY_BASE_URL, the address people reach Parley at, and PARLEY_MAIL_FROM. */
@ConfigurationProperties("parley")
@Validated
record MailSettings(@DefaultValue("http://localhost:8080") @NotNull URI baseUrl, @DefaultValue @Valid Mail mail) {

    record Mail(@DefaultValue("Parley <no-reply@parley.example>") @NotBlank String from) {
    }

    String link(String pathAndQuery) {
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }
}
