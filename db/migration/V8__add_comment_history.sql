-- What a comment said before each edit, and when it was withdrawn: nothing a participant wrote is lost.
CREATE TABLE comment_revision (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    body       text        NOT NULL,
    written_at timestamptz NOT NULL,
    replaced_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comment_revision_comment_idx ON comment_revision (comment_id, replaced_at);

ALTER TABLE comment ADD COLUMN withdrawn_at timestamptz;
