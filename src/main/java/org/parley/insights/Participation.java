package org.parley.insights;

import org.jspecify.annotations.Nullable;

/**
 * Who took part in one part of a consultation, for one stakeholder group, country or regional group:
 * people who commented, proposed or supported a proposal there, and what they wrote. {@code key} is
 * null for "other": the groups with fewer than {@link ParticipationReader#LEAST_SHOWN} people there, together.
 */
public record Participation(Scope scope, long scopeId, Dimension dimension, @Nullable String key,
                            int participants, int comments, int proposals, int supports) {

    /** The part of the consultation counted: all of it, a session, a section or a paragraph (by id; 0 for all of it). */
    public enum Scope { CONSULTATION, SESSION, SECTION, PARAGRAPH }

    /** What the people are grouped by. */
    public enum Dimension { GROUP, COUNTRY, REGION }

    public boolean isOther() {
        return key == null;
    }
}
