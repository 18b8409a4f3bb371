-- When the final text was published: the reading page and the exports say so.
ALTER TABLE consultation ADD COLUMN published_at timestamptz;
