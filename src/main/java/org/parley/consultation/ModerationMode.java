package org.parley.consultation;

/** When a consultation's comments appear: at once (a moderator may hide them later), or once a moderator approves them. */
public enum ModerationMode {
    POST,
    PRE
}
