package org.parley.consultation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The live text of a consultation as a re-import compares it with a revision: sections and
 * paragraphs in document order, each paragraph with its current version. Paragraphs earlier
 * revisions removed are apart, in {@code removed}: a revision that has their words again brings them back.
 */
public record CurrentText(List<Section> sections, List<Paragraph> paragraphs, List<Paragraph> removed) {

    public CurrentText {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    public CurrentText(List<Section> sections, List<Paragraph> paragraphs) {
        this(sections, paragraphs, List.of());
    }

    public record Section(long id, @Nullable String number, @Nullable String title) {
    }

    /** @param text the current version's source text; html its rendering */
    public record Paragraph(long id, long sectionId, String anchor, String number, ParagraphKind kind, int version,
                            String text, String html) {

        public String plainText() {
            return PlainText.of(html).text();
        }
    }

    /** Changes whenever a paragraph gets a version, moves or goes: a report made on another state is stale. */
    public String fingerprint() {
        long hash = 17;
        for (var paragraph : paragraphs) {
            hash = hash * 31 + paragraph.id();
            hash = hash * 31 + paragraph.version();
            hash = hash * 31 + paragraph.sectionId();
        }
        for (var section : sections) {
            hash = hash * 31 + section.id();
        }
        return Long.toHexString(hash) + "-" + paragraphs.size();
    }
}
