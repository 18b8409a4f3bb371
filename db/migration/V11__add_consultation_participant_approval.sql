-- Some consultations (EuroDIG's) publish the comments of new participants only once an admin has approved them.
ALTER TABLE consultation ADD COLUMN participant_approval boolean NOT NULL DEFAULT false;
