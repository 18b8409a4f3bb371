package org.parley.consultation;

import java.util.Arrays;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The language a consultation's text and comments are written in, chosen by an admin: search stems
 * words in it and ignores its accents. Each has a text search configuration {@code parley_<code>}
 * in the database (V26); a language that follows needs one too.
 */
public enum TextLanguage {
    EN("en"), FR("fr"), ES("es");

    private final String code;

    TextLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as the database stores it. */
    public String code() {
        return code;
    }

    /** The database's text search configuration for it: a name of ours, never the reader's input. */
    public String searchConfiguration() {
        return "parley_" + code;
    }

    static TextLanguage ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language " + code));
    }

    /** Stored as its code, like the database's check and search configurations name it. */
    @Converter
    static class Column implements AttributeConverter<TextLanguage, String> {

        @Override
        public String convertToDatabaseColumn(TextLanguage language) {
            return language.code;
        }

        @Override
        public TextLanguage convertToEntityAttribute(String code) {
            return ofCode(code);
        }
    }
}
