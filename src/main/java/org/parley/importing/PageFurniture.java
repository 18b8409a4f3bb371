package org.parley.importing;

import java.util.regex.Pattern;

/*
 * Lines that can only be page furniture when they stand at the top or foot of a page: a UN
 * document symbol ("A/HRC/50/55", beside its page number on facing pages), a job number
 * ("GE.22-12345(E)"), a date, a page number.
 */
final class PageFurniture {

    static final int MAX_LINES_AT_AN_EDGE = 3;

    private static final Pattern SYMBOL = Pattern.compile(
            "(\\d{1,4}\\s+)?[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\\-]*){2,}(?:\\s*\\([A-Z]\\))?(\\s+\\d{1,4})?");
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(?:[A-Z]{2}\\.)?\\d{2}-\\d{4,6}\\s*(?:\\([A-Z]\\))?(?:\\s+[\\d*]+)*\\s*\\*?[\\d*]*");
    private static final Pattern DATE = Pattern.compile("(?i)(\\d{1,2}\\s+)?(january|february|march|april|may|june"
            + "|july|august|september|october|november|december)\\s+(\\d{1,2},\\s+)?\\d{4}");

    private PageFurniture() {
    }

    static boolean is(String line) {
        String trimmed = Texts.trim(line);
        return PdfText.isPageNumber(trimmed) || SYMBOL.matcher(trimmed).matches()
                || JOB_NUMBER.matcher(trimmed).matches() || DATE.matcher(trimmed).matches();
    }
}
