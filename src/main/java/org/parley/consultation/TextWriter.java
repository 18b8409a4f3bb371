package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes an imported outline as sections and paragraphs, numbering paragraphs through the whole
 * text unless the source numbered them.
 */
@Component
class TextWriter {

    private final SectionRepository sections;
    private final ImportedParagraphs paragraphs;

    TextWriter(SectionRepository sections, ImportedParagraphs paragraphs) {
        this.sections = sections;
        this.paragraphs = paragraphs;
    }

    void write(Long consultationId, TextOutline outline) {
        var run = new Run(consultationId);
        for (var section : outline.sections()) {
            run.write(section, null, 1);
        }
        paragraphs.insert(consultationId, run.newParagraphs);
    }

    private final class Run {
        private final Long consultationId;
        private final AnchorMinter anchors = new AnchorMinter();
        private final List<ImportedParagraphs.Row> newParagraphs = new ArrayList<>();
        private int sectionPosition;

        Run(Long consultationId) {
            this.consultationId = consultationId;
        }

        void write(SectionOutline outline, @Nullable Long parentId, int depth) {
            var section = sections.save(new Section(consultationId, parentId, sectionPosition++, Math.min(depth, 6),
                    outline.number(), outline.title()));
            for (var paragraph : outline.paragraphs()) {
                int position = newParagraphs.size();
                newParagraphs.add(new ImportedParagraphs.Row(section.id(), position, anchors.mint(paragraph.text()),
                        paragraph.number() != null ? paragraph.number() : String.valueOf(position + 1),
                        paragraph.kind(), paragraph.text(), paragraph.html()));
            }
            for (var subsection : outline.subsections()) {
                write(subsection, section.id(), depth + 1);
            }
        }
    }
}
