package org.parley.disposition;

import org.jsoup.Jsoup;
import org.parley.export.PdfDocuments;

/**
 * The report as a PDF laid out by openhtmltopdf with its built-in fonts, from an XHTML document
 * in which every word a person wrote is text, never markup; it links to nothing it would fetch.
 */
final class ReportPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 2cm; }
            body { font-family: serif; font-size: 11pt; line-height: 1.4; }
            .who, .response { font-weight: bold; margin: 0.6em 0 0 0; }
            .quote, .proposed { font-style: italic; margin: 0.2em 0 0 1em; }
            .body, .note { white-space: pre-wrap; margin: 0.2em 0 0 0; }
            .reply { margin-left: 1.5em; }
            """;

    private ReportPdf() {
    }

    static byte[] write(DispositionReport report, ReportLabels labels) {
        var html = Jsoup.parse("<html><head><meta charset=\"utf-8\"/><title></title><style></style></head><body></body></html>");
        html.title(report.consultation().title());
        html.selectFirst("style").appendText(STYLE);
        var body = html.body();
        body.appendElement("h1").text(labels.get("report.heading", report.consultation().title()));
        if (report.preview()) {
            body.appendElement("p").text(labels.get("report.preview"));
        }
        for (var section : report.sections()) {
            if (!section.heading().isEmpty()) {
                body.appendElement("h2").text(section.heading());
            }
            for (var paragraph : section.paragraphs()) {
                body.appendElement("h3").text(labels.paragraph(paragraph.number(), report.consultation().unit()));
                for (var entry : paragraph.entries()) {
                    var div = body.appendElement("div").addClass(entry.isReply() ? "entry reply" : "entry");
                    div.appendElement("p").addClass("who").text(labels.who(entry));
                    if (entry.quote() != null) {
                        div.appendElement("p").addClass("quote").text(labels.get("report.quote", entry.quote()));
                    }
                    div.appendElement("p").addClass("body").text(entry.body());
                    if (entry.proposedText() != null) {
                        div.appendElement("p").addClass("proposed").text(labels.get("report.proposed", entry.proposedText()));
                    }
                    div.appendElement("p").addClass("response").text(labels.response(entry));
                    if (entry.response() != null && !entry.response().note().isEmpty()) {
                        div.appendElement("p").addClass("note").text(entry.response().note());
                    }
                }
            }
        }
        return PdfDocuments.render(html);
    }
}
