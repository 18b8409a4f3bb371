package org.parley.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Footnotes as GitHub and Pandoc write them: "[^note]" in the text and "[^note]: …" on a line of
 * its own (continued by indented lines). The definitions leave the text; each reference becomes
 * "[1]", "[2]"… in the order they are cited, and the note joins the paragraph that cites it first.
 */
record MarkdownFootnotes(String markdown, Footnotes.ByMarker notes) {

    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^([^\\]\\s]{1,40})]:[ \\t]*(.*(?:\\n(?: {2,}|\\t).*)*)\\n?");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]{1,40})]");

    static MarkdownFootnotes of(String source) {
        Map<String, String> definitions = new LinkedHashMap<>();
        Matcher definition = DEFINITION.matcher(source);
        StringBuilder body = new StringBuilder();
        while (definition.find()) {
            definitions.putIfAbsent(definition.group(1), Texts.trim(definition.group(2).replaceAll("\\s+", " ")));
            definition.appendReplacement(body, "");
        }
        definition.appendTail(body);
        if (definitions.isEmpty()) {
            return new MarkdownFootnotes(source, Footnotes.ByMarker.none());
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Deque<String>> notes = new HashMap<>();
        Matcher reference = REFERENCE.matcher(body);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String note = definitions.get(reference.group(1));
            if (note == null) {
                reference.appendReplacement(text, Matcher.quoteReplacement(reference.group()));
                continue;
            }
            String label = labels.computeIfAbsent(reference.group(1), key -> {
                String next = "[" + (labels.size() + 1) + "]";
                notes.computeIfAbsent(next, marker -> new ArrayDeque<>()).add(next + " " + note);
                return next;
            });
            reference.appendReplacement(text, Matcher.quoteReplacement(label));
        }
        reference.appendTail(text);
        return new MarkdownFootnotes(text.toString(), new Footnotes.ByMarker(notes));
    }
}
