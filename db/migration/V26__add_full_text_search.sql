-- Full-text search of the text and the discussion (docs/decisions.md, decision 29).
-- A consultation has a language; its text and comments are stemmed in that language, without accents.
-- One text search configuration per language, named parley_<code>: a language that follows gets its
-- configuration, a branch in search_config and a value in the check below.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION parley_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION parley_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION parley_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION parley_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION parley_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION parley_es
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

-- IMMUTABLE so that generated columns may use it; changing it means regenerating them (UPDATE … SET language = language).
CREATE FUNCTION search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'fr' THEN 'parley_fr' WHEN 'es' THEN 'parley_es' ELSE 'parley_en' END::regconfig
$$;

ALTER TABLE consultation ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es'));

-- The rows carry their consultation's language, so that their search vector is an expression of the row alone.
-- The database keeps the copy: set on insert from the consultation, rewritten when the consultation's changes.
ALTER TABLE section ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE section ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(search_config(language), coalesce(number_label, '') || ' ' || coalesce(title, ''))) STORED;

ALTER TABLE paragraph_version ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE paragraph_version ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(search_config(language), text)) STORED;

ALTER TABLE comment ADD COLUMN language text NOT NULL DEFAULT 'en';
-- The comment and, for a proposal, its new wording: a proposal is found by the words it proposes.
ALTER TABLE comment ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector(search_config(language), body || ' ' || coalesce(proposed_text, ''))) STORED;

-- A search is a bitmap of each language's GIN matches; rows of the wrong language are rechecked away.
CREATE INDEX section_search_idx ON section USING gin (search_vector);
CREATE INDEX paragraph_version_search_idx ON paragraph_version USING gin (search_vector);
-- Only what readers may find: published comments, and held ones for the moderators who ask.
CREATE INDEX comment_search_idx ON comment USING gin (search_vector) WHERE status IN ('PUBLISHED', 'PENDING');
-- "27(b)" is matched as a number, not as words.
CREATE INDEX paragraph_number_idx ON paragraph (consultation_id, number);

CREATE FUNCTION section_takes_consultation_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.language := (SELECT language FROM consultation WHERE id = NEW.consultation_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER section_language BEFORE INSERT ON section
    FOR EACH ROW EXECUTE FUNCTION section_takes_consultation_language();

-- A paragraph's versions and the comments on it take the language of the paragraph's consultation.
CREATE FUNCTION row_takes_paragraph_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.language := (SELECT c.language FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                     WHERE p.id = NEW.paragraph_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER paragraph_version_language BEFORE INSERT ON paragraph_version
    FOR EACH ROW EXECUTE FUNCTION row_takes_paragraph_language();
CREATE TRIGGER comment_language BEFORE INSERT ON comment
    FOR EACH ROW EXECUTE FUNCTION row_takes_paragraph_language();

-- Versions stay immutable, except for the language copied onto them.
DROP TRIGGER paragraph_version_is_immutable ON paragraph_version;
CREATE FUNCTION forbid_update_but_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(OLD) - 'language' - 'search_vector') IS DISTINCT FROM (to_jsonb(NEW) - 'language' - 'search_vector') THEN
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER paragraph_version_is_immutable
    BEFORE UPDATE ON paragraph_version
    FOR EACH ROW EXECUTE FUNCTION forbid_update_but_language();

-- An admin changes the consultation's language: its text and comments are stemmed again in the new one.
CREATE FUNCTION consultation_language_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE section SET language = NEW.language WHERE consultation_id = NEW.id;
    UPDATE paragraph_version v SET language = NEW.language
        FROM paragraph p WHERE p.id = v.paragraph_id AND p.consultation_id = NEW.id;
    UPDATE comment m SET language = NEW.language
        FROM paragraph p WHERE p.id = m.paragraph_id AND p.consultation_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER consultation_language AFTER UPDATE OF language ON consultation
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION consultation_language_follows();

-- The owners' views get the new columns, at their end (decision 28).
CREATE OR REPLACE VIEW consultation.consultation AS SELECT * FROM public.consultation;
CREATE OR REPLACE VIEW consultation.section AS SELECT * FROM public.section;
CREATE OR REPLACE VIEW consultation.paragraph_version AS SELECT * FROM public.paragraph_version;
CREATE OR REPLACE VIEW discussion.comment AS SELECT * FROM public.comment;
-- Who moderates which consultation: search offers held comments to them.
CREATE VIEW moderation.consultation_moderator AS SELECT consultation_id, account_id FROM public.consultation_moderator;
