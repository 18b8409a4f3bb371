package org.parley.notification;

/** What a notification is about; each person chooses per kind how it is mailed. */
enum NotificationKind {
    REPLY, PROPOSAL, DECISION, YOUR_PROPOSAL_DECIDED, COMMENT_HIDDEN, COMMENT_RESTORED, COMMENT_APPROVED,
    CONSULTATION_OPENED, CONSULTATION_CLOSING, CONSULTATION_PUBLISHED, SESSION_FINAL;

    /** The kinds the profile's "decision mails" box (V14) still turns off. */
    public boolean isDecision() {
        return this == DECISION || this == YOUR_PROPOSAL_DECIDED;
    }

    static java.util.Optional<NotificationKind> named(String name) {
        for (var kind : values()) {
            if (kind.name().equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
