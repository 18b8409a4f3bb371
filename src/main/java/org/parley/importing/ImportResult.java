package org.parley.importing;

/** What an import wrote. */
public record ImportResult(int sections, int paragraphs, long millis) {
}
