package org.parley.disposition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The report as a Word document (Apache POI): headings per section and paragraph, each comment with its response. */
final class ReportWord {

    private ReportWord() {
    }

    static byte[] write(DispositionReport report, ReportLabels labels) {
        try (var document = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
            heading(document, labels.get("report.heading", report.consultation().title()), "Title");
            if (report.preview()) {
                text(document, labels.get("report.preview"), false, false);
            }
            for (var section : report.sections()) {
                if (!section.heading().isEmpty()) {
                    heading(document, section.heading(), "Heading1");
                }
                for (var paragraph : section.paragraphs()) {
                    heading(document, labels.paragraph(paragraph.number(), report.consultation().unit()), "Heading2");
                    for (var entry : paragraph.entries()) {
                        text(document, labels.who(entry), true, false);
                        if (entry.quote() != null) {
                            text(document, labels.get("report.quote", entry.quote()), false, true);
                        }
                        text(document, entry.body(), false, false);
                        if (entry.proposedText() != null) {
                            text(document, labels.get("report.proposed", entry.proposedText()), false, true);
                        }
                        text(document, labels.response(entry), true, false);
                        if (entry.response() != null && !entry.response().note().isEmpty()) {
                            text(document, entry.response().note(), false, false);
                        }
                    }
                }
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, String text, String style) {
        var paragraph = document.createParagraph();
        paragraph.setStyle(style);
        var run = paragraph.createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void text(XWPFDocument document, String text, boolean bold, boolean italic) {
        var run = document.createParagraph().createRun();
        run.setBold(bold);
        run.setItalic(italic);
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
