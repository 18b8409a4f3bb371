package org.parley.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comments as RFC 4180 CSV: every field quoted, quotes doubled, lines ended by CRLF, UTF-8 with
 * a byte order mark so that Excel does not garble names written in other scripts.
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
            csv.append('"').append(value == null ? "" : value.toString().replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
