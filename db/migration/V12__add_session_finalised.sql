-- Organisers mark their session's messages final; an admin may reopen them.
ALTER TABLE session
    ADD COLUMN finalised_at timestamptz,
    ADD COLUMN finalised_by bigint REFERENCES account (id),
    ADD CONSTRAINT session_finalised_by_whom CHECK ((finalised_at IS NULL) = (finalised_by IS NULL));
