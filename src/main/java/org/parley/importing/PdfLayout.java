package org.parley.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parley.consultation.ParagraphKind;
import org.parley.consultation.TextOutline;

/*
 * Turns a PDF's laid-out lines into an outline. The body size is the size most letters have; a
 * short line in a larger size, or in bold, is a heading (larger sizes rank higher; the UN's
 * "II." and "A." give levels 1 and 2 whatever their size). A paragraph starts after more space
 * than the usual line spacing, at a paragraph number ("12.", "(a)") or a bullet, and runs on over
 * a page break when the page ends mid-sentence.
 */
final class PdfLayout {

    private static final float LARGER = 1.12f;
    private static final float SMALLER = 0.92f;
    private static final float MARGIN = 0.12f;
    private static final float PARAGRAPH_GAP = 1.25f;
    private static final int MAX_HEADING_LENGTH = 200;
    /* A running header or footer stands further from the text than two lines. */
    private static final float SET_APART = 2.0f;

    private final List<PdfLine> lines;
    private final int pages;
    private final PdfReport report = new PdfReport();
    private final float bodySize;

    PdfLayout(List<PdfLine> lines, int pages) {
        this.lines = new ArrayList<>(lines);
        this.pages = pages;
        this.bodySize = bodySize(lines);
    }

    ParsedText read() {
        report.pages(pages);
        List<List<PdfLine>> byPage = byPage();
        dropFurniture(byPage);
        Footnotes notes = new Footnotes();
        List<PdfLine> body = new ArrayList<>();
        for (List<PdfLine> page : byPage) {
            body.addAll(withoutNotes(page, notes));
        }
        String all = body.stream().map(PdfLine::text).collect(Collectors.joining("\n"));
        PdfText.Hyphenation hyphenation = PdfText.Hyphenation.of(all, report);
        OutlineBuilder outline = new OutlineBuilder();
        new Blocks(headingLevels(body), hyphenation, HeadingLine.forText(all)).write(body, outline);
        TextOutline numbered = notes.byMarker().attach(ParagraphNumbers.apply(outline.build(), true));
        List<ImportWarning> findings = report.findings(numbered);
        return new ParsedText(numbered, List.of(), findings);
    }

    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> letters = new HashMap<>();
        lines.forEach(line -> letters.merge(line.size(), line.text().length(), Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    private List<List<PdfLine>> byPage() {
        Map<Integer, List<PdfLine>> pages = new java.util.TreeMap<>();
        lines.forEach(line -> pages.computeIfAbsent(line.page(), page -> new ArrayList<>()).add(line));
        return new ArrayList<>(pages.values());
    }

    /*
     * In the top and bottom margins, set apart from the text: a line repeated on two pages after
     * the first is a running header or footer (on the first page too when its size is not the
     * text's); page numbers, document symbols, job numbers and dates are furniture wherever they are.
     */
    private void dropFurniture(List<List<PdfLine>> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (List<PdfLine> page : pages) {
            page.stream().filter(PdfLayout::inMargin).filter(line -> line.page() > 1)
                    .forEach(line -> seen.computeIfAbsent(key(line), key -> new HashSet<>()).add(line.page()));
        }
        float spacing = usualSpacing(lines);
        for (List<PdfLine> page : pages) {
            Set<PdfLine> apart = setApart(page, spacing);
            page.removeIf(line -> {
                boolean repeated = (line.page() > 1 || line.size() != bodySize)
                        && seen.getOrDefault(key(line), Set.of()).size() >= 2 && apart.contains(line);
                boolean furniture = inMargin(line) && (repeated || PageFurniture.is(line.text()));
                if (furniture) {
                    if (PdfText.isPageNumber(line.text())) {
                        report.pageNumber();
                    } else {
                        report.runningLine(line.text());
                    }
                }
                return furniture;
            });
        }
    }

    /* Lines in the margins with more space than two lines' between them and the text. */
    private static Set<PdfLine> setApart(List<PdfLine> page, float spacing) {
        Set<PdfLine> apart = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < page.size(); i++) {
            PdfLine line = page.get(i);
            boolean top = line.y() < line.pageHeight() / 2;
            int neighbour = top ? i + 1 : i - 1;
            boolean alone = neighbour < 0 || neighbour >= page.size()
                    || Math.abs(page.get(neighbour).y() - line.y()) > spacing * SET_APART;
            if (inMargin(line) && alone) {
                apart.add(line);
            }
        }
        return apart;
    }

    private static boolean inMargin(PdfLine line) {
        return line.y() < line.pageHeight() * MARGIN || line.y() > line.pageHeight() * (1 - MARGIN);
    }

    /*
     * Numbers are ignored ("Page 3 – Report" repeats) in a line set apart from the text by its size;
     * a line in the body's size must repeat as it is, or every page opening with "12. The…" would repeat.
     */
    private String key(PdfLine line) {
        String text = Texts.trim(line.text()).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return line.size() == bodySize ? text : line.size() + ":" + text.replaceAll("\\d+", "#");
    }

    /* Notes are in a smaller size at the foot of the page; Footnotes decides which lines they are. */
    private List<PdfLine> withoutNotes(List<PdfLine> page, Footnotes notes) {
        List<String> texts = new ArrayList<>(page.stream().map(PdfLine::text).toList());
        int smallFrom = page.size();
        while (smallFrom > 0 && page.get(smallFrom - 1).size() < bodySize * SMALLER) {
            smallFrom--;
        }
        if (smallFrom == page.size()) {
            return page;
        }
        notes.collect(texts, report);
        List<PdfLine> kept = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            kept.add(page.get(i).withText(texts.get(i)));
        }
        return kept;
    }

