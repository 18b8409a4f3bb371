package org.parley.insights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts terms in SQL, in one statement: the current text and the published comments are cut into
 * clauses at punctuation, clauses into words; each word goes through the language's Snowball
 * dictionary ({@code ts_lexize}: its stem, or nothing for a stop word), so "inclusion" and
 * "inclusive" count as one term, shown in its most frequent form. Hyphens inside a word are dropped
 * before stemming ("multi-stakeholder" is "multistakeholder"). A phrase is two neighbouring words of a
 * clause, neither a stop word. Only the few terms that make one of the lists come back.
 */
@Component
class TermCounter {

    private final JdbcClient jdbc;

    TermCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Terms count(long consultationId, TextSearchLanguage language) {
        return count(consultationId, language, Terms.TOP);
    }

    /** With the terms ranked up to {@code top} in any list (a test looks further down than the page). */
    Terms count(long consultationId, TextSearchLanguage language, int top) {
        return new Terms(jdbc.sql("""
                        WITH doc AS (
                            SELECT true AS in_text, p.id AS doc, v.text AS body
                            FROM consultation.paragraph p
                            JOIN consultation.paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                            WHERE p.consultation_id = :consultation AND p.removed_at IS NULL
                            UNION ALL
                            SELECT false, m.id, concat_ws(E'\\n', m.body, m.proposed_text)
                            FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                            WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        ), clause AS (
                            SELECT in_text, doc, c.n AS clause, c.clause AS body
                            FROM doc, regexp_split_to_table(doc.body, '[.,;:!?()\\[\\]{}"“”‘’«»…–—/|*#\\n]+') WITH ORDINALITY AS c (clause, n)
                        ), word AS (
                            SELECT in_text, doc, clause, w.n, lower(btrim(w.word, '-')) AS word,
                                   (ts_lexize(CAST(:dictionary AS regdictionary), replace(lower(btrim(w.word, '-')), '-', '')))[1] AS lexeme
                            FROM clause, regexp_split_to_table(clause.body, '[^[:alpha:]-]+') WITH ORDINALITY AS w (word, n)
                            WHERE length(replace(btrim(w.word, '-'), '-', '')) >= 2
                        ), pair AS (
                            SELECT in_text, lexeme, word, lead(lexeme) OVER w AS next_lexeme, lead(word) OVER w AS next_word
                            FROM word WINDOW w AS (PARTITION BY in_text, doc, clause ORDER BY n)
                        ), term AS (
                            SELECT 'WORD' AS kind, lexeme AS term, word AS surface, in_text FROM word WHERE lexeme IS NOT NULL
                            UNION ALL
                            SELECT 'PHRASE', lexeme || ' ' || next_lexeme, word || ' ' || next_word, in_text
                            FROM pair WHERE lexeme IS NOT NULL AND next_lexeme IS NOT NULL
                        ), counted AS (
                            SELECT kind, term, mode() WITHIN GROUP (ORDER BY surface) AS surface,
                                   count(*) FILTER (WHERE in_text)::int AS in_text,
                                   count(*) FILTER (WHERE NOT in_text)::int AS in_comments
                            FROM term GROUP BY kind, term
                        ), ranked AS (
                            SELECT *, row_number() OVER (PARTITION BY kind ORDER BY in_text DESC, surface) AS text_rank,
                                   row_number() OVER (PARTITION BY kind ORDER BY in_comments DESC, surface) AS comment_rank,
                                   row_number() OVER (PARTITION BY kind, in_comments >= :gapLeast AND in_text * 4 <= in_comments
                                                      ORDER BY in_comments DESC, surface) AS gap_rank,
                                   in_comments >= :gapLeast AND in_text * 4 <= in_comments AS gap
                            FROM counted
                        )
                        SELECT kind, surface, in_text, in_comments FROM ranked
                        WHERE text_rank <= :top OR comment_rank <= :top OR (gap AND gap_rank <= :top)
                        """)
                .param("consultation", consultationId)
                .param("dictionary", language.dictionary())
                .param("top", top)
                .param("gapLeast", Terms.GAP_LEAST)
                .query((rs, row) -> new Term(Term.Kind.valueOf(rs.getString("kind")), rs.getString("surface"), rs.getInt("in_text"),
                        rs.getInt("in_comments")))
                .list());
    }
}
