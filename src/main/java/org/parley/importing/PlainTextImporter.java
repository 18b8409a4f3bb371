package org.parley.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

/*
 * Reads text copied from a report or a web page. Numbered lines ("4.3 The role of the UN") are
 * headings, bulleted lines are list items, every other line is a paragraph unless it merely
 * continues a hard-wrapped line.
 */
class PlainTextImporter {

    private static final Pattern HEADING = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("[•◦‣*\\-–][\\s\\u00A0]+(\\S.*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'’”]");
    private static final int MAX_TITLE_LENGTH = 120;
    private static final String SENTENCE_END = ".;,:";
    private static final String TERMINAL = ".!?:;\"”’)]";

    TextOutline parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        OutlineBuilder outline = new OutlineBuilder();
        Paragraph current = null;
        boolean blankBefore = true;
        for (int i = 0; i < lines.length; i++) {
            String line = Texts.trim(lines[i]);
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Matcher heading = heading(lines[i]);
            Matcher bullet = BULLET.matcher(line);
            if (current != null && !blankBefore && continues(current.text, line) && !bullet.matches()) {
                current.text.append(' ').append(line);
            } else {
                emit(outline, current);
                current = null;
                if (heading != null) {
                    outline.heading(heading.group(1).split("\\.").length, heading.group(1), heading.group(2));
                    i = skipCapitalRepeat(lines, i, heading);
                } else if (bullet.matches()) {
                    current = new Paragraph(ParagraphKind.BULLET_ITEM, bullet.group(1));
                } else {
                    current = new Paragraph(ParagraphKind.PARAGRAPH, line);
                }
            }
            blankBefore = false;
        }
        emit(outline, current);
        return outline.build();
    }

    /* A line read as a numbered heading; its leading spaces count (an indented line is not one). */
    static boolean isHeading(String rawLine) {
        return heading(rawLine) != null;
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }

    private static @Nullable Matcher heading(String rawLine) {
        if (rawLine.isEmpty() || Texts.isSpace(rawLine.charAt(0))) {
            return null;
        }
        Matcher heading = HEADING.matcher(Texts.trim(rawLine));
        if (!heading.matches()) {
            return null;
        }
        String title = heading.group(2);
        boolean looksLikeTitle = title.length() <= MAX_TITLE_LENGTH
                && !Character.isLowerCase(title.charAt(0))
                && SENTENCE_END.indexOf(title.charAt(title.length() - 1)) < 0;
        return looksLikeTitle ? heading : null;
    }

    /* Web pages often print a heading twice, the second time in capitals. */
    private static int skipCapitalRepeat(String[] lines, int headingIndex, Matcher heading) {
        for (int j = headingIndex + 1; j < lines.length; j++) {
            if (!Texts.trim(lines[j]).isEmpty()) {
                Matcher next = heading(lines[j]);
                boolean repeat = next != null && next.group(1).equals(heading.group(1))
                        && next.group(2).equalsIgnoreCase(heading.group(2));
                return repeat ? j : headingIndex;
            }
        }
        return headingIndex;
    }

    private static boolean continues(CharSequence previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return TERMINAL.indexOf(last) < 0 && Character.isLowerCase(line.codePointAt(0));
    }

    private static void emit(OutlineBuilder outline, @Nullable Paragraph paragraph) {
        if (paragraph == null) {
            return;
        }
        String text = paragraph.text.toString();
        String html = linked(text);
        if (paragraph.kind == ParagraphKind.PARAGRAPH) {
            html = "<p>" + html + "</p>";
        }
        outline.paragraph(new ParagraphOutline(paragraph.kind, text, ImportedHtml.sanitize(html)));
    }

    private static String linked(String text) {
        StringBuilder html = new StringBuilder();
        Matcher url = URL.matcher(text);
        int done = 0;
        while (url.find()) {
            html.append(Texts.escapeHtml(text.substring(done, url.start())));
            String href = Texts.escapeHtml(url.group());
            html.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
            done = url.end();
        }
        return html.append(Texts.escapeHtml(text.substring(done))).toString();
    }

    private static final class Paragraph {

        final ParagraphKind kind;
        final StringBuilder text;

        Paragraph(ParagraphKind kind, String text) {
            this.kind = kind;
            this.text = new StringBuilder(text);
        }
    }
}
