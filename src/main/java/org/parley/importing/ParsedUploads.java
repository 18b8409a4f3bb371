package org.parley.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.parley.consultation.ParagraphOutline;

/*
 * The last few files read, by their SHA-256 and format, so that confirming the file the preview
 * just read does not read it again (a 3,000-paragraph PDF takes seconds). The key is computed
 * here from the bytes that arrive, never taken from the browser: bytes changed on the way are
 * another key, and are read. Only outlines are kept, in memory, at most KEPT of them and
 * BUDGET characters in all; another instance, or a file pushed out, simply reads the file again.
 */
final class ParsedUploads {

    static final int KEPT = 4;
    static final long BUDGET = 16_000_000;

    private record Kept(ParsedText parsed, long characters) {
    }

    private final LinkedHashMap<String, Kept> recent = new LinkedHashMap<>(KEPT + 1, 0.75f, true);
    private long characters;

    /* A refusal is not kept: reading the same bytes again refuses them again. */
    ParsedText read(byte[] bytes, ImportFormat format, Supplier<ParsedText> parse) {
        String key = format + ":" + sha256(bytes);
        synchronized (recent) {
            Kept kept = recent.get(key);
            if (kept != null) {
                return kept.parsed();
            }
        }
        ParsedText parsed = parse.get();
        long size = size(parsed);
        synchronized (recent) {
            if (size <= BUDGET && !recent.containsKey(key)) {
                recent.put(key, new Kept(parsed, size));
                characters += size;
                Iterator<Map.Entry<String, Kept>> eldest = recent.entrySet().iterator();
                while (recent.size() > KEPT || characters > BUDGET) {
                    characters -= eldest.next().getValue().characters();
                    eldest.remove();
                }
            }
        }
        return parsed;
    }

    void clear() {
        synchronized (recent) {
            recent.clear();
            characters = 0;
        }
    }

    private static long size(ParsedText parsed) {
        var paragraphs = new java.util.ArrayList<ParagraphOutline>();
        parsed.outline().sections().forEach(section -> ParagraphNumbers.Flat.collect(section, paragraphs));
        return paragraphs.stream().mapToLong(paragraph -> paragraph.text().length() + paragraph.html().length()).sum();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
