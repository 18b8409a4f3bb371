package org.parley.notification;

/** How a kind of notification is mailed: at once, in the daily digest (the default), the weekly one, or never. */
enum Frequency {
    AT_ONCE, DAILY, WEEKLY, NEVER;

    static final Frequency DEFAULT = DAILY;
}
