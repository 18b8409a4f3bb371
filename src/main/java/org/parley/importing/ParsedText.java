package org.parley.importing;

import java.util.List;

import org.parley.consultation.TextOutline;

/* What an importer found, what it had to leave out or guess, and what it recognised and dropped (shown on the preview). */
record ParsedText(TextOutline outline, List<ImportWarning> warnings, List<ImportWarning> findings) {

    ParsedText {
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
    }

    ParsedText(TextOutline outline, List<ImportWarning> warnings) {
        this(outline, warnings, List.of());
    }

    static ParsedText of(TextOutline outline) {
        return new ParsedText(outline, List.of());
    }
}
