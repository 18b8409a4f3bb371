-- Moderators an admin appoints for one consultation: they moderate its comments, and no other consultation's.
CREATE TABLE consultation_moderator (
    consultation_id bigint      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    account_id      bigint      NOT NULL REFERENCES account (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consultation_id, account_id)
);

CREATE INDEX consultation_moderator_account_idx ON consultation_moderator (account_id);
