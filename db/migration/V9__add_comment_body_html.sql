-- Comments are rendered and sanitized once, when written, like paragraph versions.
ALTER TABLE comment ADD COLUMN body_html text NOT NULL DEFAULT '';
ALTER TABLE comment ALTER COLUMN body_html DROP DEFAULT;
