package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/*
 * PDFs laid out as the UN prints its reports, drawn line by line with PDFBox: a running symbol at
 * the top of every page, a job number at the foot of the first, page numbers, bold Roman and
 * lettered headings, paragraphs numbered "1." with "(a)" and "(i)" under them, a footnote with its
 * raised marker, and a word hyphenated at a line end.
 */
final class UnPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 72;
    private static final float TOP = 760;

    private record Line(PDType1Font font, float size, float x, float gapAbove, String text, String marker) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final List<List<Line>> notes = new ArrayList<>();

    UnPdf page() {
        pages.add(new ArrayList<>());
        notes.add(new ArrayList<>());
        return this;
    }

    UnPdf heading(String text) {
        return add(new Line(BOLD, 12, LEFT, 20, text, ""));
    }

    /* A paragraph's lines; the first starts after a paragraph gap. */
    UnPdf paragraph(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            add(new Line(REGULAR, 10, i == 0 && lines[i].startsWith("(") ? LEFT + 20 : LEFT, i == 0 ? 16 : 12, lines[i], ""));
        }
        return this;
    }

    /* A line that ends with a raised footnote marker. */
    UnPdf lineWithMarker(String text, String marker) {
        return add(new Line(REGULAR, 10, LEFT, 12, text, marker));
    }

    UnPdf footnote(String marker, String text) {
        notes.get(notes.size() - 1).add(new Line(REGULAR, 8, LEFT, 10, text, marker));
        return this;
    }

    private UnPdf add(Line line) {
        pages.get(pages.size() - 1).add(line);
        return this;
    }

    byte[] bytes() {
        return bytes(null);
    }

    byte[] bytes(String password) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    write(stream, REGULAR, 9, p % 2 == 0 ? LEFT : 460, 770, "A/HRC/50/55");
                    float y = TOP - 20;
                    for (Line line : pages.get(p)) {
                        y -= line.gapAbove();
                        write(stream, line.font(), line.size(), line.x(), y, line.text());
                        if (!line.marker().isEmpty()) {
                            float width = line.font().getStringWidth(line.text()) / 1000 * line.size();
                            write(stream, REGULAR, 6, line.x() + width, y + 4, line.marker());
                        }
                    }
                    float noteY = 110;
                    if (!notes.get(p).isEmpty()) {
                        write(stream, REGULAR, 8, LEFT, noteY + 12, "__________________");
                    }
                    for (Line note : notes.get(p)) {
                        write(stream, REGULAR, 5, LEFT, noteY + 3, note.marker());
                        write(stream, REGULAR, 8, LEFT + 6, noteY, note.text());
                        noteY -= 10;
                    }
                    write(stream, REGULAR, 9, 300, 40, String.valueOf(p + 1));
                    if (p == 0) {
                        write(stream, REGULAR, 8, LEFT, 28, "GE.22-12345(E)");
                    }
                }
            }
            if (password != null) {
                var policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /* The UN-style report the tests read. */
    static UnPdf report() {
        return report(false);
    }

    /* Its revision: a sub-paragraph added under 2(b) and paragraph 4 reworded. */
    static UnPdf revised() {
        return report(true);
    }

    private static UnPdf report(boolean revised) {
        UnPdf pdf = new UnPdf().page()
                .heading("I. Introduction")
                .paragraph("1. The present report is submitted pursuant to Human Rights Council resolution 47/16,",
                        "in which the Council requested the High Commissioner to report on the sub-regional and",
                        "regional dimensions of digital public goods.")
                .paragraph("2. The High Commissioner recommends that States:")
                .paragraph("(a) Adopt laws on access to information that cover the whole of the sub-",
                        "regional and national administration;").page()
                .paragraph("(b) Publish open data:")
                .paragraph("(i) In formats that anyone can read;");
        if (revised) {
            pdf.paragraph("(ii) Under licences that allow reuse;").paragraph("(iii) With their sources named.");
        } else {
            pdf.paragraph("(ii) Under licences that allow reuse.");
        }
        return pdf.heading("II. Human rights online")
                .heading("A. Digital public goods")
                .paragraph("3. Digital public goods contribute to the achievement of the Sustainable Development")
                .lineWithMarker("Goals, the SDGs.", "2")
                .footnote("2", "See A/77/123, para. 4, and General Assembly resolution 70/1.")
                .paragraph("4. The Council may wish to consider the present report at its "
                        + (revised ? "fifty-second" : "fifty-first") + " session.");
    }
}
