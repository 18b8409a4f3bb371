package org.parley.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.TextLanguage;
import org.parley.consultation.TextUnit;
import org.parley.discussion.CommentListReader;
import org.parley.discussion.ProposalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search in one statement: every match's kind, id and rank (GIN indexes on the generated search
 * vectors, V26), the counts per kind, and the page shown with its snippets, so {@code ts_headline}
 * runs only on the twenty rows of the page. The query words are a bound parameter that
 * {@code websearch_to_tsquery} reads; the filters are fixed fragments with bound parameters.
 * Across consultations each language is matched with its own configuration, one GIN bitmap each;
 * within one, its configuration is found once (an init plan) and used as the index condition.
 */
@Component
@Transactional(readOnly = true)
class SearchReader {

    private static final String VISIBLE = "c.status IN ('OPEN', 'CLOSED', 'PUBLISHED')";
    private static final String SCOPED_QUERY =
            "(SELECT websearch_to_tsquery(search_config(language), :q) FROM consultation.consultation WHERE id = :consultation)";

    private final JdbcClient jdbc;

    SearchReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where to search and who asks: one consultation or all readers may see; held comments only for a moderator who asked. */
    record Scope(@Nullable Long consultationId, @Nullable Long viewerId, boolean admin) {

        Scope everywhere() {
            return new Scope(null, viewerId, admin);
        }
    }

    SearchResults search(SearchQuery query, SearchFilters filters, Scope scope, int pageSize) {
        var results = page(query, filters, scope, pageSize);
        if (results.page() > results.pages()) {
            return page(query, filters.onPage(results.pages()), scope, pageSize);
        }
        return results;
    }

    /** Whether this reader may ask for held comments: an admin, or one who moderates some (of this consultation, when given). */
    boolean mayAskForHeld(Scope scope) {
        if (scope.admin()) {
            return true;
        }
        if (scope.viewerId() == null) {
            return false;
        }
        boolean scoped = scope.consultationId() != null;
        var sql = jdbc.sql("SELECT EXISTS (SELECT 1 FROM moderation.consultation_moderator WHERE account_id = :viewer"
                        + (scoped ? " AND consultation_id = :consultation" : "") + ")"
                        + " OR EXISTS (SELECT 1 FROM session.session_organiser o JOIN session.session x ON x.id = o.session_id"
                        + " WHERE o.account_id = :viewer" + (scoped ? " AND x.consultation_id = :consultation" : "") + ")")
                .param("viewer", scope.viewerId());
        return Boolean.TRUE.equals(bindIf(sql, "consultation", scope.consultationId()).query(Boolean.class).single());
    }

    private SearchResults page(SearchQuery query, SearchFilters filters, Scope scope, int pageSize) {
        var sql = jdbc.sql(sql(query, filters, scope))
                .param("q", query.words())
                .param("limit", pageSize)
                .param("offset", (long) (filters.page() - 1) * pageSize)
                .param("translated", Snippet.TRANSLATED)
                .param("translation", Snippet.TRANSLATION)
                .param("options", Snippet.OPTIONS);
        sql = bindIf(sql, "number", query.sourceNumber());
        sql = bindIf(sql, "consultation", scope.consultationId());
        sql = bindIf(sql, "section", filters.section());
        sql = bindIf(sql, "session", filters.session());
        sql = bindIf(sql, "group", filters.group() == null ? null : filters.group().name());
        sql = bindIf(sql, "status", filters.status() == null ? null : filters.status().name());
        sql = bindIf(sql, "author", filters.author());
        sql = bindIf(sql, "viewer", scope.viewerId());
        var rows = new ArrayList<SearchResult>();
        long[] counts = new long[4];
        sql.query((ResultSet rs) -> {
            counts[0] = rs.getLong("texts");
            counts[1] = rs.getLong("comments");
            counts[2] = rs.getLong("proposals");
            counts[3] = rs.getLong("lexemes");
            if (rs.getString("type") != null) {
                rows.add(result(rs));
            }
        });
        var found = new SearchResults(rows, counts[0], counts[1], counts[2], filters.page(), 1, counts[3] == 0);
        long total = found.of(filters);
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        return new SearchResults(rows, counts[0], counts[1], counts[2], filters.page(), pages, counts[3] == 0);
    }

