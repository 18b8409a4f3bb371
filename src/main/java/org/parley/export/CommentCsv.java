package org.parley.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comments as RFC 4180 CSV: every field quoted, quotes doubled, lines ended by CRLF, UTF-8 with
 * a byte order mark so that Excel does not garble names written in other scripts. A cell that a
 * spreadsheet would take for a formula starts with an apostrophe (OWASP's CSV injection advice).
 */
final class CommentCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CommentCsv() {
    }

    static byte[] write(List<ExportedComment> comments) {
        var csv = new StringBuilder();
        line(csv, List.copyOf(ExportedComment.COLUMNS));
        comments.forEach(comment -> line(csv, comment.values()));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static void line(StringBuilder csv, List<? extends @Nullable Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : inert(value.toString());
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /**
     * Spreadsheets evaluate a cell that starts with one of these, and drop a leading tab or
     * carriage return first; the apostrophe makes the cell text and leaves the words readable.
     */
    private static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
