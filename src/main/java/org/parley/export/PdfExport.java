package org.parley.export;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.consultation.ParagraphKind;

/**
 * The text as a PDF: an XHTML document built from the sanitized HTML of the current versions,
 * laid out by openhtmltopdf with its built-in fonts. No network access: the document links to
 * nothing it would have to fetch.
 */
final class PdfExport {

    private static final String STYLE = """
            @page { size: A4; margin: 2cm; }
            body { font-family: serif; font-size: 11pt; line-height: 1.4; }
            .paragraph { margin: 0 0 0.6em 0; }
            .number { font-weight: bold; margin-right: 0.4em; }
            .paragraph p { display: inline; }
            table { border-collapse: collapse; margin: 0.4em 0; }
            th, td { border: 1px solid #666; padding: 0.2em 0.4em; }
            .version { font-weight: bold; margin-top: 0.8em; }
            .version-text { margin-left: 1em; }
            """;

    private PdfExport() {
    }

    static byte[] write(ExportedText text, Labels labels) {
        Document html = Jsoup.parse("<html><head><meta charset=\"utf-8\"/><title></title><style></style></head><body></body></html>");
        html.title(text.consultation().title());
        html.selectFirst("style").appendText(STYLE);
        var body = html.body();
        body.appendElement("h1").text(text.consultation().title());
        for (var section : text.sections()) {
            if (!section.heading().isEmpty()) {
                body.appendElement("h" + Math.min(section.depth() + 1, 6)).text(section.heading());
            }
            for (var paragraph : section.paragraphs()) {
                paragraph(body, paragraph);
            }
        }
        if (!text.history().isEmpty()) {
            body.appendElement("h2").text(labels.get("export.history"));
            for (var history : text.history()) {
                body.appendElement("h3").text(labels.get("export.history.paragraph", history.number()));
                for (var version : history.versions()) {
                    body.appendElement("div").addClass("version").text(labels.versionLine(version));
                    var versionText = body.appendElement("div").addClass("version-text");
                    versionText.append(version.html());
                    versionText.select("img, script, iframe, object").remove();
                }
            }
        }
        return PdfDocuments.render(html);
    }

    private static void paragraph(Element body, ExportedText.Paragraph paragraph) {
        var div = body.appendElement("div").addClass("paragraph");
        String number = paragraph.number() + ".";
        if (paragraph.kind() == ParagraphKind.BULLET_ITEM) {
            number += " •";
        }
        div.appendElement("span").addClass("number").text(number);
        div.append(paragraph.html());
        div.select("img, script, iframe, object").remove();
    }
}
