package org.parley.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/**
 * What the admin sees before confirming: the section tree with counts, the text as it will read, warnings,
 * and for a PDF what was recognised and dropped.
 */
record ImportPreview(ImportFormat format, String text, TextOutline outline, List<ImportWarning> warnings,
                     List<ImportWarning> findings, @Nullable Integer headingsAsParagraphs) {

    record Row(int depth, @Nullable String number, @Nullable String title, List<Paragraph> paragraphs) {

        public int paragraphCount() {
            return paragraphs.size();
        }
    }

    /** Numbered as the consultation will number it: the source's number, else its position. */
    record Paragraph(String number, ParagraphKind kind, String html) {
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
        var paragraphs = new ArrayList<Paragraph>();
        for (var paragraph : section.paragraphs()) {
            String position = String.valueOf(++numbered[0]);
            paragraphs.add(new Paragraph(paragraph.number() != null ? paragraph.number() : position, paragraph.kind(),
                    paragraph.html()));
        }
        rows.add(new Row(depth, section.number(), section.title(), paragraphs));
        section.subsections().forEach(subsection -> addRows(rows, subsection, depth + 1, numbered));
    }
}
