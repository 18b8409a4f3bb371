package org.parley.importing;

import java.util.List;

import org.parley.consultation.TextOutline;

/* What an importer found, and what it had to leave out or guess (shown on the preview). */
record ParsedText(TextOutline outline, List<ImportWarning> warnings) {

    ParsedText {
        warnings = List.copyOf(warnings);
    }

    static ParsedText of(TextOutline outline) {
        return new ParsedText(outline, List.of());
    }
}
