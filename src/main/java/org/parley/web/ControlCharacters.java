package org.parley.web;

import java.util.Map;

/**
 * The characters no text in Parley may hold: anything below U+0020 but the tab, the line feed
 * and the carriage return, and DEL. PostgreSQL stores no NUL in text, so such a value used to
 * fail inside a transaction as a 500; the others are invisible on the page and only ever come from
 * pasted binary or a hand-made request. Nobody types one into a browser form, so {@link RequestLimits}
 * refuses a request that carries one (with a page that says so) rather than strip it, which would
 * silently change what was sent.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean anyIn(Map<String, String[]> parameters) {
        for (var entry : parameters.entrySet()) {
            if (isIn(entry.getKey())) {
                return true;
            }
            for (String value : entry.getValue()) {
                if (isIn(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
