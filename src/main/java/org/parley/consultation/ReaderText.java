package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A paragraph's HTML as a reader sees it: its characters with whitespace collapsed, each block
 * on a line of its own, and the inline formatting of every character. Two markups of the same
 * reading ({@code <b>} or {@code <strong>}, a space inside or outside a bold run) give the same
 * tokens; {@link #html(int, int)} writes a stretch of it back as HTML with its formatting.
 */
final class ReaderText {

    private static final String BREAK = "\n";

    /** A word, a space, a line break or a punctuation mark, as {@link WordDiff} compares them. */
    record Token(String text, Format format) {
    }

    /** The inline formatting a reader sees on a character. */
    record Format(boolean bold, boolean italic, boolean code, boolean struck, boolean sup, boolean sub,
                  @Nullable String href) {

        static final Format NONE = new Format(false, false, false, false, false, false, null);

        Format inside(Element element) {
            return switch (element.normalName()) {
                case "strong", "b" -> new Format(true, italic, code, struck, sup, sub, href);
                case "em", "i" -> new Format(bold, true, code, struck, sup, sub, href);
                case "code", "kbd", "samp" -> new Format(bold, italic, true, struck, sup, sub, href);
                case "del", "s", "strike" -> new Format(bold, italic, code, true, sup, sub, href);
                case "sup" -> new Format(bold, italic, code, struck, true, sub, href);
                case "sub" -> new Format(bold, italic, code, struck, sup, true, href);
                case "a" -> safeLink(element.attr("href")) ? new Format(bold, italic, code, struck, sup, sub,
                        element.attr("href")) : this;
                default -> this;
            };
        }

        private static boolean safeLink(String href) {
            String lower = href.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:");
        }

        void open(StringBuilder html) {
            if (href != null) {
                html.append("<a href=\"").append(HtmlUtils.htmlEscape(href)).append("\" rel=\"nofollow noopener\">");
            }
            html.append(bold ? "<strong>" : "").append(italic ? "<em>" : "").append(code ? "<code>" : "")
                    .append(struck ? "<s>" : "").append(sup ? "<sup>" : "").append(sub ? "<sub>" : "");
        }

        void close(StringBuilder html) {
            html.append(sub ? "</sub>" : "").append(sup ? "</sup>" : "").append(struck ? "</s>" : "")
                    .append(code ? "</code>" : "").append(italic ? "</em>" : "").append(bold ? "</strong>" : "");
            if (href != null) {
                html.append("</a>");
            }
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Format> formats = new ArrayList<>();

    private ReaderText() {
    }

    static ReaderText of(String html) {
        var reading = new ReaderText();
        reading.read(Jsoup.parseBodyFragment(html).body(), Format.NONE, false);
        reading.trimEnd();
        return reading;
    }

    String text() {
        return text.toString();
    }

    /**
     * The words, whitespace and punctuation marks; a word whose formatting changes midway is
     * split there. Whitespace carries no formatting: a bold space looks like any other.
     */
    List<Token> tokens() {
        var tokens = new ArrayList<Token>();
        int start = 0;
        for (String token : WordDiff.tokens(text.toString())) {
            int end = start + token.length();
            if (token.isBlank()) {
                tokens.add(new Token(token, Format.NONE));
            } else {
                forEachRun(start, end, (from, to) -> tokens.add(new Token(text.substring(from, to), formats.get(from))));
            }
            start = end;
        }
        return tokens;
    }

    /** The characters [start, start + length) as escaped HTML, each run of one formatting in its elements. */
    String html(int start, int length) {
        var html = new StringBuilder();
        forEachRun(start, start + length, (from, to) -> {
            var format = formats.get(from);
            format.open(html);
            html.append(HtmlUtils.htmlEscape(text.substring(from, to)));
            format.close(html);
        });
        return html.toString();
    }

    private interface Run {
        void accept(int from, int to);
    }

    /* Cuts [start, end) where the formatting changes. */
    private void forEachRun(int start, int end, Run run) {
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || !formats.get(i).equals(formats.get(from))) {
                run.accept(from, i);
                from = i;
            }
        }
    }

    private void read(Node node, Format format, boolean preformatted) {
        if (node instanceof TextNode textNode) {
            String whole = textNode.getWholeText();
            for (int i = 0; i < whole.length(); i++) {
                char c = whole.charAt(i);
                if (preformatted && c == '\n') {
                    lineBreak();
                } else if (Character.isWhitespace(c) || c == '\u00a0') {
                    space(format);
                } else {
                    append(c, format);
                }
            }
        } else if (node instanceof Element element) {
            if (element.nameIs("br")) {
                lineBreak();
                return;
            }
            boolean block = element.isBlock();
            if (block) {
                lineBreak();
            }
            var inside = format.inside(element);
            boolean pre = preformatted || element.nameIs("pre");
            element.childNodes().forEach(child -> read(child, inside, pre));
            if (block) {
                lineBreak();
            }
        }
    }

    private void space(Format format) {
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            append(' ', format);
        }
    }

    private void lineBreak() {
        trimEnd();
        if (!text.isEmpty()) {
            append(BREAK.charAt(0), Format.NONE);
        }
    }

    private void trimEnd() {
        while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
            formats.remove(formats.size() - 1);
        }
    }

    private void append(char c, Format format) {
        text.append(c);
        formats.add(format);
    }
}
