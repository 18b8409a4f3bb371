package org.parley.consultation;

import org.jspecify.annotations.Nullable;

/**
 * One paragraph as imported.
 *
 * @param kind what it was in the source
 * @param text its source text (Markdown for Markdown imports, plain text otherwise): what later
 *             versions, diffs and exports work on
 * @param html its rendering, already sanitized: safe to put into a page as it is
 * @param number the paragraph's number as the source printed it ("27", "27(b)"), or null when
 *               Parley numbers it
 */
public record ParagraphOutline(ParagraphKind kind, String text, String html, @Nullable String number) {

    public ParagraphOutline(ParagraphKind kind, String text, String html) {
        this(kind, text, html, null);
    }
}
