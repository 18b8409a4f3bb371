package org.parley.disposition;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The report as RFC 4180 CSV, one comment a line, for the report writers' spreadsheets: UTF-8 with
 * a byte order mark, every field quoted, quotes doubled, lines ended by CRLF, and a cell a spreadsheet would take for a formula made text with
 * a leading apostrophe (OWASP's CSV injection advice). Statuses and groups are codes, not words.
 */
final class ReportCsv {

    static final List<String> COLUMNS = List.of("section", "paragraph", "comment_id", "in_reply_to", "author",
            "stakeholder_group", "created_at", "quote", "comment", "proposed_text", "proposal_status",
            "response_status", "response_version", "response_note", "responded_by", "responded_at", "response_from_decision");

    private ReportCsv() {
    }

    static byte[] write(DispositionReport report) {
        var csv = new StringBuilder("\uFEFF");
        print(csv, COLUMNS);
        for (var section : report.sections()) {
            for (var paragraph : section.paragraphs()) {
                for (var entry : paragraph.entries()) {
                    print(csv, line(section.heading(), paragraph.number(), entry));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').toList()))
                .append("\r\n");
    }

    private static List<String> line(String section, String paragraph, DispositionReport.Entry entry) {
        var response = entry.response();
        var values = new ArrayList<@Nullable Object>(List.of(section, paragraph, entry.id()));
        values.add(entry.parentId());
        values.add(entry.author());
        values.add(entry.group());
        values.add(entry.at());
        values.add(entry.quote());
        values.add(entry.body());
        values.add(entry.proposedText());
        values.add(entry.proposalStatus());
        values.add(response == null ? null : response.status());
        values.add(response == null ? null : response.version());
        values.add(response == null ? null : response.note());
        values.add(response == null ? null : response.by());
        values.add(response == null ? null : response.at());
        values.add(response == null ? null : response.fromDecision());
        return values.stream().map(value -> value == null ? "" : inert(value.toString())).toList();
    }

    /** Spreadsheets evaluate a cell that starts with one of these (and drop a leading tab or carriage return first). */
    static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
