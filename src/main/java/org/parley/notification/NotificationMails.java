package org.parley.notification;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.parley.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails notifications: those wanted at once right after their event, the others in the daily or
 * weekly digest. Each mail is sent in a transaction that holds its rows locked
 * ({@code FOR UPDATE SKIP LOCKED}: another instance, or another run, passes over them) and marks them
 * sent before it commits, so that a row is mailed once; a failing mail server leaves them pending
 * for the next attempt. A digest run goes recipient by recipient (bounded memory), so a run that
 * stopped resumes with the recipients it had not reached.
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);

    /** The pending rows a recipient wants mailed this way, the daily digest where they did not choose. */
    private static final String WANTED = """
            FROM notification n
            JOIN account.mail_recipient r ON r.id = n.recipient_id
            LEFT JOIN notification_preference p ON p.account_id = n.recipient_id AND p.kind = n.kind
            WHERE n.mail_state = 'PENDING' AND COALESCE(p.frequency, 'DAILY') = :frequency
              AND (r.decision_mails OR n.kind NOT IN ('DECISION', 'YOUR_PROPOSAL_DECIDED'))""";

    private static final int RECIPIENTS_PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NotificationReader reader;
    private final MailComposer composer;
    private final Mailer mailer;

    NotificationMails(JdbcClient jdbc, TransactionTemplate transaction, NotificationReader reader, MailComposer composer,
                      Mailer mailer) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reader = reader;
        this.composer = composer;
        this.mailer = mailer;
    }

    /** Mails the event's notifications wanted at once, one mail each; a mail server failure is thrown. */
    void sendAtOnce(UUID event) {
        var ids = jdbc.sql("SELECT n.id " + WANTED + " AND n.event_id = :event ORDER BY n.id")
                .param("frequency", Frequency.AT_ONCE.name()).param("event", event)
                .query(Long.class).list();
        for (long id : ids) {
            transaction.executeWithoutResult(status -> {
                var locked = lock("n.id = :id", id, Frequency.AT_ONCE);
                if (!locked.isEmpty()) {
                    send(recipient(locked.get(0).recipient()), locked, MailStream.of(locked.get(0).kind()));
                }
            });
        }
    }

    /**
     * Sends each recipient's digest of what they want mailed with this frequency; returns how many
     * digests were sent. Stops at the first mail the server refuses: the rest wait for the next run.
     */
    int sendDigests(Frequency frequency) {
        jdbc.sql("UPDATE notification n SET mail_state = 'SKIPPED' WHERE n.mail_state = 'PENDING' AND (NOT EXISTS "
                        + "(SELECT 1 FROM account.mail_recipient r WHERE r.id = n.recipient_id) OR EXISTS (SELECT 1 FROM "
                        + "notification_preference p WHERE p.account_id = n.recipient_id AND p.kind = n.kind AND p.frequency = 'NEVER'))")
                .update();
        int sent = 0;
        long after = 0;
        while (true) {
            var recipients = jdbc.sql("SELECT DISTINCT n.recipient_id " + WANTED
                            + " AND n.recipient_id > :after ORDER BY n.recipient_id LIMIT :limit")
                    .param("frequency", frequency.name()).param("after", after).param("limit", RECIPIENTS_PER_QUERY)
                    .query(Long.class).list();
            for (long recipient : recipients) {
                try {
                    Boolean mailed = transaction.execute(status -> {
                        var locked = lock("n.recipient_id = :id", recipient, frequency);
                        if (locked.isEmpty()) {
                            return false;
                        }
                        send(recipient(recipient), locked, MailStream.digestOf(frequency));
                        return true;
                    });
                    sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
                } catch (MailException e) {
                    log.warn("The {} digest stopped at recipient {}: {}", frequency, recipient, e.getMessage());
                    return sent;
                }
                after = recipient;
            }
            if (recipients.size() < RECIPIENTS_PER_QUERY) {
                return sent;
            }
        }
    }

    private record Locked(long id, long recipient, NotificationKind kind) {
    }

    private List<Locked> lock(String which, long id, Frequency frequency) {
        return jdbc.sql("SELECT n.id, n.recipient_id, n.kind " + WANTED + " AND " + which
                        + " ORDER BY n.id FOR UPDATE OF n SKIP LOCKED")
                .param("frequency", frequency.name()).param("id", id)
                .query((rs, row) -> new Locked(rs.getLong("id"), rs.getLong("recipient_id"),
                        NotificationKind.valueOf(rs.getString("kind"))))
                .list();
    }

    private void send(MailComposer.Recipient recipient, List<Locked> rows, MailStream stream) {
        var ids = rows.stream().map(Locked::id).toList();
        mailer.deliver(composer.compose(recipient, reader.forMail(ids), stream));
        jdbc.sql("UPDATE notification SET mail_state = 'SENT', mailed_at = now() WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new)).update();
    }

    private MailComposer.Recipient recipient(long id) {
        return jdbc.sql("SELECT id, email, display_name, locale FROM account.mail_recipient WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new MailComposer.Recipient(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), locale(rs.getString("locale"))))
                .single();
    }

    private static Locale locale(@Nullable String tag) {
        return tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }
}
