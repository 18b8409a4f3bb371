package org.parley.consultation;

/** Slugs are permanent and unique; a second consultation cannot take one. */
public class SlugTaken extends RuntimeException {

    public SlugTaken(String slug) {
        super("Slug already used: " + slug);
    }
}
