package org.parley.consultation;

/** What a consultation shows of the comments of someone who deleted their account. */
public enum DeletedAccountComments {
    /** The comments stay, under "former participant". */
    ANONYMISE,
    /** The words are erased; each comment keeps its place in the thread as a withdrawn one. */
    REMOVE
}
