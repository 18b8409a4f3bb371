package org.parley.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/** What the admin sees before confirming: the section tree with counts, and warnings. */
record ImportPreview(ImportFormat format, String text, TextOutline outline, List<ImportWarning> warnings) {

    record Row(int depth, @Nullable String number, @Nullable String title, int paragraphCount) {
    }

    public List<Row> rows() {
        var rows = new ArrayList<Row>();
        outline.sections().forEach(section -> addRows(rows, section, 1));
        return rows;
    }

    public int paragraphCount() {
        return outline.paragraphCount();
    }

    private static void addRows(List<Row> rows, SectionOutline section, int depth) {
        rows.add(new Row(depth, section.number(), section.title(), section.paragraphs().size()));
        section.subsections().forEach(subsection -> addRows(rows, subsection, depth + 1));
    }
}
