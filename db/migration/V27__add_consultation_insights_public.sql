-- Whether a consultation's insights (/c/{slug}/insights) are public while it is still open or closed;
-- once published they always are. Read by the insights feature through ConsultationService.
ALTER TABLE consultation ADD COLUMN insights_public boolean NOT NULL DEFAULT false;
