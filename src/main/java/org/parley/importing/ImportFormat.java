package org.parley.importing;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/* How to read a text: the file name decides when it can, otherwise a look at the text does. */
public enum ImportFormat {
    MARKDOWN,
    PLAIN_TEXT;

    // Markdown headings, table rules and "*"/"-" bullets. Numbered lines ("1. ") are left out on
    // purpose: plain-text reports number their headings that way.
    private static final Pattern MARKDOWN_LINE = Pattern.compile("(?m)^(#{1,6}\\s+\\S|\\|?\\s*:?-{3,}|[*-] \\S)");

    public static ImportFormat detect(String text, @Nullable String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".txt")) {
            return PLAIN_TEXT;
        }
        return MARKDOWN_LINE.matcher(text).find() ? MARKDOWN : PLAIN_TEXT;
    }
}
