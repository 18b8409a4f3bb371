package org.parley.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a quoted passage again in the new wording of its paragraph. The exact words first (with
 * {@link QuoteLocator}, the words before deciding between repeats); then the run of words most like
 * the quote, helped by the words that stood before and after it. A passage that is not clearly
 * there — too unlike, too short to judge, or as like in two places — is not placed: the comment is
 * detached rather than pinned on a look-alike.
 */
class QuotePlacer {

    static final double QUOTE_SIMILARITY = 0.7;
    static final double WITH_CONTEXT = 0.7;
    private static final int MIN_WORDS = 3;
    private static final int CONTEXT_WORDS = 5;
    private static final double TIE = 0.02;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final QuoteLocator locator = new QuoteLocator();

    Optional<Quote> placeExactly(String text, Quote quote) {
        return locator.locate(text, quote.exact(), quote.prefix(), quote.start());
    }

    Optional<Quote> placeSimilar(String text, Quote quote) {
        if (quote.exact() == null) {
            return Optional.empty();
        }
        var wanted = words(quote.exact()).stream().map(Word::lower).toList();
        if (wanted.size() < MIN_WORDS) {
            return Optional.empty();
        }
        var before = last(words(quote.prefix() == null ? "" : quote.prefix()), CONTEXT_WORDS);
        var after = first(words(quote.suffix() == null ? "" : quote.suffix()), CONTEXT_WORDS);
        var tokens = words(text);
        int shortest = Math.max(1, (int) Math.floor(wanted.size() * 0.75));
        int longest = (int) Math.ceil(wanted.size() * 1.25);
        Window best = null;
        Window rival = null;
        for (int length = shortest; length <= longest; length++) {
            for (int start = 0; start + length <= tokens.size(); start++) {
                double quoteScore = dice(wanted, lower(tokens.subList(start, start + length)));
                if (quoteScore < QUOTE_SIMILARITY) {
                    continue;
                }
                double context = context(before, after, tokens, start, start + length, quoteScore);
                // a window that starts and ends on the quote's own first and last words is the better cut
                double edges = (tokens.get(start).lower().equals(wanted.get(0)) ? 0.05 : 0)
                        + (tokens.get(start + length - 1).lower().equals(wanted.get(wanted.size() - 1)) ? 0.05 : 0);
                var window = new Window(start, start + length, quoteScore, 0.7 * quoteScore + 0.2 * context + edges);
                if (best == null || window.score() > best.score()) {
                    if (best != null && !best.overlaps(window)) {
                        rival = best;
                    }
                    best = window;
                } else if (!best.overlaps(window) && (rival == null || window.score() > rival.score())) {
                    rival = window;
                }
            }
        }
        if (best == null || best.score() < WITH_CONTEXT
                || rival != null && !rival.overlaps(best) && best.score() - rival.score() < TIE) {
            return Optional.empty();
        }
        int from = tokens.get(best.start()).start();
        int to = tokens.get(best.end() - 1).end();
        return Optional.of(new Quote(text.substring(from, to),
                text.substring(Math.max(0, from - QuoteLocator.CONTEXT), from),
                text.substring(to, Math.min(text.length(), to + QuoteLocator.CONTEXT)), from, to));
    }

    private record Word(String lower, int start, int end) {
    }

    private record Window(int start, int end, double quoteScore, double score) {

        boolean overlaps(Window other) {
            return start < other.end && other.start < end;
        }
    }

    private static double context(List<String> before, List<String> after, List<Word> tokens, int start, int end,
                                  double fallback) {
        if (before.isEmpty() && after.isEmpty()) {
            return fallback;
        }
        var around = new ArrayList<String>();
        around.addAll(lower(tokens.subList(Math.max(0, start - before.size()), start)));
        around.addAll(lower(tokens.subList(end, Math.min(tokens.size(), end + after.size()))));
        var expected = new ArrayList<String>(before);
        expected.addAll(after);
        return dice(expected, around);
    }

    private static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(word -> counts.merge(word, 1, Integer::sum));
        int shared = 0;
        for (String word : b) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                shared++;
                counts.put(word, left - 1);
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
        }
        return words;
    }

    private static List<String> lower(List<Word> words) {
        return words.stream().map(Word::lower).toList();
    }

    private static List<String> last(List<Word> words, int count) {
        return lower(words.subList(Math.max(0, words.size() - count), words.size()));
    }

    private static List<String> first(List<Word> words, int count) {
        return lower(words.subList(0, Math.min(count, words.size())));
    }
}
