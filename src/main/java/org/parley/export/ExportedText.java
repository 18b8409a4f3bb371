package org.parley.export;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ConsultationSummary;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.VersionSource;

/** A consultation's current text, and the history of its changed paragraphs when asked for. */
record ExportedText(ConsultationSummary consultation, List<Section> sections, List<History> history) {

    record Section(int depth, @Nullable String number, @Nullable String title, List<Paragraph> paragraphs) {

        String heading() {
            return ((number == null ? "" : number + " ") + (title == null ? "" : title)).strip();
        }
    }

    record Paragraph(long id, String anchor, String number, ParagraphKind kind, int version, String text,
                     String html) {
    }

    /** Every version of a paragraph that has more than one, oldest first. */
    record History(String number, String anchor, List<Version> versions) {
    }

    /** @param credit who made the version, see {@link org.parley.consultation.VersionCredits} */
    record Version(int n, Instant createdAt, VersionSource source, @Nullable String changeNote,
                   String credit, String text, String html) {
    }
}
