package org.parley.consultation;

import org.parley.web.NotFound;

/** No consultation under this slug, or not one the reader may see. Shown as a 404. */
public class ConsultationNotFound extends NotFound {

    public ConsultationNotFound(String slug) {
        super("No consultation " + slug);
    }
}
