package org.parley.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reading side in plain SQL: a whole consultation page in three statements, whatever its size. */
@Component
class ConsultationReader {

    private static final String SUMMARY_COLUMNS = """
            c.id, c.slug, c.title, c.summary, c.status, c.opens_at, c.closes_at, c.published_at, c.unit, c.insights_public, c.language,
            (SELECT count(*) FROM paragraph p WHERE p.consultation_id = c.id AND p.removed_at IS NULL) AS paragraph_count
            """;

    private final JdbcClient jdbc;

    ConsultationReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open consultations first (closing soonest first), then the others, newest first. */
    List<ConsultationSummary> list(boolean includeDrafts) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
                        FROM consultation c
                        WHERE c.status <> 'DRAFT' OR :includeDrafts
                        ORDER BY c.status = 'OPEN' DESC, CASE WHEN c.status = 'OPEN' THEN c.closes_at END ASC NULLS LAST,
                                 c.created_at DESC, c.id DESC
                        """)
                .param("includeDrafts", includeDrafts)
                .query(ConsultationReader::summary)
                .list();
    }

    Optional<ConsultationSummary> summary(String slug) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM consultation c WHERE c.slug = :slug")
                .param("slug", slug)
                .query(ConsultationReader::summary)
                .optional();
    }

    ConsultationPage page(ConsultationSummary consultation) {
        var paragraphsBySection = new LinkedHashMap<Long, List<ParagraphView>>();
        var removed = new ArrayList<RemovedParagraph>();
        jdbc.sql("""
                        SELECT p.id, p.section_id, p.anchor, p.number, p.kind, p.current_version, v.html, p.removed_at
                        FROM paragraph p
                        JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.consultation_id = :consultation
                        ORDER BY p.position
                        """)
                .param("consultation", consultation.id())
                .query((rs, row) -> {
                    if (rs.getTimestamp("removed_at") != null) {
                        removed.add(new RemovedParagraph(rs.getLong("id"), rs.getString("anchor"), rs.getString("number"),
                                rs.getTimestamp("removed_at").toInstant(), rs.getString("html")));
                        return null;
                    }
                    paragraphsBySection.computeIfAbsent(rs.getLong("section_id"), id -> new ArrayList<>())
                            .add(new ParagraphView(rs.getLong("id"), rs.getString("anchor"), rs.getString("number"),
                                    ParagraphKind.valueOf(rs.getString("kind")), rs.getString("html"),
                                    rs.getInt("current_version")));
                    return null;
                })
                .list();
        List<SectionView> sections = jdbc.sql("""
                        SELECT id, depth, number_label, title FROM section
                        WHERE consultation_id = :consultation AND removed_at IS NULL ORDER BY position
                        """)
                .param("consultation", consultation.id())
                .query((rs, row) -> new SectionView(rs.getLong("id"), rs.getInt("depth"), rs.getString("number_label"),
                        rs.getString("title"),
                        ParagraphGroup.of(paragraphsBySection.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        removed.sort(Comparator.comparing(RemovedParagraph::removedAt).reversed());
        return new ConsultationPage(consultation, sections, removed);
    }

    List<SectionHeading> sectionHeadings(long consultationId) {
        return jdbc.sql("""
                        SELECT id, depth, number_label, title, session_id FROM section
                        WHERE consultation_id = :consultation AND removed_at IS NULL ORDER BY position
                        """)
                .param("consultation", consultationId)
                .query((rs, row) -> new SectionHeading(rs.getLong("id"), rs.getInt("depth"), rs.getString("number_label"),
                        rs.getString("title"), rs.getObject("session_id", Long.class)))
                .list();
    }

    Optional<ParagraphRef> paragraph(String slug, String anchor) {
        return jdbc.sql(PARAGRAPH_REF + " WHERE c.slug = :slug AND p.anchor = :anchor")
                .param("slug", slug)
                .param("anchor", anchor)
                .query(ConsultationReader::paragraphRef)
                .optional();
    }

    /** The paragraph with its consultation and the consultation's moderation rules, in one statement. */
    Optional<CommentTarget> commentTarget(String slug, String anchor) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", c.moderation_mode, c.participant_approval, " + PARAGRAPH_COLUMNS
                        + ", EXISTS (SELECT 1 FROM section s JOIN session.session w ON w.id = s.session_id"
                        + " WHERE s.id = p.section_id AND w.finalised_at IS NOT NULL) AS session_final"
                        + " FROM consultation c JOIN paragraph p ON p.consultation_id = c.id" + PARAGRAPH_VERSION
                        + " WHERE c.slug = :slug AND p.anchor = :anchor")
                .param("slug", slug)
                .param("anchor", anchor)
                .query((rs, row) -> new CommentTarget(summary(rs, row), paragraphRef(rs, row),
                        new ModerationRules(ModerationMode.valueOf(rs.getString("moderation_mode")),
                                rs.getBoolean("participant_approval")), rs.getBoolean("session_final")))
                .optional();
    }

    Optional<ParagraphRef> paragraph(long id) {
        return jdbc.sql(PARAGRAPH_REF + " WHERE p.id = :id")
                .param("id", id)
                .query(ConsultationReader::paragraphRef)
                .optional();
    }

    List<VersionView> versions(long paragraphId) {
        return jdbc.sql(VERSION + " WHERE paragraph_id = :paragraph ORDER BY n")
                .param("paragraph", paragraphId)
                .query(ConsultationReader::version)
                .list();
    }

    Optional<VersionView> version(long versionId) {
        return jdbc.sql("""
                        SELECT id, paragraph_id, n, text, html, source, change_note, author_id, proposal_id, created_at
                        FROM paragraph_version WHERE id = :id""")
                .param("id", versionId)
                .query(ConsultationReader::version)
                .optional();
    }

    List<VersionView> versionsFromProposals(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VERSION + " WHERE proposal_id IN (:proposals) ORDER BY id")
                .param("proposals", proposalIds)
                .query(ConsultationReader::version)
                .list();
    }

    private static final String VERSION = """
            SELECT id, paragraph_id, n, text, html, source, change_note, author_id, proposal_id, created_at
            FROM paragraph_version""";

    private static VersionView version(ResultSet rs, int row) throws SQLException {
        return new VersionView(rs.getLong("id"), rs.getLong("paragraph_id"), rs.getInt("n"),
                rs.getString("text"), rs.getString("html"), VersionSource.valueOf(rs.getString("source")),
                rs.getString("change_note"), rs.getObject("author_id", Long.class),
                rs.getObject("proposal_id", Long.class), rs.getTimestamp("created_at").toInstant());
    }

    Optional<Long> sessionOf(long paragraphId) {
        return jdbc.sql("""
                        SELECT s.session_id FROM paragraph p JOIN section s ON s.id = p.section_id
                        WHERE p.id = :paragraph AND s.session_id IS NOT NULL""")
                .param("paragraph", paragraphId)
                .query(Long.class)
                .optional();
    }

    private static final String PARAGRAPH_COLUMNS = """
            p.id AS paragraph_id, p.consultation_id, c.slug, p.anchor, p.number, v.id AS version_id, v.n, v.text, v.html,
            p.removed_at""";

    private static final String PARAGRAPH_VERSION = " JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version";

    private static final String PARAGRAPH_REF = "SELECT " + PARAGRAPH_COLUMNS
            + " FROM paragraph p JOIN consultation c ON c.id = p.consultation_id" + PARAGRAPH_VERSION;

    private static ParagraphRef paragraphRef(ResultSet rs, int row) throws SQLException {
        return new ParagraphRef(rs.getLong("paragraph_id"), rs.getLong("consultation_id"), rs.getString("slug"),
                rs.getString("anchor"), rs.getString("number"), rs.getLong("version_id"), rs.getInt("n"),
                rs.getString("text"), rs.getString("html"), instant(rs.getTimestamp("removed_at")));
    }

    private static ConsultationSummary summary(ResultSet rs, int row) throws SQLException {
        return new ConsultationSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("summary"), ConsultationStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("opens_at")), instant(rs.getTimestamp("closes_at")),
                rs.getInt("paragraph_count"), instant(rs.getTimestamp("published_at")), TextUnit.valueOf(rs.getString("unit")),
                rs.getBoolean("insights_public"), TextLanguage.ofCode(rs.getString("language")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
