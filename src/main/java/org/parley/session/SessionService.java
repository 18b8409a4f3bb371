package org.parley.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import java.util.Map;

import org.parley.account.AccountService;
import org.parley.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions (workshops) of consultations and who organises them. Other features ask it who
 * may decide on a session's text and whether that text is final. It knows a consultation only by
 * its id: whether a section still uses a session is the consultation's business, so it checks
 * before it calls {@link #delete(long)}.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private static final String COLUMNS = "s.id, s.consultation_id, s.code, s.title, s.finalised_at";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final AuditTrail audit;

    SessionService(JdbcClient jdbc, AccountService accounts, Clock clock, AuditTrail audit,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    private final org.springframework.context.ApplicationEventPublisher events;

    public boolean isOrganiser(long sessionId, long accountId) {
        return jdbc.sql("SELECT count(*) FROM session_organiser WHERE session_id = :session AND account_id = :account")
                .param("session", sessionId)
                .param("account", accountId)
                .query(Long.class)
                .single() > 0;
    }

    /** Whether the account organises any session at all: the layout shows "My sessions" then. */
    public boolean organisesAny(long accountId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM session_organiser WHERE account_id = :account)")
                .param("account", accountId).query(Boolean.class).single();
    }

    /** The consultations in which this account organises a session, by id: "3,17", or "" for none. */
    public String consultationsOrganisedBy(long accountId) {
        return jdbc.sql("""
                        SELECT coalesce(string_agg(DISTINCT s.consultation_id::text, ',' ORDER BY s.consultation_id::text), '')
                        FROM session_organiser o JOIN session s ON s.id = o.session_id WHERE o.account_id = :account""")
                .param("account", accountId).query(String.class).single();
    }

    /** The sessions of a consultation, by code. */
    public List<SessionView> sessions(long consultationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session s WHERE s.consultation_id = :consultation ORDER BY s.code")
                .param("consultation", consultationId).query(SessionService::view).list();
    }

    /** The sessions the account organises, in every consultation. */
    public List<SessionView> organisedBy(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session s JOIN session_organiser o ON o.session_id = s.id "
                        + "WHERE o.account_id = :account ORDER BY s.consultation_id, s.code")
                .param("account", accountId).query(SessionService::view).list();
    }

    /** Throws {@link SessionNotFound} for an unknown id. */
    public SessionView session(long sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM session s WHERE s.id = :id")
                .param("id", sessionId).query(SessionService::view).optional()
                .orElseThrow(() -> new SessionNotFound(sessionId));
    }

    /** Whether the organisers have marked the session's messages final; its text should then stay as it is. */
    public boolean isFinal(long sessionId) {
        return session(sessionId).isFinal();
    }

    /** Throws {@link SessionCodeTaken} when the consultation has a session with this code. */
    @Transactional
    public SessionView create(long consultationId, String code, String title) {
        refuseTakenCode(consultationId, code.strip(), null);
        try {
            long id = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (:consultation, :code, :title) RETURNING id")
                    .param("consultation", consultationId).param("code", code.strip()).param("title", title.strip())
                    .query(Long.class).single();
            var created = session(id);
            audit.record("session.created", "session", id, null, created);
            return created;
        } catch (DuplicateKeyException raceOnTheSameCode) {
            throw new SessionCodeTaken(code);
        }
    }

    /** Throws {@link SessionCodeTaken} when another session of the consultation has this code. */
    @Transactional
    public void rename(long sessionId, String code, String title) {
        var session = session(sessionId);
        refuseTakenCode(session.consultationId(), code.strip(), sessionId);
        try {
            jdbc.sql("UPDATE session SET code = :code, title = :title WHERE id = :id")
                    .param("code", code.strip()).param("title", title.strip()).param("id", sessionId).update();
            audit.record("session.renamed", "session", sessionId, session, session(sessionId));
        } catch (DuplicateKeyException raceOnTheSameCode) {
            throw new SessionCodeTaken(code);
        }
    }

    /** Deletes the session and its organisers; the caller has made sure no section uses it. */
    @Transactional
    public void delete(long sessionId) {
        if (jdbc.sql("DELETE FROM session WHERE id = :id").param("id", sessionId).update() == 0) {
            throw new SessionNotFound(sessionId);
        }
    }

    /**
     * Appoints the account with this email (as the admin typed it) to organise the session; an
     * organiser appointed twice stays one. Throws {@link UnknownOrganiser} when no account has the email.
     */
    @Transactional
    public void appoint(long sessionId, String email) {
        session(sessionId);
        long accountId = accounts.idOf(email.strip()).orElseThrow(() -> new UnknownOrganiser(email));
        int added = jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (:session, :account) ON CONFLICT DO NOTHING")
                .param("session", sessionId).param("account", accountId).update();
        if (added > 0) {
            audit.record("session.organiser_appointed", "session", sessionId, null, Map.of("organiser", accountId));
        }
    }

    @Transactional
    public void dismiss(long sessionId, long accountId) {
        int removed = jdbc.sql("DELETE FROM session_organiser WHERE session_id = :session AND account_id = :account")
                .param("session", sessionId).param("account", accountId).update();
        if (removed > 0) {
            audit.record("session.organiser_dismissed", "session", sessionId, Map.of("organiser", accountId), null);
        }
    }

    /** The organisers with their email, in the order they were appointed: for admin pages only. */
    public List<OrganiserView> organisersForAdmins(long sessionId) {
        var ids = jdbc.sql("SELECT account_id FROM session_organiser WHERE session_id = :session ORDER BY created_at, account_id")
                .param("session", sessionId).query(Long.class).list();
        var people = accounts.participants(ids);
        var emails = accounts.emailsForAdmins(ids);
        return ids.stream().filter(people::containsKey)
                .map(id -> new OrganiserView(id, people.get(id).displayName(), emails.getOrDefault(id, "")))
                .toList();
    }

    /**
     * Marks the session's messages final. Only its organisers and admins may; anyone else gets
     * {@link NotOrganiser}. Marking a final session again keeps the first date.
     */
    @Transactional
    public void markFinal(long sessionId, long byAccountId) {
        var before = session(sessionId);
        if (!isOrganiser(sessionId, byAccountId) && !accounts.isAdmin(byAccountId)) {
            throw new NotOrganiser(sessionId, byAccountId);
        }
        int marked = jdbc.sql("UPDATE session SET finalised_at = :now, finalised_by = :by WHERE id = :id AND finalised_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("by", byAccountId).param("id", sessionId).update();
        if (marked > 0) {
            audit.record(byAccountId, "session.finalised", "session", sessionId, before, session(sessionId));
            events.publishEvent(new SessionMarkedFinal(java.util.UUID.randomUUID(), sessionId, before.consultationId(),
                    byAccountId));
        }
    }

    /** Opens final messages again; only admins may, since organisers closed them on purpose. */
    @Transactional
    public void reopen(long sessionId, long byAccountId) {
        var before = session(sessionId);
        if (!accounts.isAdmin(byAccountId)) {
            throw new NotOrganiser(sessionId, byAccountId);
        }
        jdbc.sql("UPDATE session SET finalised_at = NULL, finalised_by = NULL WHERE id = :id").param("id", sessionId).update();
        audit.record(byAccountId, "session.reopened", "session", sessionId, before, session(sessionId));
    }

    private void refuseTakenCode(long consultationId, String code, @org.jspecify.annotations.Nullable Long except) {
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM session WHERE consultation_id = :consultation "
                        + "AND code = :code AND id <> :except)")
                .param("consultation", consultationId).param("code", code).param("except", except == null ? -1L : except)
                .query(Boolean.class).single();
        if (taken) {
            throw new SessionCodeTaken(code);
        }
    }

    private static SessionView view(ResultSet rs, int row) throws SQLException {
        var finalisedAt = rs.getTimestamp("finalised_at");
        return new SessionView(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("code"),
                rs.getString("title"), finalisedAt == null ? null : finalisedAt.toInstant());
    }
}
