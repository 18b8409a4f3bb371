package org.parley.consultation;

/**
 * How a consultation is moderated. The discussion asks for them when a comment is posted, to
 * decide whether it is published or held for a moderator.
 *
 * @param participantApproval whether comments of participants no admin has approved yet are held
 */
public record ModerationRules(ModerationMode mode, boolean participantApproval) {

    public static final ModerationRules DEFAULT = new ModerationRules(ModerationMode.POST, false);

    /** Whether a new comment by someone approved (or not) waits for a moderator. */
    public boolean holds(boolean authorApproved) {
        return mode == ModerationMode.PRE || participantApproval && !authorApproved;
    }
}
