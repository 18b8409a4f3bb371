package org.parley.insights;

import org.parley.consultation.ConsultationSummary;

/**
 * The PostgreSQL text search configuration (stop words and Snowball stemmer) for a consultation's
 * language. Consultations have no language of their own yet, so every one is English.
 */
enum TextSearchLanguage {
    ENGLISH("english_stem"), FRENCH("french_stem"), SPANISH("spanish_stem");

    private final String dictionary;

    TextSearchLanguage(String dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * TODO(merge): once consultation has its {@code language} column ('en', 'fr', 'es'), read it here:
     * {@code switch (consultation.language()) { case "fr" -> FRENCH; case "es" -> SPANISH; default -> ENGLISH; }}.
     */
    static TextSearchLanguage of(ConsultationSummary consultation) {
        return ENGLISH;
    }

    /** The Snowball dictionary: {@code ts_lexize} gives a word's stem, or nothing for a stop word. */
    String dictionary() {
        return dictionary;
    }
}
