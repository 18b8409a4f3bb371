package org.parley.moderation;

import org.parley.account.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose comments a person moderates: admins every comment; the organisers of a session the
 * comments on its sections' paragraphs; a consultation's appointed moderators its comments. The
 * same SQL condition filters the queue and guards every act, so a page never offers what the
 * server would refuse.
 */
@Component
@Transactional(readOnly = true)
class ModerationScope {

    /** True for a comment (m) on a paragraph (p) in a section (sec) the account :moderator moderates. */
    static final String CONDITION = """
            (p.consultation_id IN (SELECT consultation_id FROM consultation_moderator WHERE account_id = :moderator)
             OR sec.session_id IN (SELECT session_id FROM session.session_organiser WHERE account_id = :moderator))""";

    private final JdbcClient jdbc;
    private final AccountService accounts;

    ModerationScope(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Whether the account moderates any comment at all: it then has a queue of its own. */
    boolean moderatesAny(long accountId) {
        return accounts.isAdmin(accountId) || jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM consultation_moderator WHERE account_id = :moderator)
                            OR EXISTS (SELECT 1 FROM session.session_organiser WHERE account_id = :moderator)""")
                .param("moderator", accountId).query(Boolean.class).single();
    }

    /** {@link CommentGone} for an unknown comment, {@link NotAModerator} for one outside the account's scope. */
    void refuseOutside(long commentId, long accountId) {
        boolean within = jdbc.sql("SELECT coalesce(" + CONDITION + ", false)" + """
                         AS within FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        LEFT JOIN consultation.section sec ON sec.id = p.section_id WHERE m.id = :id""")
                .param("moderator", accountId).param("id", commentId).query(Boolean.class).optional()
                .orElseThrow(() -> new CommentGone(commentId));
        if (!within && !accounts.isAdmin(accountId)) {
            throw new NotAModerator(commentId, accountId);
        }
    }
}
