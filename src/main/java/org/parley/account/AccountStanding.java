package org.parley.account;

/**
 * What posting needs to know of an author: whether they confirmed their email, and whether an
 * admin approved them (consultations that need approval hold the comments of others).
 */
public record AccountStanding(boolean confirmed, boolean approved) {

    /** An id that belongs to no account: neither. */
    public static final AccountStanding UNKNOWN = new AccountStanding(false, false);
}
