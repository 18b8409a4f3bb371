package org.parley.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who follows what. Following twice is following once; unfollowing what one does not follow changes nothing. */
@Component
class Follows {

    /** A follow as the profile lists it: what, where, and a link to it. */
    record Followed(FollowTarget target, long targetId, String consultationTitle, String label, String link) {
    }

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void follow(long accountId, FollowTarget target, long targetId) {
        jdbc.sql("INSERT INTO follow (account_id, target_kind, target_id) VALUES (:account, :kind, :target) "
                        + "ON CONFLICT DO NOTHING")
                .param("account", accountId).param("kind", target.name()).param("target", targetId).update();
    }

    @Transactional
    void unfollow(long accountId, FollowTarget target, long targetId) {
        jdbc.sql("DELETE FROM follow WHERE account_id = :account AND target_kind = :kind AND target_id = :target")
                .param("account", accountId).param("kind", target.name()).param("target", targetId).update();
    }

    @Transactional(readOnly = true)
    boolean follows(long accountId, FollowTarget target, long targetId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM follow WHERE account_id = :account AND target_kind = :kind "
                        + "AND target_id = :target)")
                .param("account", accountId).param("kind", target.name()).param("target", targetId)
                .query(Boolean.class).single();
    }

    /** Whether the target exists (and may be followed): a paragraph not removed, a session, a consultation not in draft. */
    @Transactional(readOnly = true)
    boolean exists(FollowTarget target, long targetId) {
        String sql = switch (target) {
            case PARAGRAPH -> "SELECT EXISTS (SELECT 1 FROM consultation.paragraph p JOIN consultation.consultation c "
                    + "ON c.id = p.consultation_id WHERE p.id = :id AND p.removed_at IS NULL AND c.status <> 'DRAFT')";
            case SESSION -> "SELECT EXISTS (SELECT 1 FROM session.session s JOIN consultation.consultation c "
                    + "ON c.id = s.consultation_id WHERE s.id = :id AND c.status <> 'DRAFT')";
            case CONSULTATION -> "SELECT EXISTS (SELECT 1 FROM consultation.consultation c WHERE c.id = :id "
                    + "AND c.status <> 'DRAFT')";
        };
        return jdbc.sql(sql).param("id", targetId).query(Boolean.class).single();
    }

    /** What a follow is, with its consultation's title and a link: from the rows of {@code f}, made by the caller's WITH. */
    private static final String DESCRIBED = """
            SELECT f.target_kind, f.target_id, c.title AS consultation_title,
                   CASE f.target_kind WHEN 'PARAGRAPH' THEN p.number WHEN 'SESSION' THEN s.title ELSE c.title END AS label,
                   CASE f.target_kind WHEN 'PARAGRAPH' THEN '/c/' || c.slug || '/p/' || p.anchor
                                      ELSE '/c/' || c.slug END AS link
            FROM f
            LEFT JOIN consultation.paragraph p ON f.target_kind = 'PARAGRAPH' AND p.id = f.target_id
            LEFT JOIN session.session s ON f.target_kind = 'SESSION' AND s.id = f.target_id
            JOIN consultation.consultation c ON c.id = CASE f.target_kind WHEN 'PARAGRAPH' THEN p.consultation_id
                                      WHEN 'SESSION' THEN s.consultation_id ELSE f.target_id END
            """;

    /** Everything the person follows, consultations first, newest first within each. */
    @Transactional(readOnly = true)
    List<Followed> of(long accountId) {
        return jdbc.sql("WITH f AS (SELECT target_kind, target_id, created_at FROM follow WHERE account_id = :account) "
                        + DESCRIBED + " ORDER BY f.target_kind = 'PARAGRAPH', f.target_kind = 'SESSION', f.created_at DESC, f.target_id")
                .param("account", accountId)
                .query(Follows::followed)
                .list();
    }

    /** One thing that may be followed, described as the profile lists it. */
    @Transactional(readOnly = true)
    java.util.Optional<Followed> describe(FollowTarget target, long targetId) {
        if (!exists(target, targetId)) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("WITH f AS (SELECT CAST(:kind AS text) AS target_kind, CAST(:id AS bigint) AS target_id) " + DESCRIBED)
                .param("kind", target.name()).param("id", targetId)
                .query(Follows::followed)
                .optional();
    }

    private static Followed followed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Followed(FollowTarget.valueOf(rs.getString("target_kind")), rs.getLong("target_id"),
                rs.getString("consultation_title"), rs.getString("label"), rs.getString("link"));
    }
}
