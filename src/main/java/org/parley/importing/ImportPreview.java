package org.parley.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/** What the admin sees before confirming: the section tree with counts, the text as it will read, and warnings. */
record ImportPreview(ImportFormat format, String text, TextOutline outline, List<ImportWarning> warnings) {

    record Row(int depth, @Nullable String number, @Nullable String title, List<Paragraph> paragraphs) {

        public int paragraphCount() {
            return paragraphs.size();
        }
    }

    /** Numbered as the consultation will number it. */
    record Paragraph(int number, ParagraphKind kind, String html) {
    }

    public List<Row> rows() {
        var rows = new ArrayList<Row>();
        int[] numbered = {0};
        outline.sections().forEach(section -> addRows(rows, section, 1, numbered));
        return rows;
    }

    public int paragraphCount() {
        return outline.paragraphCount();
    }

    private static void addRows(List<Row> rows, SectionOutline section, int depth, int[] numbered) {
        var paragraphs = section.paragraphs().stream()
                .map(paragraph -> new Paragraph(++numbered[0], paragraph.kind(), paragraph.html()))
                .toList();
        rows.add(new Row(depth, section.number(), section.title(), paragraphs));
        section.subsections().forEach(subsection -> addRows(rows, subsection, depth + 1, numbered));
    }
}
