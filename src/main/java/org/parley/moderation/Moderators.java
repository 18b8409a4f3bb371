package org.parley.moderation;

import java.util.List;
import java.util.Map;

import org.parley.account.AccountService;
import org.parley.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The moderators an admin appoints for one consultation; each appointment and removal is audited. */
@Component
class Moderators {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditTrail audit;

    Moderators(JdbcClient jdbc, AccountService accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A moderator with their email, for the admin page only. */
    record Moderator(long accountId, String displayName, String email) {
    }

    @Transactional(readOnly = true)
    List<Moderator> of(long consultationId) {
        var ids = jdbc.sql("SELECT account_id FROM consultation_moderator WHERE consultation_id = :consultation ORDER BY created_at, account_id")
                .param("consultation", consultationId).query(Long.class).list();
        var people = accounts.participants(ids);
        var emails = accounts.emailsForAdmins(ids);
        return ids.stream().filter(people::containsKey)
                .map(id -> new Moderator(id, people.get(id).displayName(), emails.getOrDefault(id, "")))
                .toList();
    }

    /** Appoints the account with this email; appointed twice stays one. {@link ModerationRefused} for an unknown email. */
    @Transactional
    void appoint(long consultationId, String email, long byAdmin) {
        long accountId = accounts.idOf(email.strip()).orElseThrow(() -> new ModerationRefused("moderators.unknownEmail"));
        int added = jdbc.sql("INSERT INTO consultation_moderator (consultation_id, account_id) VALUES (:consultation, :account) ON CONFLICT DO NOTHING")
                .param("consultation", consultationId).param("account", accountId).update();
        if (added > 0) {
            audit.record(byAdmin, "consultation.moderator_appointed", "consultation", consultationId, null,
                    Map.of("moderator", accountId));
        }
    }

    @Transactional
    void dismiss(long consultationId, long accountId, long byAdmin) {
        int removed = jdbc.sql("DELETE FROM consultation_moderator WHERE consultation_id = :consultation AND account_id = :account")
                .param("consultation", consultationId).param("account", accountId).update();
        if (removed > 0) {
            audit.record(byAdmin, "consultation.moderator_dismissed", "consultation", consultationId,
                    Map.of("moderator", accountId), null);
        }
    }
}
