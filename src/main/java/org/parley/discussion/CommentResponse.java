package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The organisers' response to a comment as a thread shows it under the comment: its status (a
 * name of {@code disposition.ResponseStatus}), the version of the text it led to, a plain-text note,
 * who gave it (null: a former organiser) and when. {@code fromDecision}: read from the decision on
 * a proposal, not written as a response.
 */
public record CommentResponse(String status, @Nullable Integer version, String note, @Nullable String by,
                              Instant at, boolean fromDecision) {

    /** The message that names the status, with the version where it names one. */
    public String statusKey() {
        return "response.status." + status + (version != null && "PARTLY_ADDRESSED".equals(status) ? ".inVersion" : "");
    }
}
