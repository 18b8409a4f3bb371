package org.parley.insights;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's data table as RFC 4180 CSV, written the way {@code export.CommentCsv} writes comments:
 * every field quoted, quotes doubled, CRLF, UTF-8 with a byte order mark, and a cell a spreadsheet
 * would take for a formula (a term from a comment may start with one) made text by an apostrophe.
 */
final class InsightsCsv {

    private static final String BOM = "\uFEFF";

    private InsightsCsv() {
    }

    static byte[] write(SvgBarChart chart) {
        var csv = new StringBuilder(BOM);
        var header = new ArrayList<String>();
        header.add(chart.labelHeading());
        header.addAll(chart.columns());
        header.addAll(chart.extraColumns());
        line(csv, header);
        for (var row : chart.rows()) {
            var cells = new ArrayList<String>();
            cells.add(row.label());
            row.values().forEach(value -> cells.add(String.valueOf(value)));
            cells.addAll(row.extras());
            line(csv, cells);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(inert(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    private static String inert(String cell) {
        return cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
    }
}
