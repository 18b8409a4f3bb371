package org.parley.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/*
 * Runs of text with bold, italic and links, as Word and HTML importers find them, written out
 * twice: as Markdown for the paragraph's text and as HTML for its rendering.
 */
final class InlineText {

    private record Run(String text, boolean bold, boolean italic, @Nullable String href) {

        boolean sameLook(Run other) {
            return bold == other.bold && italic == other.italic && Objects.equals(href, other.href);
        }
    }

    private final List<Run> runs = new ArrayList<>();

    void add(String text, boolean bold, boolean italic, @Nullable String href) {
        if (text.isEmpty()) {
            return;
        }
        Run run = new Run(text, bold, italic, isKept(href) ? href : null);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).sameLook(run)) {
            Run last = runs.remove(runs.size() - 1);
            run = new Run(last.text + text, bold, italic, run.href);
        }
        runs.add(run);
    }

    /* The links the sanitizer lets through (decision 5); any other target is dropped from the Markdown too. */
    private static boolean isKept(@Nullable String href) {
        if (href == null) {
            return false;
        }
        String target = Texts.trim(href).toLowerCase(java.util.Locale.ROOT);
        return !target.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("http:") || target.startsWith("https:")
                || target.startsWith("mailto:");
    }

    /* This text and then the next, as one paragraph (a drop cap and its paragraph). */
    InlineText followedBy(InlineText next) {
        InlineText joined = new InlineText();
        runs.forEach(run -> joined.add(run.text, run.bold, run.italic, run.href));
        next.runs.forEach(run -> joined.add(run.text, run.bold, run.italic, run.href));
        return joined;
    }

    void plain(String text) {
        add(text, false, false, null);
    }

    boolean isBlank() {
        return runs.stream().allMatch(run -> Texts.trim(run.text).isEmpty());
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            String text = run.text;
            int start = 0;
            int end = text.length();
            while (start < end && Texts.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && Texts.isSpace(text.charAt(end - 1))) {
                end--;
            }
            out.append(text, 0, start);
            String core = text.substring(start, end);
            if (!core.isEmpty()) {
                String marker = (run.bold ? "**" : "") + (run.italic ? "*" : "");
                String styled = marker + core + new StringBuilder(marker).reverse();
                out.append(run.href == null ? styled : "[" + styled + "](" + run.href.replace(")", "%29").replace(" ", "%20") + ")");
            }
            out.append(text, end, text.length());
        }
        return Texts.trim(out.toString());
    }

    String html() {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            String html = Texts.escapeHtml(run.text).replace("\n", "<br>");
            if (run.italic) {
                html = "<em>" + html + "</em>";
            }
            if (run.bold) {
                html = "<strong>" + html + "</strong>";
            }
            if (run.href != null) {
                html = "<a href=\"" + Texts.escapeHtml(run.href) + "\">" + html + "</a>";
            }
            out.append(html);
        }
        return out.toString().strip();
    }
}
