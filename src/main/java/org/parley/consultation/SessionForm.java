package org.parley.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin's form for a session: a short code ("WS1a") and a title. */
record SessionForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String title) {

    static SessionForm empty() {
        return new SessionForm("", "");
    }
}
