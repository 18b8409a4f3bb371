-- Flags people raise on comments, and who moderated a comment, when and why.
CREATE TABLE comment_flag (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id  bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    account_id  bigint      NOT NULL REFERENCES account (id),
    reason      text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    CONSTRAINT comment_flag_once_per_person UNIQUE (comment_id, account_id)
);

CREATE INDEX comment_flag_open_idx ON comment_flag (created_at) WHERE resolved_at IS NULL;

ALTER TABLE comment ADD COLUMN moderated_by bigint REFERENCES account (id);
ALTER TABLE comment ADD COLUMN moderated_at timestamptz;
ALTER TABLE comment ADD COLUMN moderation_reason text CHECK (length(moderation_reason) <= 2000);

CREATE INDEX comment_pending_idx ON comment (created_at) WHERE status = 'PENDING';
