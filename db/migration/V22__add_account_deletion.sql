-- A participant may delete their account: the row stays (their comments refer to it) but everything
-- that names them is erased. Each consultation says what happens to what they wrote there:
-- ANONYMISE shows it under "former participant", REMOVE erases the words and keeps the thread's shape.
ALTER TABLE account ADD COLUMN deleted_at timestamptz;

ALTER TABLE consultation ADD COLUMN deleted_account_comments text NOT NULL DEFAULT 'ANONYMISE'
    CHECK (deleted_account_comments IN ('ANONYMISE', 'REMOVE'));
