package org.parley.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A passage with the matched words marked, made safe for the page. PostgreSQL's {@code ts_headline}
 * marks words with two private-use characters that the SQL first removes from the text, and
 * drops what looks like a tag, so the SQL also turns {@code <} and {@code >} into two more. Here
 * everything is escaped, then only those four become {@code <mark>}, {@code </mark>},
 * {@code &lt;} and {@code &gt;}: nothing a participant wrote becomes markup.
 */
final class Snippet {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    static final char LESS_THAN = '\uE002';
    static final char GREATER_THAN = '\uE003';

    /** translate()'s arguments: the angle brackets become ours, our own characters in the text go. */
    static final String TRANSLATED = "<>" + START + STOP + LESS_THAN + GREATER_THAN;
    static final String TRANSLATION = "" + LESS_THAN + GREATER_THAN;

    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private Snippet() {
    }

    static String html(String marked) {
        return HtmlUtils.htmlEscape(marked)
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>")
                .replace(String.valueOf(LESS_THAN), "&lt;")
                .replace(String.valueOf(GREATER_THAN), "&gt;");
    }
}
