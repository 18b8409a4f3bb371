-- What a consultation calls the units of its text: EuroDIG's messages, a law's articles, a report's recommendations.
-- Every page of the consultation uses that word; most texts have paragraphs.
ALTER TABLE consultation ADD COLUMN unit text NOT NULL DEFAULT 'PARAGRAPH'
    CHECK (unit IN ('MESSAGE', 'PARAGRAPH', 'ARTICLE', 'RECOMMENDATION'));
