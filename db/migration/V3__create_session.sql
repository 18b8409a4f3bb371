-- Sessions (workshops) of a consultation and the accounts that organise them.
CREATE TABLE session (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id bigint NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    code            text   NOT NULL CHECK (length(btrim(code)) BETWEEN 1 AND 40),
    title           text   NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    CONSTRAINT session_code_per_consultation UNIQUE (consultation_id, code)
);

CREATE TABLE session_organiser (
    session_id bigint      NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    account_id bigint      NOT NULL REFERENCES account (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, account_id)
);

CREATE INDEX session_organiser_account_idx ON session_organiser (account_id);
