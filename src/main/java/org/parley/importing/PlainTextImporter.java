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

    private static final Pattern BULLET = Pattern.compile("[•◦‣*\\-–][\\s\\u00A0]+(\\S.*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'’”]");
    private static final String TERMINAL = ".!?:;\"”’)]";

    TextOutline parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        OutlineBuilder outline = new OutlineBuilder();
        HeadingLine headings = HeadingLine.forText(text);
        Paragraph current = null;
        boolean blankBefore = true;
        for (int i = 0; i < lines.length; i++) {
            String line = Texts.trim(lines[i]);
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            HeadingLine.Heading heading = headings.read(lines[i]);
            Matcher bullet = BULLET.matcher(line);
            if (current != null && !blankBefore && continues(current.text, line) && !bullet.matches()) {
                current.text.append(' ').append(line);
            } else {
                emit(outline, current);
                current = null;
                if (heading != null) {
                    headings.taken(heading);
                    outline.heading(heading.level(), heading.number(), heading.title());
                    i = skipCapitalRepeat(lines, i, heading, headings);
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

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }

    /* Web pages often print a heading twice, the second time in capitals. */
    private static int skipCapitalRepeat(String[] lines, int headingIndex, HeadingLine.Heading heading,
                                         HeadingLine headings) {
        for (int j = headingIndex + 1; j < lines.length; j++) {
            if (!Texts.trim(lines[j]).isEmpty()) {
                HeadingLine.Heading next = headings.read(lines[j]);
                boolean repeat = next != null && next.number().equals(heading.number())
                        && next.title().equalsIgnoreCase(heading.title());
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
        if (paragraph != null) {
            outline.paragraph(paragraph(paragraph.kind, paragraph.text.toString()));
        }
    }

    /* A paragraph of plain text, its web addresses made links. */
    static ParagraphOutline paragraph(ParagraphKind kind, String text) {
        String html = linked(text);
        if (kind == ParagraphKind.PARAGRAPH) {
            html = "<p>" + html + "</p>";
        }
        return new ParagraphOutline(kind, text, ImportedHtml.sanitize(html));
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
