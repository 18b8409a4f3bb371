-- Re-import of a revised text: sections the revision dropped are kept and marked like paragraphs,
-- and a comment whose quoted passage is no longer in the text keeps its words and is marked detached.
ALTER TABLE section ADD COLUMN removed_at timestamptz;
ALTER TABLE comment ADD COLUMN quote_detached_at timestamptz;
ALTER TABLE comment ADD COLUMN quote_original text CHECK (length(quote_original) <= 5000);
