-- The organisers' responses to comments (decision 31): one current response per comment, and every
-- response it replaced, so that the report's history of who answered what and when is kept.
-- Accepted and rejected proposals have no row here: their response is read from the decision.
CREATE TABLE comment_response (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id   bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    status       text        NOT NULL CHECK (status IN ('ADDRESSED', 'PARTLY_ADDRESSED', 'NOT_TAKEN_UP', 'OUT_OF_SCOPE', 'NOTED')),
    version_n    integer     CHECK (version_n >= 1),
    note         text        NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    responded_by bigint      REFERENCES account (id),
    responded_at timestamptz NOT NULL DEFAULT now(),
    replaced_at  timestamptz,
    CONSTRAINT comment_response_addressed_names_a_version CHECK (status <> 'ADDRESSED' OR version_n IS NOT NULL),
    CONSTRAINT comment_response_version_only_when_addressed
        CHECK (version_n IS NULL OR status IN ('ADDRESSED', 'PARTLY_ADDRESSED'))
);

CREATE UNIQUE INDEX comment_response_current ON comment_response (comment_id) WHERE replaced_at IS NULL;