    private static SearchResult result(ResultSet rs) throws SQLException {
        var group = rs.getString("stakeholder_group");
        var status = rs.getString("proposal_status");
        return new SearchResult(SearchResult.Type.valueOf(rs.getString("type")), rs.getLong("id"), rs.getString("slug"),
                rs.getString("consultation_title"), TextUnit.valueOf(rs.getString("unit")), rs.getString("number"),
                rs.getString("anchor"), Snippet.html(rs.getString("snippet")), rs.getString("author_name"),
                group == null ? null : StakeholderGroup.valueOf(group), rs.getBoolean("reply"),
                status == null ? null : ProposalStatus.valueOf(status), rs.getBoolean("held"));
    }

    private static JdbcClient.StatementSpec bindIf(JdbcClient.StatementSpec sql, String name, @Nullable Object value) {
        return value == null ? sql : sql.param(name, value);
    }

    private static String sql(SearchQuery query, SearchFilters filters, Scope scope) {
        boolean scoped = scope.consultationId() != null;
        String inText = textFilters(filters);
        var hits = new ArrayList<String>();
        if (!filters.onlyContributions()) {
            hits.add("SELECT 'HEADING' AS type, s.id, " + rank("s", scoped) + " AS rank FROM consultation.section s"
                    + inConsultation("s", scoped) + " AND (" + match("s", scoped)
                    + (query.sourceNumber() == null ? "" : " OR s.number_label = :number") + ")" + inText);
            hits.add("SELECT 'PARAGRAPH' AS type, p.id, " + rank("v", scoped) + " AS rank"
                    + " FROM consultation.paragraph_version v"
                    + " JOIN consultation.paragraph p ON p.id = v.paragraph_id AND v.n = p.current_version"
                    + section(filters, false) + inConsultation("p", scoped) + " AND p.removed_at IS NULL AND " + match("v", scoped)
                    + (query.sourceNumber() == null ? "" : " AND p.number <> :number") + inText);
            if (query.sourceNumber() != null) {
                hits.add("SELECT 'PARAGRAPH' AS type, p.id, 1000 AS rank FROM consultation.paragraph p" + section(filters, false)
                        + inConsultation("p", scoped) + " AND p.removed_at IS NULL AND p.number = :number" + inText);
            }
        }
        hits.add("SELECT CASE WHEN m.proposed_text IS NULL THEN 'COMMENT' ELSE 'PROPOSAL' END AS type, m.id, "
                + rank("m", scoped) + " AS rank"
                + " FROM discussion.comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id"
                + section(filters, !held(filters, scope).isEmpty() && !scope.admin())
                + (filters.group() != null || filters.author() != null ? " JOIN account.participant a ON a.id = m.author_id" : "")
                + inConsultation("p", scoped) + " AND " + match("m", scoped)
                + " AND m.status IN ('PUBLISHED', 'PENDING') AND (m.status = 'PUBLISHED'" + held(filters, scope) + ")"
                + " AND m.proposal_status IS DISTINCT FROM 'WITHDRAWN'" + inText + contributionFilters(filters));
        String headline = "ts_headline(search_config(%1$s.language), translate(%2$s, :translated, :translation),"
                + " websearch_to_tsquery(search_config(%1$s.language), :q), :options) AS snippet";
        return "WITH hits AS MATERIALIZED (" + String.join("\n UNION ALL ", hits) + "),\n"
                + "counted AS (SELECT count(*) FILTER (WHERE type IN ('HEADING', 'PARAGRAPH')) AS texts,"
                + " count(*) FILTER (WHERE type = 'COMMENT') AS comments,"
                + " count(*) FILTER (WHERE type = 'PROPOSAL') AS proposals, " + lexemes(scoped) + " AS lexemes FROM hits),\n"
                + "page AS (SELECT type, id, rank FROM hits" + kind(filters)
                + " ORDER BY rank DESC, type, id LIMIT :limit OFFSET :offset),\n"
                + "shown AS (\n"
                + " SELECT page.type, page.id, page.rank, c.slug, c.title AS consultation_title, c.unit, s.number_label AS number,"
                + " 'section-' || s.id AS anchor, NULL AS author_name, NULL AS stakeholder_group, false AS reply,"
                + " NULL AS proposal_status, false AS held, " + headline.formatted("s", "coalesce(s.title, s.number_label, '')")
                + " FROM page JOIN consultation.section s ON s.id = page.id JOIN consultation.consultation c ON c.id = s.consultation_id"
                + " WHERE page.type = 'HEADING'\n UNION ALL\n"
                + " SELECT page.type, page.id, page.rank, c.slug, c.title, c.unit, p.number, p.anchor, NULL, NULL, false, NULL, false, "
                + headline.formatted("v", "v.text")
                + " FROM page JOIN consultation.paragraph p ON p.id = page.id"
                + " JOIN consultation.paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version"
                + " JOIN consultation.consultation c ON c.id = p.consultation_id WHERE page.type = 'PARAGRAPH'\n UNION ALL\n"
                + " SELECT page.type, page.id, page.rank, c.slug, c.title, c.unit, p.number, p.anchor,"
                + " CASE WHEN a.deleted_at IS NULL THEN a.display_name END, a.stakeholder_group, m.parent_id IS NOT NULL,"
                + " m.proposal_status, m.status = 'PENDING', "
                + headline.formatted("m", "m.body || E'\\n' || coalesce(m.proposed_text, '')")
                + " FROM page JOIN discussion.comment m ON m.id = page.id"
                + " JOIN consultation.paragraph p ON p.id = m.paragraph_id"
                + " JOIN consultation.consultation c ON c.id = p.consultation_id"
                + " LEFT JOIN account.participant a ON a.id = m.author_id WHERE page.type IN ('COMMENT', 'PROPOSAL'))\n"
                + "SELECT counted.texts, counted.comments, counted.proposals, counted.lexemes, shown.*"
                + " FROM counted LEFT JOIN shown ON true ORDER BY shown.rank DESC, shown.type, shown.id";
    }

