package org.parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.parley.consultation.ConsultationSummary;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionCredits;
import org.parley.consultation.VersionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a consultation's text for export in two statements (sections, paragraphs with their
 * current Markdown), plus one per changed paragraph when the history is asked for.
 */
@Component
@Transactional(readOnly = true)
class TextExportReader {

    private final JdbcClient jdbc;
    private final TextService texts;
    private final VersionCredits credits;

    TextExportReader(JdbcClient jdbc, TextService texts, VersionCredits credits) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.credits = credits;
    }

    /** The text, and with {@code withHistory} every version of each changed paragraph, credited in the reader's language. */
    ExportedText read(ConsultationSummary consultation, boolean withHistory, Locale locale) {
        var bySection = new LinkedHashMap<Long, List<ExportedText.Paragraph>>();
        var changed = new ArrayList<ExportedText.Paragraph>();
        jdbc.sql("""
                        SELECT p.id, p.section_id, p.anchor, p.number, p.kind, p.current_version, v.text, v.html
                        FROM consultation.paragraph p
                        JOIN consultation.paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.consultation_id = :consultation AND p.removed_at IS NULL
                        ORDER BY p.position""")
                .param("consultation", consultation.id())
                .query((rs, row) -> {
                    var paragraph = new ExportedText.Paragraph(rs.getLong("id"), rs.getString("anchor"),
                            rs.getString("number"), ParagraphKind.valueOf(rs.getString("kind")),
                            rs.getInt("current_version"), rs.getString("text"), rs.getString("html"));
                    bySection.computeIfAbsent(rs.getLong("section_id"), id -> new ArrayList<>()).add(paragraph);
                    if (paragraph.version() > 1) {
                        changed.add(paragraph);
                    }
                    return paragraph;
                })
                .list();
        var sections = jdbc.sql("""
                        SELECT id, depth, number_label, title FROM consultation.section
                        WHERE consultation_id = :consultation AND removed_at IS NULL ORDER BY position""")
                .param("consultation", consultation.id())
                .query((rs, row) -> new ExportedText.Section(rs.getInt("depth"), rs.getString("number_label"),
                        rs.getString("title"), List.copyOf(bySection.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return new ExportedText(consultation, sections, withHistory ? history(changed, locale) : List.of());
    }

    private List<ExportedText.History> history(List<ExportedText.Paragraph> changed, Locale locale) {
        var versions = new LinkedHashMap<ExportedText.Paragraph, List<VersionView>>();
        for (var paragraph : changed) {
            versions.put(paragraph, texts.versions(paragraph.id()));
        }
        var credited = credits.of(versions.values().stream().flatMap(List::stream).toList(), locale);
        return versions.entrySet().stream()
                .map(entry -> new ExportedText.History(entry.getKey().number(), entry.getKey().anchor(),
                        entry.getValue().stream().map(version -> new ExportedText.Version(version.n(),
                                version.createdAt(), version.source(), version.changeNote(),
                                credited.get(version.id()), version.text(), version.html())).toList()))
                .toList();
    }
}
