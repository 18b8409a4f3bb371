package org.parley.disposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ConsultationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the disposition report in one statement: the published comments of a consultation with
 * their paragraphs, sections, authors (through {@code account.participant}: no email) and
 * responses. Hidden, held and withdrawn comments never appear; a deleted account's comments are
 * under "former participant", or gone when the consultation removes them (they are withdrawn then).
 */
@Component
@Transactional(readOnly = true)
class DispositionReportReader {

    private final JdbcClient jdbc;

    DispositionReportReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DispositionReport read(ConsultationSummary consultation, boolean preview) {
        var sections = new LinkedHashMap<Long, SectionRows>();
        jdbc.sql("SELECT s.id AS section_id, s.number_label, s.title AS section_title, p.number, p.anchor, "
                        + "m.id, m.parent_id, m.created_at, m.body, m.body_html, m.quote_exact, m.proposed_text, m.proposal_status, "
                        + "CASE WHEN author.deleted_at IS NULL THEN author.display_name END AS author, "
                        + "CASE WHEN author.deleted_at IS NULL THEN author.stakeholder_group END AS stakeholder_group, "
                        + Responses.COLUMNS + """

                        FROM discussion.comment m
                        JOIN consultation.paragraph p ON p.id = m.paragraph_id
                        JOIN consultation.section s ON s.id = p.section_id
                        LEFT JOIN account.participant author ON author.id = m.author_id
                        """ + Responses.JOINS + """

                        WHERE p.consultation_id = :consultation AND m.status = 'PUBLISHED'
                        ORDER BY s.position, p.position, m.created_at, m.id""")
                .param("consultation", consultation.id())
                .query(rs -> {
                    String heading = heading(rs.getString("number_label"), rs.getString("section_title"));
                    String number = rs.getString("number");
                    var section = sections.computeIfAbsent(rs.getLong("section_id"), id -> new SectionRows(heading));
                    var entry = new DispositionReport.Entry(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                            rs.getString("author"), rs.getString("stakeholder_group"), rs.getTimestamp("created_at").toInstant(),
                            rs.getString("body"), rs.getString("body_html"), rs.getString("quote_exact"),
                            rs.getString("proposed_text"), rs.getString("proposal_status"), Responses.read(rs));
                    section.paragraphs.computeIfAbsent(rs.getString("anchor"), anchor -> new ParagraphRows(number))
                            .entries.add(entry);
                });
        var tallies = new LinkedHashMap<String, Long>();
        for (var status : ResponseStatus.values()) {
            tallies.put(status.name(), 0L);
        }
        tallies.put("NONE", 0L);
        var built = sections.values().stream().map(section -> new DispositionReport.Section(section.heading,
                section.paragraphs.entrySet().stream().map(paragraph -> {
                    paragraph.getValue().entries.forEach(entry -> tallies.merge(
                            entry.response() == null ? "NONE" : entry.response().status(), 1L, Long::sum));
                    return new DispositionReport.Paragraph(paragraph.getValue().number, paragraph.getKey(),
                            List.copyOf(paragraph.getValue().entries));
                }).toList())).toList();
        return new DispositionReport(consultation, preview, built,
                tallies.entrySet().stream().map(tally -> new DispositionReport.Tally(tally.getKey(), tally.getValue())).toList());
    }

    private static String heading(@Nullable String numberLabel, @Nullable String title) {
        return ((numberLabel == null ? "" : numberLabel + " ") + (title == null ? "" : title)).strip();
    }

    private static final class SectionRows {
        final String heading;
        final Map<String, ParagraphRows> paragraphs = new LinkedHashMap<>();

        SectionRows(String heading) {
            this.heading = heading;
        }
    }

    private static final class ParagraphRows {
        final String number;
        final List<DispositionReport.Entry> entries = new ArrayList<>();

        ParagraphRows(String number) {
            this.number = number;
        }
    }
}
