package org.parley.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the followers of an open consultation that it closes within 48 hours. The event's id is
 * made from the consultation and its closing time, so that every run, on every instance, writes
 * the same notifications once; a closing date moved later is told again.
 */
@Component
class ClosingSoon {

    private final JdbcClient jdbc;
    private final NotificationWriter writer;
    private final NotificationMails mails;
    private final TransactionTemplate transaction;

    ClosingSoon(JdbcClient jdbc, NotificationWriter writer, NotificationMails mails, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.mails = mails;
        this.transaction = transaction;
    }

    void tell() {
        record Closing(long id, String closesAt) {
        }
        List<Closing> closing = jdbc.sql("SELECT id, closes_at::text FROM consultation.consultation WHERE status = 'OPEN' "
                        + "AND closes_at > now() AND closes_at <= now() + interval '48 hours'")
                .query((rs, row) -> new Closing(rs.getLong(1), rs.getString(2))).list();
        for (var consultation : closing) {
            var event = UUID.nameUUIDFromBytes(("closing:" + consultation.id() + ":" + consultation.closesAt())
                    .getBytes(StandardCharsets.UTF_8));
            transaction.executeWithoutResult(status -> writer.notify(event, NotificationKind.CONSULTATION_CLOSING,
                    new NotificationWriter.Place(consultation.id(), null, null, null), null,
                    NotificationWriter.FOLLOWERS_OF_CONSULTATION, null, null));
            mails.sendAtOnce(event);
        }
    }
}
