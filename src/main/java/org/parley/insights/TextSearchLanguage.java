package org.parley.insights;

import org.parley.consultation.ConsultationSummary;

/**
 * The PostgreSQL text search configuration (stop words and Snowball stemmer) for a consultation's
 * language, without the accent folding search adds ({@code parley_<code>}): terms are shown as written.
 */
enum TextSearchLanguage {
    ENGLISH("english_stem"), FRENCH("french_stem"), SPANISH("spanish_stem");

    private final String dictionary;

    TextSearchLanguage(String dictionary) {
        this.dictionary = dictionary;
    }

    static TextSearchLanguage of(ConsultationSummary consultation) {
        return switch (consultation.language()) {
            case EN -> ENGLISH;
            case FR -> FRENCH;
            case ES -> SPANISH;
        };
    }

    /** The Snowball dictionary: {@code ts_lexize} gives a word's stem, or nothing for a stop word. */
    String dictionary() {
        return dictionary;
    }
}
