package org.parley.consultation;

import org.parley.web.NotFound;

/** No paragraph with this anchor in this consultation. Shown as a 404. */
public class ParagraphNotFound extends NotFound {

    public ParagraphNotFound(String slug, String anchor) {
        super("No paragraph " + anchor + " in " + slug);
    }
}
