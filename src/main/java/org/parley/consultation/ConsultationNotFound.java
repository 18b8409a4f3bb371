package org.parley.consultation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No consultation under this slug, or not one the reader may see. Shown as a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConsultationNotFound extends RuntimeException {

    public ConsultationNotFound(String slug) {
        super("No consultation " + slug);
    }
}
