package org.parley.consultation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A heading and what stands under it.
 *
 * @param number the number label as the source wrote it ("4.3"), or null when the heading has none
 * @param title  the heading text without its number, or null for the untitled section that holds
 *               text before the first heading (or a text with no headings at all)
 */
public record SectionOutline(@Nullable String number, @Nullable String title,
                             List<ParagraphOutline> paragraphs, List<SectionOutline> subsections) {

    /** The longest heading the schema takes ({@code section_title_check}); the importer refuses longer ones. */
    public static final int MAX_TITLE_LENGTH = 500;

    /** The longest number label the schema takes ({@code section_number_label_check}). */
    public static final int MAX_NUMBER_LENGTH = 40;

    public SectionOutline {
        paragraphs = List.copyOf(paragraphs);
        subsections = List.copyOf(subsections);
    }

    public int paragraphCountWithSubsections() {
        return paragraphs.size() + subsections.stream().mapToInt(SectionOutline::paragraphCountWithSubsections).sum();
    }
}
