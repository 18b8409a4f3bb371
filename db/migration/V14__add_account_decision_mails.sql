-- Whether a participant is mailed when organisers decide on a paragraph they took part in.
ALTER TABLE account ADD COLUMN decision_mails boolean NOT NULL DEFAULT true;
