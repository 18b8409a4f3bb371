package org.parley.disposition;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ConsultationSummary;
import org.parley.discussion.CommentResponse;

/**
 * What became of every comment of a consultation, in the order of its text: per section and
 * paragraph, each published comment, reply and proposal with its response and the version it led
 * to. {@code preview}: the consultation is not published yet, so only its organisers see this.
 */
public record DispositionReport(ConsultationSummary consultation, boolean preview, List<Section> sections,
                                List<Tally> tallies) {

    /** A section with its paragraphs that have comments; {@code heading} may be empty. */
    public record Section(String heading, List<Paragraph> paragraphs) {
    }

    public record Paragraph(String number, String anchor, List<Entry> entries) {
    }

    /**
     * One comment: {@code author} null for a former participant, {@code group} the name of their
     * stakeholder group; {@code response} null while it has none.
     */
    public record Entry(long id, @Nullable Long parentId, @Nullable String author, @Nullable String group, Instant at,
                        String body, String bodyHtml, @Nullable String quote, @Nullable String proposedText,
                        @Nullable String proposalStatus, @Nullable CommentResponse response) {

        public boolean isReply() {
            return parentId != null;
        }
    }

    /** How many comments got a status; {@code status} "NONE" counts those without a response. */
    public record Tally(String status, long comments) {
    }

    public int comments() {
        return sections.stream().flatMap(section -> section.paragraphs().stream()).mapToInt(p -> p.entries().size()).sum();
    }
}
