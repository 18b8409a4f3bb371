package org.parley.importing;

/* One line of a PDF page as laid out: its text, the size and weight of most of its letters, where it starts. */
record PdfLine(int page, String text, float size, boolean bold, float x, float y, float pageHeight) {

    PdfLine withText(String changed) {
        return new PdfLine(page, changed, size, bold, x, y, pageHeight);
    }
}