    /* Heading sizes from the largest down, then bold at the body size. */
    private Map<String, Integer> headingLevels(List<PdfLine> body) {
        TreeSet<Float> sizes = new TreeSet<>(java.util.Comparator.reverseOrder());
        body.stream().filter(line -> line.size() >= bodySize * LARGER).forEach(line -> sizes.add(line.size()));
        Map<String, Integer> levels = new HashMap<>();
        int level = 1;
        for (float size : sizes) {
            levels.put(style(size, false), level);
            levels.put(style(size, true), level);
            level++;
        }
        levels.put(style(bodySize, true), level);
        return levels;
    }

    private static String style(float size, boolean bold) {
        return size + (bold ? "b" : "");
    }

    private static float usualSpacing(List<PdfLine> body) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            float gap = body.get(i).y() - body.get(i - 1).y();
            if (body.get(i).page() == body.get(i - 1).page() && gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return Float.MAX_VALUE;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 3);
    }

    /* A bullet glyph set apart from its text by a tab, not a space (LibreOffice's lists). */
    private static final Pattern GLYPH_BULLET = Pattern.compile("[•◦‣▪]\\S");

    private final class Blocks {

        private final Map<String, Integer> levels;
        private final PdfText.Hyphenation hyphenation;
        private final HeadingLine headings;
        private int usualLength;

        Blocks(Map<String, Integer> levels, PdfText.Hyphenation hyphenation, HeadingLine headings) {
            this.levels = levels;
            this.hyphenation = hyphenation;
            this.headings = headings;
        }

        void write(List<PdfLine> body, OutlineBuilder outline) {
            float spacing = usualSpacing(body);
            usualLength = PdfText.usualLineLength(body.stream().map(PdfLine::text).toList());
            List<PdfLine> block = new ArrayList<>();
            for (PdfLine line : body) {
                if (!block.isEmpty() && startsBlock(block.get(block.size() - 1), line, spacing)) {
                    emit(block, outline);
                    block.clear();
                }
                block.add(line);
            }
            emit(block, outline);
        }

        private boolean startsBlock(PdfLine previous, PdfLine line, float spacing) {
            if (isHeadingStyle(previous) != isHeadingStyle(line) || Math.abs(previous.size() - line.size()) > 0.5f) {
                return true;
            }
            if (PdfText.NUMBERED_START.matcher(line.text()).lookingAt() || PlainTextImporter.isBullet(line.text())
                    || HeadingLine.startsLettered(line.text()) || GLYPH_BULLET.matcher(line.text()).lookingAt()) {
                return true;
            }
            // without space between paragraphs (LibreOffice's default style), a short line ending a sentence ends one
            if (PdfText.endsSentence(previous.text()) && previous.text().length() < PdfText.SHORT_LINE * usualLength) {
                return true;
            }
            if (previous.page() != line.page()) {
                return PdfText.endsSentence(previous.text());
            }
            return line.y() - previous.y() > spacing * PARAGRAPH_GAP;
        }

        private boolean isHeadingStyle(PdfLine line) {
            return line.size() >= bodySize * LARGER || line.bold();
        }

        private void emit(List<PdfLine> block, OutlineBuilder outline) {
            if (block.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (PdfLine line : block) {
                if (text.isEmpty()) {
                    text.append(line.text());
                } else {
                    hyphenation.join(text, line.text());
                }
            }
            String joined = text.toString();
            PdfLine first = block.get(0);
            HeadingLine.Heading un = headings.read(joined);
            boolean styled = isHeadingStyle(first) && joined.length() <= MAX_HEADING_LENGTH
                    && !joined.endsWith(".") && !PdfText.NUMBERED_START.matcher(joined).lookingAt();
            boolean lettered = un != null && !Character.isDigit(un.number().charAt(0));
            if (un != null && (lettered || styled)) {
                headings.taken(un);
                outline.heading(lettered ? un.level() : levels.getOrDefault(style(first.size(), first.bold()),
                        un.level()), un.number(), un.title());
            } else if (styled) {
                outline.heading(levels.getOrDefault(style(first.size(), first.bold()), 1), joined);
            } else if (PlainTextImporter.isBullet(joined) || GLYPH_BULLET.matcher(joined).lookingAt()) {
                outline.paragraph(PlainTextImporter.paragraph(ParagraphKind.BULLET_ITEM,
                        Texts.trim(joined.substring(1))));
            } else {
                outline.paragraph(PlainTextImporter.paragraph(ParagraphKind.PARAGRAPH, joined));
            }
        }
    }
}
