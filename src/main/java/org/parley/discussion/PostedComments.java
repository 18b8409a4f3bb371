package org.parley.discussion;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posting in plain SQL: the look-up of a comment by its author's idempotency key, and the
 * insert of a new one. Posting is the busiest write, and through the entity manager each took
 * several times the work of the statement itself. Every other change to a comment goes
 * through {@link Comment}, which these columns mirror.
 */
@Component
class PostedComments {

    private final JdbcClient jdbc;

    PostedComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PostedComment> find(long authorId, UUID idempotencyKey) {
        return jdbc.sql("SELECT id, status FROM comment WHERE author_id = :author AND idempotency_key = :key")
                .param("author", authorId)
                .param("key", idempotencyKey)
                .query((rs, row) -> new PostedComment(rs.getLong("id"),
                        CommentStatus.valueOf(rs.getString("status")) == CommentStatus.PENDING))
                .optional();
    }

    /** Inserts a new comment; empty if its author already posted one with the same idempotency key. */
    Optional<PostedComment> insert(Comment comment) {
        var quote = comment.quote();
        var proposal = comment.proposal();
        return jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, parent_id, author_id, body, body_html,
                            quote_exact, quote_prefix, quote_suffix, quote_start, quote_end, proposed_text, proposal_status,
                            status, created_at, idempotency_key)
                        VALUES (:paragraph, :version, :parent, :author, :body, :html,
                            :exact, :prefix, :suffix, :start, :end, :proposed, :proposalStatus,
                            :status, :createdAt, :key)
                        ON CONFLICT (author_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
                        RETURNING id""")
                .param("paragraph", comment.paragraphId())
                .param("version", comment.versionId())
                .param("parent", comment.parentId())
                .param("author", comment.authorId())
                .param("body", comment.body())
                .param("html", comment.bodyHtml())
                .param("exact", quote.exact())
                .param("prefix", quote.prefix())
                .param("suffix", quote.suffix())
                .param("start", quote.start())
                .param("end", quote.end())
                .param("proposed", proposal == null ? null : proposal.text())
                .param("proposalStatus", proposal == null ? null : proposal.status().name())
                .param("status", comment.status().name())
                .param("createdAt", Timestamp.from(comment.createdAt()))
                .param("key", comment.idempotencyKey())
                .query((rs, row) -> new PostedComment(rs.getLong("id"), comment.status() == CommentStatus.PENDING))
                .optional();
    }
}
