package org.parley.disposition;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.consultation.DecisionRights;
import org.parley.session.NotOrganiser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a comment its response: only the organisers of the session that owns the comment's
 * paragraph, and admins, the same who decide on its text. A new response replaces the current
 * one, which is kept with the time it was replaced; each is written to the audit log.
 */
@Service
public class ResponseService {

    static final int NOTE_MAX = 5000;

    private final JdbcClient jdbc;
    private final Responses responses;
    private final DecisionRights rights;
    private final AuditTrail audit;
    private final Clock clock;

    ResponseService(JdbcClient jdbc, Responses responses, DecisionRights rights, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.rights = rights;
        this.audit = audit;
        this.clock = clock;
    }

    /** The comment, if this viewer may respond to it; otherwise a 403 (a 404 when it is not in the consultation). */
    @Transactional(readOnly = true)
    public ResponseTarget respondable(String slug, long commentId, Viewer viewer) {
        var target = responses.target(slug, commentId);
        if (!rights.mayDecide(target.paragraphId(), viewer)) {
            throw NotOrganiser.ofParagraph(target.paragraphId());
        }
        return target;
    }

    /**
     * Records the response and returns the comment it answers.
     *
     * @throws ResponseRefused for an unknown status, a version the paragraph does not have, a note
     *                         too long, or a comment that is not published (hidden, withdrawn, held)
     */
    @Transactional
    public ResponseTarget respond(String slug, long commentId, Viewer viewer, ResponseForm form) {
        var target = respondable(slug, commentId, viewer);
        if (!target.isPublished()) {
            throw new ResponseRefused("response.refused.notPublished");
        }
        var status = ResponseStatus.parse(form.status() == null ? "" : form.status())
                .orElseThrow(() -> new ResponseRefused("response.refused.status"));
        Integer version = version(status, form.version(), target.currentVersion());
        String note = form.noteText();
        if (note.length() > NOTE_MAX) {
            throw new ResponseRefused("response.refused.noteTooLong", NOTE_MAX);
        }
        var before = jdbc.sql("""
                        SELECT status, version_n, note FROM comment_response
                        WHERE comment_id = :comment AND replaced_at IS NULL FOR UPDATE""")
                .param("comment", commentId)
                .query((rs, row) -> described(rs.getString("status"), (Integer) rs.getObject("version_n"), rs.getString("note")))
                .optional();
        var now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("UPDATE comment_response SET replaced_at = :now WHERE comment_id = :comment AND replaced_at IS NULL")
                .param("now", now).param("comment", commentId).update();
        try {
            jdbc.sql("""
                            INSERT INTO comment_response (comment_id, status, version_n, note, responded_by, responded_at)
                            VALUES (:comment, :status, :version, :note, :by, :now)""")
                    .param("comment", commentId).param("status", status.name()).param("version", version)
                    .param("note", note).param("by", viewer.accountId()).param("now", now)
                    .update();
        } catch (DuplicateKeyException meanwhile) {
            // another organiser's first response committed between our read and our write
            throw new ResponseRefused("response.refused.meanwhile");
        }
        audit.record(viewer.accountId(), before.isPresent() ? "comment.response.changed" : "comment.response.given",
                "comment", commentId, before.orElse(null), described(status.name(), version, note));
        return target;
    }

    private static @Nullable Integer version(ResponseStatus status, @Nullable String typed, int currentVersion) {
        if (typed == null || typed.isBlank()) {
            if (status == ResponseStatus.ADDRESSED) {
                throw new ResponseRefused("response.refused.versionNeeded");
            }
            return null;
        }
        if (!status.takesVersion()) {
            throw new ResponseRefused("response.refused.noVersion");
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 1 && n <= currentVersion) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a number the paragraph has no version of
        }
        throw new ResponseRefused("response.refused.version", currentVersion);
    }

    private static Map<String, Object> described(String status, @Nullable Integer version, String note) {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", status);
        if (version != null) {
            state.put("version", version);
        }
        state.put("note", note);
        return state;
    }
}
