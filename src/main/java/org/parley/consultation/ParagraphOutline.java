package org.parley.consultation;

/**
 * One paragraph as imported.
 *
 * @param kind what it was in the source
 * @param text its source text (Markdown for Markdown imports, plain text otherwise): what later
 *             versions, diffs and exports work on
 * @param html its rendering, already sanitized: safe to put into a page as it is
 */
public record ParagraphOutline(ParagraphKind kind, String text, String html) {
}
