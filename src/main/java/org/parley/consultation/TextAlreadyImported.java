package org.parley.consultation;

/** A first import goes into an empty consultation only; a revised text is a re-import. */
public class TextAlreadyImported extends RuntimeException {

    public TextAlreadyImported(String slug) {
        super("Consultation " + slug + " already has its text");
    }
}
