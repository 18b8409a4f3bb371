package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.parley.ParleyApplication;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.boot.builder.SpringApplicationBuilder;

/*
 * Not a test: times the import of a generated 3,000-paragraph text, as Markdown, as a Word
 * document, as a PDF (UN-style, numbered paragraphs) and as an OpenDocument text, into a fresh
 * embedded database (TestDatabase). Run by bench/import-formats.sh; the
 * numbers go to docs/importing.md. Each format is imported RUNS times; the first run includes the
 * JIT's warm-up.
 */
public final class ImportTiming {

    private static final int PARAGRAPHS = 3000;
    private static final int PER_SECTION = 25;
    private static final int RUNS = 5;

    private ImportTiming() {
    }

    public static void main(String[] args) throws IOException {
        String markdown = markdown();
        String docx = Base64.getEncoder().encodeToString(docx());
        String pdf = Base64.getEncoder().encodeToString(pdf());
        String odt = Base64.getEncoder().encodeToString(odt());
        try (var context = new SpringApplicationBuilder(ParleyApplication.class)
                .properties("server.port=0", "parley.demo.enabled=false", "logging.level.org.parley=WARN").run(args)) {
            var imports = context.getBean(ImportService.class);
            var consultations = context.getBean(ConsultationService.class);
            for (var format : List.of(ImportFormat.MARKDOWN, ImportFormat.DOCX, ImportFormat.PDF, ImportFormat.ODT)) {
                String text = switch (format) {
                    case DOCX -> docx;
                    case PDF -> pdf;
                    case ODT -> odt;
                    default -> markdown;
                };
                List<Long> previews = new ArrayList<>();
                List<Long> totals = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    String slug = "timing-" + format.name().toLowerCase(java.util.Locale.ROOT) + "-" + run;
                    consultations.create(new NewConsultation(slug, "Timing", null, null, null));
                    imports.forgetParsedUploads();
                    long started = System.nanoTime();
                    imports.preview(text, null, format);
                    previews.add((System.nanoTime() - started) / 1_000_000);
                    var result = imports.importText(slug, text, format);
                    totals.add(result.millis());
                    if (result.paragraphs() != PARAGRAPHS) {
                        throw new IllegalStateException("imported " + result.paragraphs() + " paragraphs");
                    }
                }
                System.out.printf("IMPORT %s %d paragraphs: preview (parse) ms %s; import (confirmation: the preview's parse kept for a file, + write) ms %s%n",
                        format, PARAGRAPHS, previews, totals);
            }
        }
    }

    static String markdown() {
        StringBuilder text = new StringBuilder("# A generated report\n\n");
        for (int i = 0; i < PARAGRAPHS; i++) {
            if (i % PER_SECTION == 0) {
                text.append("## ").append(i / PER_SECTION + 1).append(" Section ").append(i / PER_SECTION + 1).append("\n\n");
            }
            text.append(sentence(i)).append("\n\n");
        }
        return text.toString();
    }

    static byte[] docx() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().setStyle("Title");
            document.getParagraphs().get(0).createRun().setText("A generated report");
            for (int i = 0; i < PARAGRAPHS; i++) {
                if (i % PER_SECTION == 0) {
                    var heading = document.createParagraph();
                    heading.setStyle("Heading1");
                    heading.createRun().setText((i / PER_SECTION + 1) + " Section " + (i / PER_SECTION + 1));
                }
                var paragraph = document.createParagraph();
                paragraph.createRun().setText(sentence(i));
                var bold = paragraph.createRun();
                bold.setBold(true);
                bold.setText(" Stakeholders agree.");
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /* A UN-style PDF: numbered paragraphs wrapped over lines, a bold heading every 25, a running symbol and page numbers. */
    static byte[] pdf() throws IOException {
        var regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        var bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        List<String[]> lines = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            if (i % PER_SECTION == 0) {
                lines.add(new String[] {"h", toRoman(i / PER_SECTION + 1) + ". Section " + (i / PER_SECTION + 1)});
            }
            String paragraph = (i + 1) + ". " + sentence(i);
            boolean first = true;
            while (!paragraph.isEmpty()) {
                int cut = paragraph.length() <= 95 ? paragraph.length() : paragraph.lastIndexOf(' ', 95);
                lines.add(new String[] {first ? "p" : "l", paragraph.substring(0, cut)});
                paragraph = paragraph.substring(cut).strip();
                first = false;
            }
        }
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            int at = 0;
            for (int page = 1; at < lines.size(); page++) {
                var pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (var stream = new PDPageContentStream(document, pdPage)) {
                    UnPdf.write(stream, regular, 9, 72, 800, "A/GEN/80/1");
                    UnPdf.write(stream, regular, 9, 290, 30, String.valueOf(page));
                    for (float y = 770; y > 70 && at < lines.size(); at++) {
                        String[] line = lines.get(at);
                        y -= line[0].equals("l") ? 12 : line[0].equals("p") ? 18 : 24;
                        UnPdf.write(stream, line[0].equals("h") ? bold : regular, line[0].equals("h") ? 12 : 10, 72, y, line[1]);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String toRoman(int value) {
        return WordNumbering.formatAs("upperRoman", value);
    }

    static byte[] odt() {
        StringBuilder body = new StringBuilder("<text:p text:style-name=\"Title\">A generated report</text:p>");
        for (int i = 0; i < PARAGRAPHS; i++) {
            if (i % PER_SECTION == 0) {
                body.append("<text:h text:outline-level=\"1\">Section ").append(i / PER_SECTION + 1).append("</text:h>");
            }
            body.append("<text:p>").append(sentence(i)).append(" <text:span text:style-name=\"T1\">Stakeholders agree.</text:span></text:p>");
        }
        return Odt.text(body.toString());
    }

    /* About sixty words, different in every paragraph so that every anchor is minted from new words. */
    private static String sentence(int i) {
        return "Paragraph " + i + " of the report: the multistakeholder model of Internet governance, as discussed"
                + " at the Forum in session " + (i * 7 % 101) + ", calls for inclusion, openness and accountability,"
                + " and for the participation of governments, the private sector, civil society, the technical"
                + " community and academia in their respective roles, on an equal footing, with attention to the"
                + " voices of the Global South and of the " + (i * 13 % 997) + " communities not yet connected.";
    }
}
