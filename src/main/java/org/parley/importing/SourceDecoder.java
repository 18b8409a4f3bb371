package org.parley.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/*
 * Turns uploaded bytes into text, refusing what is empty, binary or neither UTF-8 (or UTF-16 with a
 * byte order mark) nor Windows-1252 instead of importing mojibake.
 */
final class SourceDecoder {

    static final String EMPTY = "import.error.empty";
    static final String BINARY = "import.error.binary";
    static final String ENCODING = "import.error.encoding";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /* More control characters than this share of the text means it is not a text file. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private SourceDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportRejected(EMPTY);
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = decode(bytes, 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = decode(bytes, 2, StandardCharsets.UTF_16LE);
        } else {
            boolean utf8Bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
            int start = utf8Bom ? 3 : 0;
            rejectBinary(bytes, start);
            try {
                text = decode(bytes, start, StandardCharsets.UTF_8);
            } catch (ImportRejected notUtf8) {
                // Without a byte order mark saying UTF-8, a file that reads cleanly as Windows-1252 is
                // taken as such (Word's "Save as text" on Windows); one that does not is still refused.
                if (utf8Bom || hasUtf8Sequence(bytes)) {
                    throw notUtf8;
                }
                try {
                    text = decode(bytes, 0, WINDOWS_1252);
                } catch (ImportRejected notWindows1252) {
                    throw notUtf8;
                }
            }
        }
        rejectControlCharacters(text);
        return decode(text);
    }

    static String decode(String pasted) {
        if (isBlank(pasted)) {
            throw new ImportRejected(EMPTY);
        }
        return pasted;
    }

    /* Valid multi-byte UTF-8 next to the invalid bytes means damaged UTF-8, not Windows-1252 ("Ã©"). */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean continued = true;
            for (int k = 1; k < length; k++) {
                continued &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continued) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void rejectBinary(byte[] bytes, int start) {
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportRejected(BINARY);
            }
            if (isControl(bytes[i] & 0xFF)) {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * (bytes.length - start)) {
            throw new ImportRejected(BINARY);
        }
    }

    private static void rejectControlCharacters(String text) {
        long controls = text.chars().filter(c -> c == 0 || isControl(c)).count();
        if (controls > MAX_CONTROL_SHARE * text.length()) {
            throw new ImportRejected(BINARY);
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static String decode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new ImportRejected(ENCODING, in.position());
        }
        return out.flip().toString();
    }

    private static boolean isBlank(String text) {
        return Texts.trim(text).isEmpty();
    }
}
