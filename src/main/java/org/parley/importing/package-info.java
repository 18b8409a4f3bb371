/**
 * Turning a text that lives elsewhere (Markdown, plain text with numbered headings, a Word
 * document, a web page) into the sections and paragraphs of a consultation: parse, preview with warnings, then write it all
 * or nothing through {@link org.parley.consultation.TextService}.
 * A re-import moves the comments along through {@link org.parley.discussion.CommentAnchors}, the
 * one part of {@code discussion} it may use. {@link org.parley.importing.ImportService} is the entry point.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit", "consultation", "discussion::anchors" })
@NullMarked
package org.parley.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
