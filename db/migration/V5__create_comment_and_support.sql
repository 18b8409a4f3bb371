-- Comments, replies and proposals on paragraphs, and supports for proposals.
CREATE TABLE comment (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    paragraph_id     bigint      NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    version_id       bigint      NOT NULL REFERENCES paragraph_version (id),
    parent_id        bigint      REFERENCES comment (id),
    author_id        bigint      REFERENCES account (id),
    body             text        NOT NULL CHECK (length(body) <= 20000),
    quote_exact      text        CHECK (length(quote_exact) <= 5000),
    quote_prefix     text        CHECK (length(quote_prefix) <= 200),
    quote_suffix     text        CHECK (length(quote_suffix) <= 200),
    quote_start      integer     CHECK (quote_start >= 0),
    quote_end        integer,
    proposed_text    text        CHECK (length(proposed_text) <= 20000),
    proposal_status  text        CHECK (proposal_status IN ('OPEN', 'ACCEPTED', 'ACCEPTED_WITH_EDITS', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED')),
    decided_by       bigint      REFERENCES account (id),
    decided_at       timestamptz,
    decision_reason  text        CHECK (length(decision_reason) <= 5000),
    status           text        NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'WITHDRAWN')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    edited_at        timestamptz,
    idempotency_key  uuid,
    CONSTRAINT comment_quote_is_whole CHECK (
        (quote_exact IS NULL AND quote_start IS NULL AND quote_end IS NULL)
        OR (quote_exact IS NOT NULL AND (quote_start IS NULL) = (quote_end IS NULL)
            AND (quote_end IS NULL OR quote_end > quote_start))),
    CONSTRAINT comment_proposal_has_status CHECK ((proposed_text IS NULL) = (proposal_status IS NULL)),
    CONSTRAINT comment_rejection_has_reason CHECK (proposal_status IS DISTINCT FROM 'REJECTED' OR decision_reason IS NOT NULL),
    CONSTRAINT comment_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
);

CREATE UNIQUE INDEX comment_idempotency_key ON comment (author_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX comment_paragraph_idx ON comment (paragraph_id, created_at);
CREATE INDEX comment_parent_idx ON comment (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX comment_author_idx ON comment (author_id);
CREATE INDEX comment_recent_idx ON comment (created_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX comment_open_proposal_idx ON comment (paragraph_id) WHERE proposal_status = 'OPEN';

-- The version an accepted proposal produced points back at it.
ALTER TABLE paragraph_version ADD COLUMN proposal_id bigint REFERENCES comment (id);

CREATE TABLE support (
    comment_id bigint      NOT NULL REFERENCES comment (id) ON DELETE CASCADE,
    account_id bigint      NOT NULL REFERENCES account (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (comment_id, account_id)
);

CREATE INDEX support_account_idx ON support (account_id);
