package org.parley.importing;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/*
 * Reads a PDF file through PDFBox. The text comes with its layout (PdfLines), so headings are
 * found by their size and weight and paragraphs by the space above them, then PdfLayout applies
 * what text copied from a PDF gets: furniture dropped, notes collected, hyphens repaired.
 * A PDF without text (a scan) is refused: there is nothing to comment on until it is recognised.
 */
class PdfImporter {

    static final String BROKEN = "import.error.pdf.broken";
    static final String ENCRYPTED = "import.error.pdf.encrypted";
    static final String NO_TEXT = "import.error.pdf.noText";
    static final String TOO_MANY_PAGES = "import.error.pdf.tooManyPages";

    static final int MAX_PAGES = 2000;
    /* Fewer letters than this in the whole file: a scan, perhaps with a stamp or a page number. */
    private static final int LETTERS_OF_A_TEXT = 20;

    static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    ParsedText parse(byte[] bytes) {
        if (!isPdf(bytes)) {
            throw new ImportRejected(BROKEN);
        }
        List<PdfLine> lines;
        int pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            pages = document.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ImportRejected(TOO_MANY_PAGES, pages, MAX_PAGES);
            }
            PdfLines reader = new PdfLines();
            reader.getText(document);
            lines = reader.lines();
        } catch (InvalidPasswordException e) {
            throw new ImportRejected(ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected(BROKEN);
        }
        long letters = lines.stream().flatMapToInt(line -> line.text().codePoints()).filter(Character::isLetter).count();
        if (letters < LETTERS_OF_A_TEXT) {
            throw new ImportRejected(NO_TEXT, pages);
        }
        return new PdfLayout(lines, pages).read();
    }
}
