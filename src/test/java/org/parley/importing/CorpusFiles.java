package org.parley.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.parley.export.PdfDocuments;

/*
 * The corpus documents made by programs at hand rather than LibreOffice: written again by
 * CorpusTest with -Dcorpus.update=true when missing. un-report.pdf is drawn by PDFBox (UnPdf);
 * seed-000.pdf is the first seed laid out by openhtmltopdf, the engine of Parley's own PDF export,
 * with a running header and page numbers; the .odt files are the LibreOffice-style flat documents
 * of sources/ packaged as .odt.
 */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static void writeMissing(Path corpus) throws IOException {
        writeIfMissing(corpus.resolve("un-report.pdf"), UnPdf.report().bytes());
        writeIfMissing(corpus.resolve("seed-000.pdf"), seedPdf(corpus.resolve("000_b59dd4ee854dcf2d.txt")));
        writeIfMissing(corpus.resolve("poi-nested.docx"), Docx.nestedNumbers());
        writeIfMissing(corpus.resolve("poi-sub-items.docx"), Docx.listWithSubItems());
        for (String name : new String[] {"lo-report", "lo-numbered"}) {
            String flat = Files.readString(corpus.resolve("sources/" + name + ".fodt"), StandardCharsets.UTF_8);
            writeIfMissing(corpus.resolve(name + ".odt"), Odt.of(OdtImporter.MIMETYPE, flat, flat, Odt.MANIFEST));
        }
    }

    private static void writeIfMissing(Path file, byte[] bytes) throws IOException {
        if (!Files.exists(file)) {
            Files.write(file, bytes);
        }
    }

    private static byte[] seedPdf(Path seed) throws IOException {
        String[] lines = Files.readString(seed, StandardCharsets.UTF_8).split("\n");
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.equals("4.3 THE ROLE OF THE UN")) {
                continue;
            }
            boolean heading = text.matches("\\d+(\\.\\d+)* [A-Z].{0,80}") && !text.endsWith(".");
            String escaped = org.jsoup.nodes.Entities.escape(text);
            body.append(heading ? "<h2>" + escaped + "</h2>" : "<p>" + escaped + "</p>").append('\n');
        }
        var html = Jsoup.parse("""
                <html><head><style>
                @page { size: A4; margin: 2.5cm 2cm;
                  @top-center { content: "The Age of Digital Interdependence"; font-size: 8pt; }
                  @bottom-center { content: counter(page); font-size: 8pt; } }
                body { font-family: serif; font-size: 10pt; line-height: 1.3; }
                h2 { font-size: 13pt; font-weight: bold; margin: 18pt 0 6pt; }
                p { margin: 0 0 8pt; text-align: justify; }
                </style></head><body>""" + body + "</body></html>");
        html.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        return PdfDocuments.render(html);
    }
}
