package org.parley.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment or proposal with its context, as one row of the CSV and one object of the JSON.
 * People appear by name, affiliation and group; there is no place for an email here at all.
 *
 * @param versionMade the version an accepted proposal became
 * @param credit      that version's credit (see {@link org.parley.consultation.VersionCredits})
 * @param quoteOriginal the words the participant quoted, once a re-import placed the quote again
 *                      ({@code quoteReanchored}, {@code quote} then being the new wording) or could not
 *                      ({@code quoteDetached})
 */
record ExportedComment(long id, String consultation, @Nullable String sectionNumber, @Nullable String sectionTitle,
                       String paragraphNumber, String paragraphAnchor, @Nullable String quote, int version,
                       @Nullable String author, @Nullable String affiliation, @Nullable String stakeholderGroup,
                       Instant createdAt, @Nullable Instant editedAt, String status, @Nullable Long parentId,
                       String body, @Nullable String proposedText, @Nullable String proposalStatus,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason,
                       long supportCount, @Nullable Integer versionMade, @Nullable String credit,
                       @Nullable String quoteOriginal, boolean quoteReanchored, boolean quoteDetached) {

    /** The column names of the CSV and the keys of the JSON, in the order of {@link #values()}. */
    static final List<String> COLUMNS = List.of("id", "consultation", "section_number", "section_title",
            "paragraph_number", "paragraph_anchor", "quote", "version", "author", "affiliation", "stakeholder_group",
            "created_at", "edited_at", "status", "parent_id", "body", "proposed_text", "proposal_status",
            "decided_by", "decided_at", "decision_reason", "support_count", "version_made", "credit",
            "quote_original", "quote_reanchored", "quote_detached");

    /** Times as ISO-8601 in UTC, so that spreadsheets and scripts read them alike. */
    List<@Nullable Object> values() {
        return Arrays.asList(id, consultation, sectionNumber, sectionTitle, paragraphNumber, paragraphAnchor, quote,
                version, author, affiliation, stakeholderGroup, iso(createdAt), iso(editedAt), status, parentId, body,
                proposedText, proposalStatus, decidedBy, iso(decidedAt), decisionReason, supportCount, versionMade, credit,
                quoteOriginal, quoteReanchored, quoteDetached);
    }

    private static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
