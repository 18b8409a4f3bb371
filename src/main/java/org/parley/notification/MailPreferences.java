package org.parley.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How each person wants each kind mailed, and the secret of their unsubscribe links. */
@Component
class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind with the person's choice, the daily digest where they made none. */
    @Transactional(readOnly = true)
    Map<NotificationKind, Frequency> of(long accountId) {
        var chosen = new EnumMap<NotificationKind, Frequency>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            chosen.put(kind, Frequency.DEFAULT);
        }
        jdbc.sql("SELECT kind, frequency FROM notification_preference WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, row) -> Map.entry(rs.getString("kind"), rs.getString("frequency")))
                .list()
                .forEach(row -> NotificationKind.named(row.getKey())
                        .ifPresent(kind -> chosen.put(kind, Frequency.valueOf(row.getValue()))));
        return chosen;
    }

    @Transactional
    void choose(long accountId, Map<NotificationKind, Frequency> choices) {
        choices.forEach((kind, frequency) -> jdbc.sql("""
                        INSERT INTO notification_preference (account_id, kind, frequency) VALUES (:account, :kind, :frequency)
                        ON CONFLICT (account_id, kind) DO UPDATE SET frequency = excluded.frequency""")
                .param("account", accountId).param("kind", kind.name()).param("frequency", frequency.name()).update());
    }

    /** The secret of the person's unsubscribe links, made on first use. */
    @Transactional
    UUID unsubscribeToken(long accountId) {
        jdbc.sql("INSERT INTO notification_subscriber (account_id) VALUES (:account) ON CONFLICT DO NOTHING")
                .param("account", accountId).update();
        return jdbc.sql("SELECT unsubscribe_token FROM notification_subscriber WHERE account_id = :account")
                .param("account", accountId).query(UUID.class).single();
    }

    /** The account whose links carry this secret. */
    @Transactional(readOnly = true)
    Optional<Long> accountOf(UUID token) {
        return jdbc.sql("SELECT account_id FROM notification_subscriber WHERE unsubscribe_token = :token")
                .param("token", token).query(Long.class).optional();
    }

    /**
     * One click in a mail: "never" for that kind, or for a digest for every kind it carries. Nothing
     * else changes. Returns the kinds turned off.
     */
    @Transactional
    java.util.List<NotificationKind> unsubscribe(long accountId, MailStream stream) {
        var current = of(accountId);
        var off = current.entrySet().stream()
                .filter(entry -> stream.kind() != null ? entry.getKey() == stream.kind() : entry.getValue() == stream.digest())
                .map(Map.Entry::getKey).toList();
        var never = new EnumMap<NotificationKind, Frequency>(NotificationKind.class);
        off.forEach(kind -> never.put(kind, Frequency.NEVER));
        choose(accountId, never);
        return off;
    }
}
