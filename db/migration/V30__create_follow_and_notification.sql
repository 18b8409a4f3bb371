-- Follows, notifications and mail preferences (decision 32), owned by the notification module.

-- What a participant follows: a paragraph, a session or a whole consultation.
CREATE TABLE follow (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    target_kind text        NOT NULL CHECK (target_kind IN ('PARAGRAPH', 'SESSION', 'CONSULTATION')),
    target_id   bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, target_kind, target_id)
);
CREATE INDEX follow_target_idx ON follow (target_kind, target_id);
-- Who commented before follows did follows what they commented on, as those who comment now do: they
-- heard of decisions there (V14's decision mails) and keep hearing of them.
INSERT INTO follow (account_id, target_kind, target_id)
    SELECT DISTINCT author_id, 'PARAGRAPH', paragraph_id FROM comment WHERE status = 'PUBLISHED';

-- One per event and recipient: a retried delivery inserts nothing new (the unique key), and the mail
-- state says whether it still has to be mailed, at once or in a digest.
CREATE TABLE notification (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid        NOT NULL,
    recipient_id    bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind            text        NOT NULL CHECK (kind IN ('REPLY', 'PROPOSAL', 'DECISION', 'YOUR_PROPOSAL_DECIDED',
                        'COMMENT_HIDDEN', 'COMMENT_RESTORED', 'COMMENT_APPROVED', 'CONSULTATION_OPENED',
                        'CONSULTATION_CLOSING', 'CONSULTATION_PUBLISHED', 'SESSION_FINAL')),
    consultation_id bigint      NOT NULL,
    paragraph_id    bigint,
    comment_id      bigint,
    session_id      bigint,
    reason          text        CHECK (length(reason) <= 5000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    read_at         timestamptz,
    mail_state      text        NOT NULL DEFAULT 'PENDING' CHECK (mail_state IN ('PENDING', 'SENT', 'SKIPPED')),
    mailed_at       timestamptz,
    CONSTRAINT notification_once_per_event_and_recipient UNIQUE (event_id, recipient_id)
);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;
CREATE INDEX notification_recipient_idx ON notification (recipient_id, id DESC);
CREATE INDEX notification_pending_idx ON notification (recipient_id, id) WHERE mail_state = 'PENDING';

-- How each person wants each kind mailed; no row means the daily digest.
CREATE TABLE notification_preference (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       text   NOT NULL,
    frequency  text   NOT NULL CHECK (frequency IN ('AT_ONCE', 'DAILY', 'WEEKLY', 'NEVER')),
    PRIMARY KEY (account_id, kind)
);

-- The secret in each person's unsubscribe links, which work without signing in.
CREATE TABLE notification_subscriber (
    account_id        bigint NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    unsubscribe_token uuid   NOT NULL UNIQUE DEFAULT gen_random_uuid()
);

-- The accounts that may be mailed, for the notification module: confirmed, not deleted, not disabled;
-- decision_mails (V14, the profile's box) still turns decision mails off.
CREATE VIEW account.mail_recipient AS
    SELECT id, email, display_name, locale, decision_mails FROM public.account
    WHERE verified_at IS NOT NULL AND deleted_at IS NULL AND disabled_at IS NULL;
