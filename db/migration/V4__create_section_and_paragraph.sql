-- The text: nested sections, paragraphs with a stable anchor, and their immutable versions.
CREATE TABLE section (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id bigint   NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    parent_id       bigint   REFERENCES section (id) ON DELETE CASCADE,
    position        integer  NOT NULL CHECK (position >= 0),
    depth           smallint NOT NULL CHECK (depth BETWEEN 1 AND 6),
    number_label    text     CHECK (length(number_label) <= 40),
    title           text     CHECK (length(title) <= 500),
    session_id      bigint   REFERENCES session (id) ON DELETE SET NULL,
    CONSTRAINT section_position_per_consultation UNIQUE (consultation_id, position)
);

CREATE INDEX section_parent_idx ON section (parent_id);
CREATE INDEX section_session_idx ON section (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE paragraph (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id bigint      NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    section_id      bigint      NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    position        integer     NOT NULL CHECK (position >= 0),
    anchor          text        NOT NULL CHECK (anchor ~ '^[a-z0-9-]{1,64}$'),
    number          text        NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
    kind            text        NOT NULL CHECK (kind IN ('PARAGRAPH', 'BULLET_ITEM', 'ORDERED_ITEM', 'QUOTE', 'TABLE', 'CODE')),
    current_version integer     NOT NULL DEFAULT 1 CHECK (current_version >= 1),
    removed_at      timestamptz,
    CONSTRAINT paragraph_anchor_per_consultation UNIQUE (consultation_id, anchor),
    CONSTRAINT paragraph_position_per_consultation UNIQUE (consultation_id, position)
);

CREATE INDEX paragraph_section_idx ON paragraph (section_id);

CREATE TABLE paragraph_version (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    paragraph_id bigint      NOT NULL REFERENCES paragraph (id) ON DELETE CASCADE,
    n            integer     NOT NULL CHECK (n >= 1),
    text         text        NOT NULL,
    html         text        NOT NULL,
    source       text        NOT NULL CHECK (source IN ('IMPORT', 'PROPOSAL', 'ORGANISER_EDIT', 'REIMPORT', 'RESTORE')),
    change_note  text        CHECK (length(change_note) <= 2000),
    author_id    bigint      REFERENCES account (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT paragraph_version_number_per_paragraph UNIQUE (paragraph_id, n)
);

-- The current version must exist; checked at commit so a paragraph and its first version go in together.
ALTER TABLE paragraph ADD CONSTRAINT paragraph_current_version_exists
    FOREIGN KEY (id, current_version) REFERENCES paragraph_version (paragraph_id, n)
    DEFERRABLE INITIALLY DEFERRED;

-- Versions are history: never rewritten.
CREATE FUNCTION forbid_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER paragraph_version_is_immutable
    BEFORE UPDATE ON paragraph_version
    FOR EACH ROW EXECUTE FUNCTION forbid_update();