    /**
     * The rows of one consultation, or of every consultation readers may see: only then is the
     * consultation joined (a join of thousands of matches costs as much as ranking them).
     */
    private static String inConsultation(String alias, boolean scoped) {
        return scoped ? " WHERE " + alias + ".consultation_id = :consultation"
                : " JOIN consultation.consultation c ON c.id = " + alias + ".consultation_id WHERE " + VISIBLE;
    }

    /** The paragraph's section, joined only when a filter asks about it. */
    private static String section(SearchFilters filters, boolean needed) {
        return needed || filters.section() != null || filters.session() != null
                ? " JOIN consultation.section s ON s.id = p.section_id" : "";
    }

    private static String match(String alias, boolean scoped) {
        if (scoped) {
            return alias + ".search_vector @@ " + SCOPED_QUERY;
        }
        return Arrays.stream(TextLanguage.values())
                .map(language -> "(" + alias + ".language = '" + language.code() + "' AND " + alias
                        + ".search_vector @@ websearch_to_tsquery('" + language.searchConfiguration() + "', :q))")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    private static String rank(String alias, boolean scoped) {
        return "ts_rank_cd(" + alias + ".search_vector, "
                + (scoped ? SCOPED_QUERY : "websearch_to_tsquery(search_config(" + alias + ".language), :q)") + ")";
    }

    /** How many words the query looks for: none when it had only words too common to be indexed (in one of the languages, across all). */
    private static String lexemes(boolean scoped) {
        if (scoped) {
            return "numnode(" + SCOPED_QUERY + ")";
        }
        return Arrays.stream(TextLanguage.values())
                .map(language -> "numnode(websearch_to_tsquery('" + language.searchConfiguration() + "', :q))")
                .collect(Collectors.joining(", ", "LEAST(", ")"));
    }

    private static String textFilters(SearchFilters filters) {
        return (filters.section() == null ? "" : CommentListReader.inSection("s.id"))
                + (filters.session() == null ? "" : " AND s.session_id = :session");
    }

    private static String contributionFilters(SearchFilters filters) {
        return (filters.group() == null ? "" : " AND a.stakeholder_group = :group")
                + (filters.status() == null ? "" : " AND m.proposal_status = :status")
                + (filters.author() == null ? "" : " AND a.deleted_at IS NULL AND strpos(lower(a.display_name), lower(:author)) > 0");
    }

    /** Held comments: for an admin who asks, and for those who moderate them (as moderation decides it: ModerationScope). */
    private static String held(SearchFilters filters, Scope scope) {
        if (!filters.held() || scope.viewerId() == null) {
            return "";
        }
        if (scope.admin()) {
            return " OR m.status = 'PENDING'";
        }
        return " OR (m.status = 'PENDING' AND (p.consultation_id IN (SELECT consultation_id FROM moderation.consultation_moderator"
                + " WHERE account_id = :viewer) OR s.session_id IN (SELECT session_id FROM session.session_organiser"
                + " WHERE account_id = :viewer)))";
    }

    private static String kind(SearchFilters filters) {
        if (filters.kind() == null) {
            return "";
        }
        return switch (filters.kind()) {
            case TEXT -> " WHERE type IN ('HEADING', 'PARAGRAPH')";
            case COMMENT -> " WHERE type = 'COMMENT'";
            case PROPOSAL -> " WHERE type = 'PROPOSAL'";
        };
    }
}
