package org.parley.importing;

import java.util.Map;

/** A text of headings without paragraphs: the form offers to take one heading level as paragraphs. */
class OnlyHeadings extends ImportRejected {

    private final transient Map<Integer, Integer> levels;

    OnlyHeadings(Map<Integer, Integer> levels) {
        super("import.error.onlyHeadings");
        this.levels = Map.copyOf(levels);
    }

    /** Headings per level, in level order. */
    Map<Integer, Integer> levels() {
        return new java.util.TreeMap<>(levels);
    }
}
