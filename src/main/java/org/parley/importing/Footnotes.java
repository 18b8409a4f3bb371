package org.parley.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

/*
 * Footnotes at the foot of a page, as text copied from a PDF has them: lines starting with the
 * note's number ("2 See A/HRC/47/16."), in sequence, each cited by a marker glued to a word above
 * ("SDGs.2"). The marker becomes "[2]" in the text, and the note is appended to the paragraph
 * that cites it, as Word's notes are. A number at a line start that nothing above cites is text.
 */
final class Footnotes {

    private static final Pattern NOTE_START = Pattern.compile("(?:\\[(\\d{1,3})]|(\\d{1,3})(?=\\s))\\s*(\\S.*)");
    private static final Pattern SEPARATOR = Pattern.compile("[_\\-–—\\s]{5,}");
    private static final Pattern MARKER_IN_PARAGRAPH = Pattern.compile("\\[(\\d{1,3})]");

    private final Map<String, Deque<String>> notes = new HashMap<>();

    /* Takes the notes off the foot of the page and marks their citations in the lines above. */
    void collect(List<String> page, PdfReport report) {
        for (int start = 1; start < page.size(); start++) {
            Matcher first = NOTE_START.matcher(Texts.trim(page.get(start)));
            if (first.matches() && collectFrom(page, start, number(first), report)) {
                return;
            }
        }
    }

    private boolean collectFrom(List<String> page, int start, int firstNumber, PdfReport report) {
        List<String> body = page.subList(0, start);
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (String raw : page.subList(start, page.size())) {
            String line = Texts.trim(raw);
            Matcher note = NOTE_START.matcher(line);
            if (note.matches() && number(note) == firstNumber + numbers.size()) {
                numbers.add(number(note));
                texts.add(new StringBuilder(note.group(3)));
            } else if (!line.isEmpty()) {
                texts.get(texts.size() - 1).append(' ').append(line);
            }
        }
        List<int[]> markers = new ArrayList<>();
        for (int number : numbers) {
            int[] at = citation(body, number);
            if (at == null) {
                return false;
            }
            markers.add(at);
        }
        for (int i = 0; i < numbers.size(); i++) {
            int[] at = markers.get(i);
            String line = body.get(at[0]);
            String label = "[" + numbers.get(i) + "]";
            body.set(at[0], line.substring(0, at[1]) + label + line.substring(at[2]));
            notes.computeIfAbsent(label, key -> new ArrayDeque<>()).add(label + " " + texts.get(i));
            report.note();
        }
        page.subList(start, page.size()).clear();
        while (!page.isEmpty() && (Texts.trim(page.get(page.size() - 1)).isEmpty()
                || SEPARATOR.matcher(page.get(page.size() - 1)).matches())) {
            if (!Texts.trim(page.remove(page.size() - 1)).isEmpty()) {
                report.separator();
            }
        }
        return true;
    }

    private static int number(Matcher note) {
        return Integer.parseInt(note.group(1) != null ? note.group(1) : note.group(2));
    }

    /* Where a line above cites the note: "[2]", or "2" glued after a letter or a punctuation mark. */
    private static int @Nullable [] citation(List<String> body, int number) {
        Pattern marker = Pattern.compile("\\[" + number + "]|(?<=[\\p{L}.,;:)”’\"])" + number + "(?!\\d)");
        for (int i = 0; i < body.size(); i++) {
            Matcher found = marker.matcher(body.get(i));
            if (found.find()) {
                return new int[] {i, found.start(), found.end()};
            }
        }
        return null;
    }

    ByMarker byMarker() {
        return new ByMarker(notes);
    }

    /* The notes waiting for the paragraph that cites them, in page order for each marker. */
    record ByMarker(Map<String, Deque<String>> notes) {

        static ByMarker none() {
            return new ByMarker(Map.of());
        }

        TextOutline attach(TextOutline outline) {
            if (notes.isEmpty()) {
                return outline;
            }
            return ParagraphNumbers.Flat.map(outline, this::attach);
        }

        private ParagraphOutline attach(ParagraphOutline paragraph) {
            StringBuilder text = new StringBuilder(paragraph.text());
            StringBuilder html = new StringBuilder(paragraph.html());
            Matcher marker = MARKER_IN_PARAGRAPH.matcher(paragraph.text());
            while (marker.find()) {
                Deque<String> waiting = notes.get(marker.group());
                @Nullable String note = waiting == null ? null : waiting.poll();
                if (note != null) {
                    text.append("\n\n").append(note);
                    html.append("<p>").append(Texts.escapeHtml(note)).append("</p>");
                }
            }
            if (text.length() == paragraph.text().length()) {
                return paragraph;
            }
            return new ParagraphOutline(paragraph.kind(), text.toString(), ImportedHtml.sanitize(html.toString()),
                    paragraph.number());
        }
    }
}
