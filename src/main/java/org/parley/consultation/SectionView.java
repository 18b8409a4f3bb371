package org.parley.consultation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A section with its own paragraphs; subsections follow it in the page's flat list, deeper. */
public record SectionView(long id, int depth, @Nullable String number, @Nullable String title,
                          List<ParagraphGroup> groups) {

    public String anchor() {
        return "section-" + id;
    }

    /** h2 for top-level sections (the page title is the h1), never deeper than h6. */
    public int headingLevel() {
        return Math.min(depth + 1, 6);
    }

    public boolean hasHeading() {
        return title != null || number != null;
    }
}
