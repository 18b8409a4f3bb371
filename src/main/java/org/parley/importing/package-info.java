/**
 * Turns an uploaded or pasted text (Markdown or plain text) into a
 * {@link org.parley.consultation.TextOutline}: sections, paragraphs and sanitized HTML. It owns
 * decoding, format detection and sanitizing; writing the outline is up to the consultation feature.
 */
@NullMarked
package org.parley.importing;

import org.jspecify.annotations.NullMarked;
