package org.parley.account;

/** Site-wide roles. Organisers are appointed per session and are participants here. */
public enum Role {
    PARTICIPANT,
    ADMIN
}
