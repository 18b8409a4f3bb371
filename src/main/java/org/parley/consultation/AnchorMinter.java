package org.parley.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Anchors come from the paragraph's words, not its position, so that importing the same text
 * again gives the same anchors and links to a paragraph survive a renumbering.
 * A text that repeats a paragraph gets "-2", "-3" on the later copies.
 */
class AnchorMinter {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final Map<String, Integer> seen = new HashMap<>();

    String mint(String text) {
        String anchor = "p-" + digest(normalise(text));
        int occurrence = seen.merge(anchor, 1, Integer::sum);
        return occurrence == 1 ? anchor : anchor + "-" + occurrence;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String digest(String normalised) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = (bits << 8) | (hash[i] & 0xff);
            }
            var anchor = new StringBuilder();
            for (int i = 7; i >= 0; i--) {
                anchor.append(ALPHABET.charAt((int) ((bits >> (i * 5)) & 31)));
            }
            return anchor.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
