package org.parley.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.parley.consultation.ParagraphKind;

/**
 * The text as a Word document: headings with their numbers, each paragraph led by its number in
 * bold, simple tables as Word tables. Formatting is direct, so any word processor shows it alike.
 */
final class WordExport {

    private WordExport() {
    }

    static byte[] write(ExportedText text, Labels labels) {
        try (var document = new XWPFDocument(); var bytes = new ByteArrayOutputStream()) {
            heading(document, text.consultation().title(), 0);
            for (var section : text.sections()) {
                if (!section.heading().isEmpty()) {
                    heading(document, section.heading(), section.depth());
                }
                for (var paragraph : section.paragraphs()) {
                    paragraph(document, paragraph);
                }
            }
            if (!text.history().isEmpty()) {
                heading(document, labels.get("export.history"), 1);
                for (var history : text.history()) {
                    heading(document, labels.get("export.history.paragraph", history.number()), 2);
                    for (var version : history.versions()) {
                        var line = document.createParagraph().createRun();
                        line.setBold(true);
                        line.setText(labels.versionLine(version));
                        formatted(document.createParagraph(), Jsoup.parseBodyFragment(version.html()).body());
                    }
                }
            }
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, String text, int depth) {
        var run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(Math.max(11, 20 - 2 * depth));
        run.setText(text);
    }

    private static void paragraph(XWPFDocument document, ExportedText.Paragraph paragraph) {
        var html = Jsoup.parseBodyFragment(paragraph.html()).body();
        var table = html.selectFirst("table");
        var line = document.createParagraph();
        var number = line.createRun();
        number.setBold(true);
        number.setText(paragraph.number() + ".");
        if (table != null && isSimple(table)) {
            table(document, table);
            return;
        }
        if (paragraph.kind() == ParagraphKind.BULLET_ITEM || paragraph.kind() == ParagraphKind.ORDERED_ITEM) {
            line.setIndentationLeft(720);
        }
        line.createRun().setText(paragraph.kind() == ParagraphKind.BULLET_ITEM ? " • " : " ");
        formatted(line, html);
    }

    private static boolean isSimple(Element table) {
        return table.select("[colspan], [rowspan], table table").isEmpty() && !table.select("tr").isEmpty();
    }

    private static void table(XWPFDocument document, Element source) {
        var rows = source.select("tr");
        int columns = rows.stream().mapToInt(row -> row.select("th, td").size()).max().orElse(1);
        var table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            var cells = rows.get(r).select("th, td");
            for (int c = 0; c < cells.size(); c++) {
                var cell = table.getRow(r).getCell(c);
                var run = cell.getParagraphs().get(0).createRun();
                run.setBold(cells.get(c).is("th"));
                run.setText(cells.get(c).text());
            }
        }
    }

    /* The text of the HTML as runs that keep its bold, italic, code and struck-through words; blocks and breaks become line breaks. */
    private static void formatted(XWPFParagraph paragraph, Element html) {
        boolean[] written = {false};
        boolean[] broken = {false};
        html.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    if (broken[0] && written[0]) {
                        paragraph.createRun().addBreak();
                    }
                    broken[0] = false;
                    written[0] = true;
                    var run = paragraph.createRun();
                    run.setBold(inside(text, "strong, b, th"));
                    run.setItalic(inside(text, "em, i"));
                    run.setStrike(inside(text, "del, s, strike"));
                    if (inside(text, "code, pre")) {
                        run.setFontFamily("Courier New");
                    }
                    run.setText(text.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    broken[0] = true;
                }
            }
        });
    }

    private static boolean inside(TextNode text, String elements) {
        var parent = text.parent();
        return parent != null && parent.closest(elements) != null;
    }
}
