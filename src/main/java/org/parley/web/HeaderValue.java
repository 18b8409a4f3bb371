package org.parley.web;

/**
 * A value the layout's header shows for the signed-in reader ("My sessions", the confirmation
 * banner). Pages get it through the model; {@link SignedInPageFilter} asks for it when it renders
 * a reader's header alone, to put it into a page rendered for everyone.
 */
public interface HeaderValue {

    /** The model attribute's name. */
    String name();

    /** The value for whoever is signed in now. */
    Object valueForReader();

    /**
     * Whether a page shared between signed-in readers may show something depending on it (and so is kept
     * apart for each value); a value only the header shows (a count, a banner) would split the pages for nothing.
     */
    default boolean keysSharedPages() {
        return true;
    }
}
