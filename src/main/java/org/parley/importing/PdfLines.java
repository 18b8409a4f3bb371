package org.parley.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/*
 * PDFBox's text extraction, kept line by line with each line's font size, weight and position.
 * Raised small digits (footnote markers, "SDGs.²") are written "[2]" so they never glue to a word.
 */
final class PdfLines extends PDFTextStripper {

    private static final float SUPERSCRIPT_SIZE = 0.85f;
    private static final float RAISED = 1.0f;

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<@Nullable TextPosition> current = new ArrayList<>();
    private int page;
    private float pageHeight;

    PdfLines() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(false);
    }

    List<PdfLine> lines() {
        return lines;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        pageHeight = pdPage.getMediaBox().getHeight();
        super.startPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        finishLine();
        super.endPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        current.addAll(textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        current.add(null);
    }

    @Override
    protected void writeLineSeparator() {
        finishLine();
    }

    private void finishLine() {
        List<TextPosition> letters = current.stream().filter(p -> p != null && !p.getUnicode().isBlank())
                .map(p -> (TextPosition) p).toList();
        if (letters.isEmpty()) {
            current.clear();
            return;
        }
        float size = mostCommon(letters, p -> Math.round(p.getFontSizeInPt() * 2) / 2f);
        float baseline = mostCommon(letters.stream().filter(p -> Math.abs(p.getFontSizeInPt() - size) < 0.5f).toList(),
                p -> Math.round(p.getYDirAdj() * 2) / 2f);
        long boldLetters = letters.stream().filter(p -> isBold(p.getFont())).count();
        StringBuilder text = new StringBuilder();
        boolean inMarker = false;
        for (TextPosition position : current) {
            boolean marker = position != null && isMarker(position, size, baseline);
            if (inMarker && !marker) {
                text.append(']');
            } else if (!inMarker && marker) {
                text.append('[');
            }
            inMarker = marker;
            text.append(position == null ? " " : position.getUnicode());
        }
        if (inMarker) {
            text.append(']');
        }
        String line = Texts.trim(text.toString().replaceAll("\\s+", " "));
        lines.add(new PdfLine(page, line, size, boldLetters * 2 > letters.size(), letters.get(0).getXDirAdj(), baseline,
                pageHeight));
        current.clear();
    }

    private static boolean isMarker(TextPosition position, float size, float baseline) {
        return Character.isDigit(position.getUnicode().codePointAt(0))
                && position.getFontSizeInPt() < size * SUPERSCRIPT_SIZE
                && position.getYDirAdj() < baseline - RAISED;
    }

    private static boolean isBold(@Nullable PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
    }

    private static float mostCommon(List<TextPosition> letters, java.util.function.Function<TextPosition, Float> value) {
        Map<Float, Integer> counts = new HashMap<>();
        letters.forEach(letter -> counts.merge(value.apply(letter), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
