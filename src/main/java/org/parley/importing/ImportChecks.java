package org.parley.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/**
 * Finds what looks wrong in an outline before it is written. Only what the database cannot hold
 * refuses an import ({@link #refuseWhatCannotBeStored}); the rest are warnings.
 */
class ImportChecks {

    static final int LONG_PARAGRAPH_CHARACTERS = 3000;

    List<ImportWarning> check(TextOutline outline) {
        var warnings = new ArrayList<ImportWarning>();
        if (outline.sections().size() == 1 && outline.sections().get(0).title() == null
                && outline.sections().get(0).subsections().isEmpty()) {
            warnings.add(new ImportWarning("import.warning.noHeadings"));
        }
        var headings = new HashSet<String>();
        outline.sections().forEach(section -> check(section, headings, warnings));
        return warnings;
    }

    /** A heading or its number longer than the schema's limits: refused in the preview, naming the heading. */
    void refuseWhatCannotBeStored(List<SectionOutline> sections) {
        for (var section : sections) {
            String title = section.title();
            if (title != null && title.length() > SectionOutline.MAX_TITLE_LENGTH) {
                throw new ImportRejected("import.error.headingTooLong", excerpt(title), title.length(),
                        SectionOutline.MAX_TITLE_LENGTH);
            }
            String number = section.number();
            if (number != null && number.length() > SectionOutline.MAX_NUMBER_LENGTH) {
                throw new ImportRejected("import.error.headingNumberTooLong", excerpt(number), number.length(),
                        SectionOutline.MAX_NUMBER_LENGTH);
            }
            refuseWhatCannotBeStored(section.subsections());
        }
    }

    private void check(SectionOutline section, HashSet<String> headings, List<ImportWarning> warnings) {
        String heading = heading(section);
        if (section.paragraphs().isEmpty() && section.subsections().isEmpty()) {
            warnings.add(new ImportWarning("import.warning.emptySection", heading));
        }
        if (section.title() != null && !headings.add(heading.toLowerCase(Locale.ROOT))) {
            warnings.add(new ImportWarning("import.warning.duplicateHeading", heading));
        }
        for (var paragraph : section.paragraphs()) {
            if (paragraph.text().length() > LONG_PARAGRAPH_CHARACTERS) {
                warnings.add(new ImportWarning("import.warning.longParagraph", heading, paragraph.text().length(),
                        excerpt(paragraph.text())));
            }
        }
        section.subsections().forEach(subsection -> check(subsection, headings, warnings));
    }

    private static String heading(SectionOutline section) {
        String number = section.number() == null ? "" : section.number() + " ";
        return (number + (section.title() == null ? "" : section.title())).strip();
    }

    private static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
