-- A text under consultation. Its slug is permanent: links to it live in reports and mails.
CREATE TABLE consultation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            text        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    title           text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    summary         text        CHECK (length(summary) <= 5000),
    status          text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED')),
    opens_at        timestamptz,
    closes_at       timestamptz,
    moderation_mode text        NOT NULL DEFAULT 'POST' CHECK (moderation_mode IN ('POST', 'PRE')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    lock_version    integer     NOT NULL DEFAULT 0,
    CONSTRAINT consultation_closes_after_it_opens CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at)
);

CREATE UNIQUE INDEX consultation_slug_key ON consultation (slug);
CREATE INDEX consultation_status_idx ON consultation (status, closes_at);
