package org.parley.search;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The words a reader looks for, as typed: PostgreSQL's {@code websearch_to_tsquery} reads them
 * ("exact phrase", -word, or) and never fails on any text, so nothing is rewritten here. Refused
 * with a message: more than {@link #MAX_LENGTH} characters, and words that only leave out (a
 * search for everything but one word reads every row).
 */
record SearchQuery(String words) {

    static final int MAX_LENGTH = 500;

    /** A source number as texts print them: 27, 27(b), 4.3, IV.2. */
    private static final Pattern SOURCE_NUMBER = Pattern.compile("[0-9IVXLivxl]+([.)(][0-9a-zA-Z]{0,4}){0,4}\\)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    static SearchQuery parse(@Nullable String q) {
        var words = q == null ? "" : q.strip();
        if (words.length() > MAX_LENGTH) {
            throw new BadSearch("search.bad.tooLong", MAX_LENGTH, words.length());
        }
        var query = new SearchQuery(words);
        if (!query.isEmpty() && query.onlyLeavesOut()) {
            throw new BadSearch("search.bad.onlyLeftOut");
        }
        return query;
    }

    boolean isEmpty() {
        return !WORD.matcher(words).find();
    }

    /** The query as a paragraph or section number, matched as it is written ("27(b)" is not the words 27 and b). */
    @Nullable String sourceNumber() {
        return words.length() <= 40 && SOURCE_NUMBER.matcher(words).matches() && words.chars().anyMatch(Character::isDigit)
                ? words : null;
    }

    private boolean onlyLeavesOut() {
        for (String token : words.split("\\s+")) {
            if (!token.startsWith("-") && !token.equalsIgnoreCase("or") && WORD.matcher(token).find()) {
                return false;
            }
        }
        return true;
    }
}
