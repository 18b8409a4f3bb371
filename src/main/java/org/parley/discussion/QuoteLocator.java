package org.parley.discussion;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Finds a quoted passage in a paragraph's plain text. People select words in a browser, paste
 * them from elsewhere or pick them on a phone, so whitespace and the exact offsets may differ:
 * the quote is matched with whitespace collapsed, and where it occurs more than once the
 * occurrence after the given prefix (or nearest the given start) wins.
 */
class QuoteLocator {

    static final int CONTEXT = 32;

    Optional<Quote> locate(String paragraphText, @Nullable String exact, @Nullable String prefix, @Nullable Integer start) {
        if (exact == null || exact.isBlank()) {
            return Optional.empty();
        }
        String wanted = collapse(exact);
        int best = -1;
        for (int at = paragraphText.indexOf(wanted); at >= 0; at = paragraphText.indexOf(wanted, at + 1)) {
            if (best < 0 || better(paragraphText, at, best, prefix, start)) {
                best = at;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int end = best + wanted.length();
        return Optional.of(new Quote(wanted,
                paragraphText.substring(Math.max(0, best - CONTEXT), best),
                paragraphText.substring(end, Math.min(paragraphText.length(), end + CONTEXT)),
                best, end));
    }

    private static boolean better(String text, int candidate, int best, @Nullable String prefix, @Nullable Integer start) {
        if (prefix != null && !prefix.isBlank()) {
            String wantedPrefix = collapse(prefix);
            boolean candidateFits = text.substring(0, candidate).stripTrailing().endsWith(wantedPrefix.stripTrailing());
            boolean bestFits = text.substring(0, best).stripTrailing().endsWith(wantedPrefix.stripTrailing());
            if (candidateFits != bestFits) {
                return candidateFits;
            }
        }
        return start != null && Math.abs(candidate - start) < Math.abs(best - start);
    }

    static String collapse(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
