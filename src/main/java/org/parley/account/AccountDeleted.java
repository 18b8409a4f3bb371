package org.parley.account;

/**
 * A participant deleted their account. Published inside the deleting transaction, so that what
 * other features do about it (the discussion erases or anonymises their comments) happens with it
 * or not at all.
 */
public record AccountDeleted(long accountId) {
}
