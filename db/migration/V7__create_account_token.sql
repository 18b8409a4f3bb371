-- Single-use links mailed to a person: confirming their email, resetting their password.
-- Only the SHA-256 of a token is kept, so a copy of the database cannot be used to sign in.
CREATE TABLE account_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     text        NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX account_token_account_idx ON account_token (account_id);
