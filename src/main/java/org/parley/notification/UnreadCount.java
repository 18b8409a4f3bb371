package org.parley.notification;

import org.parley.account.LayoutValue;
import org.parley.account.SignedInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number of unread notifications in the header ({@code layout :: personal}, the reader's own
 * part of a shared page): one count on a partial index, only when a page is rendered for a
 * signed-in reader; -1 for nobody signed in.
 */
@Component
class UnreadCount extends LayoutValue<Integer> {

    private final JdbcClient jdbc;

    UnreadCount(JdbcClient jdbc) {
        super("unreadNotifications", -1);
        this.jdbc = jdbc;
    }

    /** Only the header shows it: pages are not kept apart by a count. */
    @Override
    public boolean keysSharedPages() {
        return false;
    }

    @Override
    protected Integer valueFor(SignedInAccount me) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :me AND read_at IS NULL")
                .param("me", me.id()).query(Integer.class).single();
    }
}
