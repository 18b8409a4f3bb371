/**
 * Turning a text that lives elsewhere (Markdown, plain text with numbered headings, a Word
 * document, a web page) into the sections and paragraphs of a consultation: parse, preview with warnings, then write it all
 * or nothing through {@link org.parley.consultation.TextService}.
 * {@link org.parley.importing.ImportService} is the entry point.
 */
@NullMarked
package org.parley.importing;

import org.jspecify.annotations.NullMarked;
