package org.parley.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Repairs text copied from a PDF before it is read as plain text: page numbers and running
 * headers or footers are dropped, words hyphenated at a line end are joined, and the lines of a
 * paragraph are joined into one. Pages are separated by form feeds when the copy kept them, and
 * otherwise end at their page-number line.
 */
final class PdfText {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i:(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?)|[-–—]\\s*\\d{1,4}\\s*[-–—]|(?=[ivx])x{0,3}(ix|iv|v?i{0,3})");
    private static final Pattern HYPHENATED_END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{N}]+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /* A UN paragraph ("12. ") or sub-paragraph ("(a) ") starts a new paragraph wherever it stands. */
    static final Pattern NUMBERED_START = Pattern.compile("(\\d{1,4}\\.|\\(([a-z]{1,2}|[ivx]{1,5})\\))\\s+\\S");

    /* Prefixes that keep their hyphen when the text gives no other clue ("multi-stakeholder"). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("multi", "non", "self", "cross", "cyber", "semi",
            "quasi");

    /* A line this much shorter than the usual line, ending a sentence, ends its paragraph. */
    static final double SHORT_LINE = 0.8;

    private static final int PAGE_NUMBER_LINES_FOR_DETECTION = 2;
    private static final int HYPHENATIONS_FOR_DETECTION = 3;

    private PdfText() {
    }

    /** Form feeds, page numbers on lines of their own, or words hyphenated at line ends. */
    static boolean looksCopiedFromPdf(String text) {
        if (text.indexOf('\f') >= 0) {
            return true;
        }
        String[] lines = lines(text);
        int pageNumbers = 0;
        int hyphenations = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = Texts.trim(lines[i]);
            if (isPageNumber(line)) {
                pageNumbers++;
            }
            if (i + 1 < lines.length && HYPHENATED_END.matcher(line).find()
                    && FIRST_WORD.matcher(Texts.trim(lines[i + 1])).find()
                    && Character.isLowerCase(Texts.trim(lines[i + 1]).codePointAt(0))) {
                hyphenations++;
            }
        }
        return pageNumbers >= PAGE_NUMBER_LINES_FOR_DETECTION || hyphenations >= HYPHENATIONS_FOR_DETECTION;
    }

    static String clean(String text) {
        return read(text).text();
    }

    /** The repaired text, its footnotes by marker, and what was dropped on the way. */
    static Cleaned read(String text) {
        PdfReport report = new PdfReport();
        List<List<String>> pages = pages(text, report);
        // form feeds count the pages best; without them, the page-number lines that split the text
        long formFeeds = text.chars().filter(c -> c == '\f').count();
        report.pages(formFeeds > 0 ? (int) formFeeds + 1 : pages.size());
        dropRunningLines(pages, report);
        Footnotes notes = new Footnotes();
        List<String> lines = new ArrayList<>();
        for (List<String> page : pages) {
            trimBlankLines(page);
            notes.collect(page, report);
            if (page.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty() && endsSentence(lines.get(lines.size() - 1))) {
                lines.add("");
            }
            lines.addAll(page);
        }
        Hyphenation hyphenation = Hyphenation.of(text, report);
        return new Cleaned(joinParagraphs(lines, hyphenation, HeadingLine.forText(text)), notes.byMarker(), report);
    }

    record Cleaned(String text, Footnotes.ByMarker notes, PdfReport report) {
    }

    private static String[] lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    /* Form feeds separate pages; a page-number line also ends one. Page numbers are dropped here. */
    private static List<List<String>> pages(String text, PdfReport report) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("\f", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                if (isPageNumber(Texts.trim(parts[p]))) {
                    report.pageNumber();
                    pages.add(page);
                    page = new ArrayList<>();
                } else {
                    page.add(parts[p].stripTrailing());
                }
            }
        }
        pages.add(page);
        pages.removeIf(lines -> lines.stream().allMatch(line -> Texts.trim(line).isEmpty()));
        return pages;
    }

    static boolean isPageNumber(String line) {
        return !line.isEmpty() && PAGE_NUMBER.matcher(line).matches();
    }

    /*
     * A line that opens or closes at least two pages after the first, with its numbers ignored, is
     * a running header or footer: it is dropped there, and kept on the first page, where it is
     * usually the title. Lines that can only be page furniture (a document symbol such as
     * "A/HRC/50/55", a job number such as "GE.22-12345", a date, a page number) are dropped at the
     * edge of any page, even when they appear only once.
     */
    private static void dropRunningLines(List<List<String>> pages, PdfReport report) {
        Map<String, Integer> counts = new HashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            Set<String> edges = new HashSet<>();
            edge(pages.get(p), true).ifPresent(edges::add);
            edge(pages.get(p), false).ifPresent(edges::add);
            edges.forEach(edge -> counts.merge(edge, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        counts.forEach((line, count) -> {
            if (count >= 2) {
                running.add(line);
            }
        });
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            boolean later = p > 0;
            dropEdge(page, true, line -> later && running.contains(key(line)) || PageFurniture.is(line), report);
            dropEdge(page, false, line -> later && running.contains(key(line)) || PageFurniture.is(line), report);
        }
    }

    private static void dropEdge(List<String> page, boolean top, java.util.function.Predicate<String> furniture,
                                 PdfReport report) {
        for (int dropped = 0; dropped < PageFurniture.MAX_LINES_AT_AN_EDGE; dropped++) {
            trimBlankLines(page);
            if (page.isEmpty()) {
                return;
            }
            int at = top ? 0 : page.size() - 1;
            String line = Texts.trim(page.get(at));
            if (!furniture.test(line)) {
                return;
            }
            if (isPageNumber(line)) {
                report.pageNumber();
            } else {
                report.runningLine(line);
            }
            page.remove(at);
        }
    }

    private static java.util.Optional<String> edge(List<String> page, boolean first) {
        List<String> filled = page.stream().filter(line -> !Texts.trim(line).isEmpty()).toList();
        if (filled.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(key(first ? filled.get(0) : filled.get(filled.size() - 1)));
    }

    private static String key(String line) {
        return Texts.trim(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static void trimBlankLines(List<String> page) {
        while (!page.isEmpty() && Texts.trim(page.get(0)).isEmpty()) {
            page.remove(0);
        }
        while (!page.isEmpty() && Texts.trim(page.get(page.size() - 1)).isEmpty()) {
            page.remove(page.size() - 1);
        }
    }

    static boolean endsSentence(String line) {
        String trimmed = Texts.trim(line);
        return trimmed.isEmpty() || ".!?:;\"”’)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    /*
     * Joins the lines of each paragraph into one line and leaves a blank line between paragraphs.
     * A paragraph ends at a blank line, before a heading or a bulleted line, and after a short line
     * that ends a sentence.
     */
    private static String joinParagraphs(List<String> lines, Hyphenation hyphenation, HeadingLine headings) {
        int usual = usualLineLength(lines);
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : lines) {
            String line = Texts.trim(raw);
            boolean heading = line.length() < SHORT_LINE * usual && headings.read(raw) != null;
            boolean standsAlone = heading || PlainTextImporter.isBullet(line);
            if (line.isEmpty() || standsAlone || NUMBERED_START.matcher(line).lookingAt()) {
                flush(out, paragraph);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (paragraph.isEmpty()) {
                paragraph.append(line);
            } else {
                hyphenation.join(paragraph, line);
            }
            boolean lastOfParagraph = heading || endsSentence(line) && line.length() < SHORT_LINE * usual;
            if (lastOfParagraph) {
                flush(out, paragraph);
            }
        }
        flush(out, paragraph);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            out.append(paragraph).append("\n\n");
            paragraph.setLength(0);
        }
    }

    static int usualLineLength(List<String> lines) {
        int[] lengths = lines.stream().map(Texts::trim).filter(line -> !line.isEmpty()).mapToInt(String::length)
                .sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[lengths.length * 3 / 4];
    }

    /*
     * Whether "consul-" + "tation" was a word broken at the line end ("consultation") or a
     * hyphenated compound ("multi-stakeholder"): the rest of the text decides when it has the word
     * either way, then a short list of prefixes that take a hyphen; otherwise it was a break.
     */
    record Hyphenation(Set<String> words, PdfReport report) {

        static Hyphenation of(String text, PdfReport report) {
            Set<String> words = new HashSet<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
            return new Hyphenation(words, report);
        }

        void join(StringBuilder paragraph, String line) {
            Matcher end = HYPHENATED_END.matcher(paragraph);
            Matcher next = FIRST_WORD.matcher(line);
            if (end.find() && next.find()) {
                String left = end.group(1);
                String right = next.group(1);
                if (!Character.isLowerCase(right.codePointAt(0)) || keepsHyphen(left, right)) {
                    paragraph.append(line);
                    report.hyphenKept();
                } else {
                    paragraph.setLength(paragraph.length() - 1);
                    paragraph.append(line);
                    report.hyphenJoined();
                }
                return;
            }
            paragraph.append(' ').append(line);
        }

        private boolean keepsHyphen(String left, String right) {
            String lowerLeft = left.toLowerCase(Locale.ROOT);
            String lowerRight = right.toLowerCase(Locale.ROOT);
            if (words.contains(lowerLeft + lowerRight)) {
                return false;
            }
            return words.contains(lowerLeft + "-" + lowerRight) || HYPHEN_PREFIXES.contains(lowerLeft);
        }
    }
}
