package org.parley.discussion;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.ParticipantView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * All the comments of a consultation, filtered and a page at a time, in plain SQL: two
 * statements for the page (count and rows) and one for the authors, whatever the filters. The
 * filters are fixed fragments of SQL with bound parameters; nothing a reader sends becomes SQL.
 * Its sections and sessions are the choices of search's filters too.
 */
@Component
@Transactional(readOnly = true)
public class CommentListReader {

    private static final String FROM = """
             FROM comment m
            JOIN consultation.paragraph p ON p.id = m.paragraph_id
            JOIN consultation.section s ON s.id = p.section_id
            LEFT JOIN account.participant a ON a.id = m.author_id
            """;

    private static final String PUBLISHED_HERE = " WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'";

    private static final String IN_SECTION = inSection("p.section_id");

    private final JdbcClient jdbc;
    private final AccountService accounts;

    CommentListReader(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * The page the query asks for; past the end, the last page (the list got shorter, or the link
     * was made up): {@link CommentList#page()} says which was shown.
     */
    CommentList list(long consultationId, CommentQuery query, int pageSize) {
        String where = where(query);
        long total = bind(jdbc.sql("SELECT count(*)" + FROM + PUBLISHED_HERE + where), consultationId, query)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.min(query.page(), pages);
        record Row(long id, @Nullable Long authorId, Timestamp createdAt, @Nullable Timestamp editedAt, String number,
                   String paragraphHtml, @Nullable String quote, String bodyHtml, @Nullable Long parentId,
                   @Nullable Long parentAuthorId) {
        }
        var rows = bind(jdbc.sql("""
                        SELECT m.id, m.author_id, m.created_at, m.edited_at, p.number, v.html AS paragraph_html,
                               m.quote_exact AS quote, m.body_html, m.parent_id, parent.author_id AS parent_author_id
                        """ + FROM + """
                        JOIN consultation.paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        LEFT JOIN comment parent ON parent.id = m.parent_id
                        """ + PUBLISHED_HERE + where
                        + (query.oldestFirst() ? " ORDER BY m.created_at, m.id" : " ORDER BY m.created_at DESC, m.id DESC")
                        + " LIMIT :limit OFFSET :offset"), consultationId, query)
                .param("limit", pageSize)
                .param("offset", (long) (page - 1) * pageSize)
                .query(Row.class)
                .list();
        var ids = new HashSet<Long>();
        rows.forEach(row -> {
            ids.add(row.authorId());
            ids.add(row.parentAuthorId());
        });
        ids.remove(null);
        var people = accounts.participants(ids);
        var comments = rows.stream().map(row -> new ListedComment(row.id(),
                row.authorId() == null ? null : people.get(row.authorId()), row.createdAt().toInstant(),
                row.editedAt() == null ? null : row.editedAt().toInstant(), row.number(),
                DiscussionReader.excerpt(row.paragraphHtml()), row.quote(), row.bodyHtml(), row.parentId(),
                row.parentId() == null ? null : name(row.parentAuthorId() == null ? null : people.get(row.parentAuthorId()))))
                .toList();
        return new CommentList(comments, page, pages, total);
    }

    /**
     * The condition that a section id column names the section {@code :section} of the consultation
     * {@code :consultation} or one below it: the section filter here and in search.
     */
    public static String inSection(String sectionIdColumn) {
        return " AND " + sectionIdColumn + """
                 IN (
                    WITH RECURSIVE chosen(id) AS (
                        SELECT id FROM consultation.section WHERE id = :section AND consultation_id = :consultation
                        UNION ALL
                        SELECT child.id FROM consultation.section child JOIN chosen ON child.parent_id = chosen.id)
                    SELECT id FROM chosen)
                """;
    }

    /** The sections with a heading, in the order of the text, for the section filter. */
    public List<FilterOption> sections(long consultationId) {
        return jdbc.sql("""
                        SELECT id, depth, coalesce(number_label || ' ', '') || coalesce(title, '') AS label
                        FROM consultation.section
                        WHERE consultation_id = :consultation AND (title IS NOT NULL OR number_label IS NOT NULL)
                        ORDER BY position""")
                .param("consultation", consultationId)
                .query((rs, row) -> new FilterOption(rs.getLong("id"), rs.getString("label").strip(), rs.getInt("depth")))
                .list();
    }

    public List<FilterOption> sessions(long consultationId) {
        return jdbc.sql("SELECT id, code || ' — ' || title AS label FROM session.session WHERE consultation_id = :consultation ORDER BY code")
                .param("consultation", consultationId)
                .query((rs, row) -> new FilterOption(rs.getLong("id"), rs.getString("label"), 1))
                .list();
    }

    /** Everyone with a published comment here, by name: the names only, as everywhere else. */
    List<FilterOption> authors(long consultationId) {
        var ids = jdbc.sql("""
                        SELECT DISTINCT m.author_id FROM comment m JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED' AND m.author_id IS NOT NULL""")
                .param("consultation", consultationId)
                .query(Long.class)
                .list();
        return accounts.participants(ids).values().stream()
                .sorted(Comparator.comparing(ParticipantView::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ParticipantView::id))
                .map(person -> new FilterOption(person.id(), person.displayName(), 1))
                .toList();
    }

    private static String where(CommentQuery query) {
        var where = new StringBuilder();
        if (query.section() != null) {
            where.append(IN_SECTION);
        }
        if (query.session() != null) {
            where.append(" AND s.session_id = :session");
        }
        if (query.group() != null) {
            where.append(" AND a.stakeholder_group = :group");
        }
        if (query.author() != null) {
            where.append(" AND m.author_id = :author");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, long consultationId, CommentQuery query) {
        sql = sql.param("consultation", consultationId);
        if (query.section() != null) {
            sql = sql.param("section", query.section());
        }
        if (query.session() != null) {
            sql = sql.param("session", query.session());
        }
        if (query.group() != null) {
            sql = sql.param("group", query.group().name());
        }
        if (query.author() != null) {
            sql = sql.param("author", query.author());
        }
        return sql;
    }

    private static String name(@Nullable ParticipantView person) {
        return person == null ? "" : person.displayName();
    }
}
