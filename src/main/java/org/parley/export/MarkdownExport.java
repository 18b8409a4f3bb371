package org.parley.export;

import org.parley.consultation.ParagraphKind;

/**
 * The text as Markdown: the stored Markdown of each current version, headed by its number in
 * bold; list items stay list items and tables stay GFM tables, so the file renders like the page.
 */
final class MarkdownExport {

    private MarkdownExport() {
    }

    static String write(ExportedText text, Labels labels) {
        var out = new StringBuilder("# ").append(oneLine(text.consultation().title())).append("\n\n");
        for (var section : text.sections()) {
            if (!section.heading().isEmpty()) {
                out.append("#".repeat(Math.min(section.depth() + 1, 6))).append(' ')
                        .append(oneLine(section.heading())).append("\n\n");
            }
            ParagraphKind previous = null;
            int item = 0;
            for (var paragraph : section.paragraphs()) {
                boolean list = paragraph.kind() == ParagraphKind.BULLET_ITEM || paragraph.kind() == ParagraphKind.ORDERED_ITEM;
                item = paragraph.kind() == previous ? item + 1 : 1;
                if (previous != null && (!list || paragraph.kind() != previous)) {
                    out.append('\n');
                }
                paragraph(out, paragraph, item);
                previous = list ? paragraph.kind() : null;
            }
            if (previous != null) {
                out.append('\n');
            }
        }
        if (!text.history().isEmpty()) {
            out.append("## ").append(labels.get("export.history")).append("\n\n");
            for (var history : text.history()) {
                out.append("### ").append(labels.get("export.history.paragraph", history.number())).append("\n\n");
                for (var version : history.versions()) {
                    out.append("**").append(oneLine(labels.versionLine(version))).append("**\n\n");
                    out.append(quoted(version.text())).append("\n\n");
                }
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void paragraph(StringBuilder out, ExportedText.Paragraph paragraph, int item) {
        String number = "**" + paragraph.number() + ".**";
        switch (paragraph.kind()) {
            case BULLET_ITEM -> out.append(indented("- ", number + " " + paragraph.text())).append('\n');
            case ORDERED_ITEM -> out.append(indented(item + ". ", number + " " + paragraph.text())).append('\n');
            case TABLE, CODE, QUOTE -> out.append(number).append("\n\n").append(paragraph.text()).append("\n\n");
            default -> out.append(number).append(' ').append(paragraph.text()).append("\n\n");
        }
    }

    /* A list item whose continuation lines line up under its first word. */
    private static String indented(String marker, String text) {
        return marker + text.replace("\n", "\n" + " ".repeat(marker.length()));
    }

    private static String quoted(String text) {
        return "> " + text.replace("\n", "\n> ");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
