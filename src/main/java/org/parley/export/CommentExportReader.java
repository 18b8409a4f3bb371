package org.parley.export;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.ParticipantView;
import org.parley.consultation.ConsultationSummary;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionCredits;
import org.parley.consultation.VersionView;
import org.parley.discussion.ProposalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every comment of a consultation with its context in one statement, in the order of the text
 * and then of time; the people in one more, through the accounts' public view without emails.
 */
@Component
@Transactional(readOnly = true)
class CommentExportReader {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final TextService texts;
    private final VersionCredits credits;

    CommentExportReader(JdbcClient jdbc, AccountService accounts, TextService texts, VersionCredits credits) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.texts = texts;
        this.credits = credits;
    }

    /**
     * The published comments, or with {@code all} also those pending, hidden or withdrawn; an
     * accepted proposal with the version it became and that version's credit, in the reader's language.
     */
    List<ExportedComment> read(ConsultationSummary consultation, boolean all, Locale locale) {
        record Row(long id, @Nullable String numberLabel, @Nullable String title, String number, String anchor,
                   @Nullable String quoteExact, int n, @Nullable Long authorId, Timestamp createdAt,
                   @Nullable Timestamp editedAt, String status, @Nullable Long parentId, String body,
                   @Nullable String proposedText, @Nullable String proposalStatus, @Nullable Long decidedBy,
                   @Nullable Timestamp decidedAt, @Nullable String decisionReason, long supports,
                   @Nullable String quoteOriginal, boolean quoteDetached) {
        }
        var rows = jdbc.sql("""
                        SELECT m.id, s.number_label, s.title, p.number, p.anchor, m.quote_exact, v.n, m.author_id,
                               m.created_at, m.edited_at, m.status, m.parent_id, m.body, m.proposed_text,
                               m.proposal_status, m.decided_by, m.decided_at, m.decision_reason,
                               (SELECT count(*) FROM discussion.support su WHERE su.comment_id = m.id) AS supports,
                               m.quote_original, m.quote_detached_at IS NOT NULL AS quote_detached
                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.section s ON s.id = p.section_id
                        JOIN consultation.paragraph_version v ON v.id = m.version_id
                        WHERE p.consultation_id = :consultation AND (m.status = 'PUBLISHED' OR :all)
                        ORDER BY p.position, m.created_at, m.id""")
                .param("consultation", consultation.id())
                .param("all", all)
                .query(Row.class)
                .list();
        var ids = new HashSet<Long>();
        rows.forEach(row -> {
            ids.add(row.authorId());
            ids.add(row.decidedBy());
        });
        ids.remove(null);
        Map<Long, ParticipantView> people = accounts.participants(ids);
        var made = texts.versionsFromProposals(rows.stream().filter(row -> row.proposalStatus() != null
                && ProposalStatus.valueOf(row.proposalStatus()).isAccepted()).map(Row::id).toList());
        var credited = credits.of(made, locale);
        Map<Long, VersionView> madeFrom = new HashMap<>();
        made.forEach(version -> madeFrom.put(version.proposalId(), version));
        return rows.stream().map(row -> {
            var author = row.authorId() == null ? null : people.get(row.authorId());
            var decider = row.decidedBy() == null ? null : people.get(row.decidedBy());
            var version = madeFrom.get(row.id());
            return new ExportedComment(row.id(), consultation.slug(), row.numberLabel(), row.title(), row.number(),
                    row.anchor(), row.quoteExact(), row.n(), author == null ? null : author.displayName(),
                    author == null ? null : author.affiliation(),
                    author == null ? null : author.stakeholderGroup().name(), row.createdAt().toInstant(),
                    row.editedAt() == null ? null : row.editedAt().toInstant(), row.status(), row.parentId(),
                    row.body(), row.proposedText(), row.proposalStatus(),
                    decider == null ? null : decider.displayName(),
                    row.decidedAt() == null ? null : row.decidedAt().toInstant(), row.decisionReason(),
                    row.supports(), version == null ? null : version.n(), version == null ? null : credited.get(version.id()),
                    row.quoteOriginal(), row.quoteOriginal() != null && !row.quoteDetached(), row.quoteDetached());
        }).toList();
    }
}
