package org.parley.importing;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/* How to read a text: the file name decides when it can, otherwise a look at the text does. */
public enum ImportFormat {
    MARKDOWN,
    PLAIN_TEXT,
    PDF_TEXT,
    DOCX,
    HTML,
    PDF,
    ODT;

    /** Read from the file's bytes, carried from the preview to the confirmation in Base64. */
    boolean isBinary() {
        return this == DOCX || this == PDF || this == ODT;
    }

    // Markdown headings, table rules and "*"/"-" bullets. Numbered lines ("1. ") are left out on
    // purpose: plain-text reports number their headings that way.
    private static final Pattern MARKDOWN_LINE = Pattern.compile("(?m)^(#{1,6}\\s+\\S|\\|?\\s*:?-{3,}|[*-] \\S)");

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html)");

    /**
     * For an upload: a PDF or an OpenDocument text is recognised by its first bytes whatever its name,
     * then a PDF, OpenDocument or Word document by its name, and a Word document by its zip signature.
     */
    public static @Nullable ImportFormat detectBinary(byte[] bytes, @Nullable String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (PdfImporter.isPdf(bytes)) {
            return PDF;
        }
        if (OdtImporter.isOpenDocument(bytes)) {
            return ODT;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".odt")) {
            return ODT;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip && !isTextName(name) ? DOCX : null;
    }

    private static boolean isTextName(String name) {
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")
                || name.endsWith(".html") || name.endsWith(".htm");
    }

    public static ImportFormat detect(String text, @Nullable String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".txt")) {
            return plainOrPdf(text);
        }
        if (HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find()) {
            return HTML;
        }
        return MARKDOWN_LINE.matcher(text).find() ? MARKDOWN : plainOrPdf(text);
    }

    private static ImportFormat plainOrPdf(String text) {
        return PdfText.looksCopiedFromPdf(text) ? PDF_TEXT : PLAIN_TEXT;
    }
}
