package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import java.util.function.BiPredicate;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import org.jspecify.annotations.Nullable;
import org.parley.consultation.ReaderText.Format;
import org.parley.consultation.ReaderText.Token;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A word-level diff of two texts, the way readers compare versions of a paragraph and a proposal
 * with the version it was written on. Words, runs of whitespace and each punctuation mark are
 * separate tokens, so that a changed comma shows. {@link #rendered} diffs what readers see (the
 * words of the rendered text, with their formatting); {@link #words} diffs a text as it is.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|[^\\p{L}\\p{M}\\p{N}_\\s]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+");
    private static final int MIN_MOVED_WORDS = 3;

    /**
     * At most this many steps (token comparisons and edit-graph diagonals) for one diff: a few
     * milliseconds. A proposal that rewrites a long paragraph from end to end needs more and is
     * shown as a replacement of the whole, which is what it is.
     */
    public static final long MAX_STEPS = 1_000_000;

    private WordDiff() {
    }

    /** What happened to a part of the text. A move is a block of three or more words deleted in one place and inserted identically in another. */
    public enum Kind { SAME, INSERTED, DELETED, MOVED_FROM, MOVED_TO }

    /** A run of text with one {@link Kind}; two adjacent parts never have the same kind. */
    public record DiffPart(Kind kind, String text) {
    }

    /** How many words were inserted, deleted and moved, for a one-line summary of a diff. */
    public record Summary(int inserted, int deleted, int moved) {

        public boolean isUnchanged() {
            return inserted == 0 && deleted == 0 && moved == 0;
        }

        /** "3 words inserted, 1 deleted" in the reader's language, from the diff.summary.* messages. */
        public String describe(MessageSource messages, Locale locale) {
            if (isUnchanged()) {
                return messages.getMessage("diff.summary.none", null, locale);
            }
            String text = messages.getMessage("diff.summary", new Object[] {inserted, deleted}, locale);
            return moved == 0 ? text : text + messages.getMessage("diff.summary.moved", new Object[] {moved}, locale);
        }
    }

    /**
     * The parts of {@code before} and {@code after}, in reading order: a replacement is one
     * deleted part followed by one inserted part. The SAME, DELETED and MOVED_FROM parts put
     * together give {@code before}; the SAME, INSERTED and MOVED_TO parts give {@code after}.
     * Its work is bounded by {@link #MAX_STEPS}: past it, the text between the common start and
     * end reads as replaced as a whole.
     */
    public static List<DiffPart> words(String before, String after) {
        return diff(plainTokens(before), plainTokens(after)).parts();
    }

    /**
     * The diff of two texts as readers see them, from their sanitized HTML: the words of the
     * rendered text are compared, with their formatting (a word that became bold has changed),
     * and the HTML keeps bold, italic, code and links inside the marked changes, so that a reader
     * never sees Markdown or HTML markup. Its work is bounded like {@link #words}.
     */
    public static Shown rendered(String beforeHtml, String afterHtml, MessageSource messages, Locale locale) {
        var before = ReaderText.of(beforeHtml);
        var after = ReaderText.of(afterHtml);
        var outcome = diff(before.tokens(), after.tokens());
        return new Shown(render(outcome.parts(), before, after, messages, locale), summary(outcome.parts()), outcome.steps());
    }

    /**
     * Whether two HTML texts read the same: the same words and punctuation with the same
     * formatting and links, in the same blocks, whatever their markup ({@code <b>} or
     * {@code <strong>}, spaces inside or outside a bold run, a list item's text in a paragraph or not).
     */
    public static boolean readSame(String html, String otherHtml) {
        return html.equals(otherHtml) || ReaderText.of(html).tokens().equals(ReaderText.of(otherHtml).tokens());
    }

    /** A diff ready to show: its escaped HTML, how much changed, and how many steps of the diff algorithm it took. */
    public record Shown(String html, Summary summary, long steps) {
    }

    /** Counts the words (not spaces or punctuation) of each kind of change. */
    public static Summary summary(List<DiffPart> parts) {
        int inserted = 0;
        int deleted = 0;
        int moved = 0;
        for (var part : parts) {
            switch (part.kind()) {
                case INSERTED -> inserted += wordCount(part.text());
                case DELETED -> deleted += wordCount(part.text());
                case MOVED_TO -> moved += wordCount(part.text());
                default -> { }
            }
        }
        return new Summary(inserted, deleted, moved);
    }

    /**
     * The parts as escaped HTML: insertions in {@code <ins>}, deletions in {@code <del>}, each
     * opening with a visually hidden label (diff.inserted, diff.deleted, diff.movedFrom,
     * diff.movedTo) so that a screen reader says what changed and nobody depends on colour.
     */
    public static String html(List<DiffPart> parts, MessageSource messages, Locale locale) {
        return render(parts, null, null, messages, locale);
    }

    /* With the texts read from HTML, each part takes the formatting of its characters on the side it comes from. */
    private static String render(List<DiffPart> parts, @Nullable ReaderText before, @Nullable ReaderText after,
                                 MessageSource messages, Locale locale) {
        var html = new StringBuilder();
        int inBefore = 0;
        int inAfter = 0;
        for (var part : parts) {
            int length = part.text().length();
            boolean fromBefore = part.kind() == Kind.DELETED || part.kind() == Kind.MOVED_FROM;
            var side = fromBefore ? before : after;
            String text = side == null ? HtmlUtils.htmlEscape(part.text()) : side.html(fromBefore ? inBefore : inAfter, length);
            if (part.kind() != Kind.INSERTED && part.kind() != Kind.MOVED_TO) {
                inBefore += length;
            }
            if (!fromBefore) {
                inAfter += length;
            }
            switch (part.kind()) {
                case SAME -> html.append(text);
                case INSERTED -> changed(html, "ins", "diff-inserted", messages.getMessage("diff.inserted", null, locale), text);
                case DELETED -> changed(html, "del", "diff-deleted", messages.getMessage("diff.deleted", null, locale), text);
                case MOVED_FROM -> changed(html, "del", "diff-moved-from", messages.getMessage("diff.movedFrom", null, locale), text);
                case MOVED_TO -> changed(html, "ins", "diff-moved-to", messages.getMessage("diff.movedTo", null, locale), text);
            }
        }
        return html.toString();
    }

    private static void changed(StringBuilder html, String tag, String cssClass, String label, String text) {
        html.append('<').append(tag).append(" class=\"").append(cssClass).append("\"><span class=\"visually-hidden\">")
                .append(HtmlUtils.htmlEscape(label)).append(" </span>").append(text).append("</").append(tag).append('>');
    }

    private static List<Token> plainTokens(String text) {
        return tokens(text).stream().map(token -> new Token(token, Format.NONE)).toList();
    }

    private record Outcome(List<DiffPart> parts, long steps) {
    }

    /* Myers' diff, counting its steps: every comparison of two tokens and every diagonal it tries. */
    private static Outcome diff(List<Token> from, List<Token> to) {
        long[] steps = {0};
        BiPredicate<Token, Token> equal = (a, b) -> {
            step(steps, 1);
            return a.equals(b);
        };
        var listener = new DiffAlgorithmListener() {
            @Override
            public void diffStart() {
            }

            @Override
            public void diffStep(int value, int max) {
                step(steps, 2L * value + 1);
            }

            @Override
            public void diffEnd() {
            }
        };
        List<DiffPart> parts;
        try {
            parts = parts(from, to, DiffUtils.diff(from, to, new MyersDiff<>(equal), listener).getDeltas());
        } catch (OverBudget tooMuchWork) {
            parts = replacedWhole(from, to);
        }
        return new Outcome(markMoves(groupChanges(spacesOutOfReplacements(groupChanges(foldLoneSpaces(parts))))), steps[0]);
    }

    private static void step(long[] steps, long count) {
        steps[0] += count;
        if (steps[0] > MAX_STEPS) {
            throw new OverBudget();
        }
    }

    /* Thrown inside the diff algorithm to stop it; never leaves this class. */
    private static final class OverBudget extends RuntimeException {

        OverBudget() {
            super(null, null, false, false);
        }
    }

    private static List<DiffPart> parts(List<Token> from, List<Token> to, List<AbstractDelta<Token>> deltas) {
        var parts = new ArrayList<DiffPart>();
        int position = 0;
        for (var delta : deltas) {
            for (; position < delta.getSource().getPosition(); position++) {
                parts.add(new DiffPart(Kind.SAME, from.get(position).text()));
            }
            delta.getSource().getLines().forEach(token -> parts.add(new DiffPart(Kind.DELETED, token.text())));
            delta.getTarget().getLines().forEach(token -> parts.add(new DiffPart(Kind.INSERTED, token.text())));
            position += delta.getSource().size();
        }
        for (; position < from.size(); position++) {
            parts.add(new DiffPart(Kind.SAME, from.get(position).text()));
        }
        return parts;
    }

    /* What a diff that ran out of steps shows: the common start and end unchanged, everything between replaced. */
    private static List<DiffPart> replacedWhole(List<Token> from, List<Token> to) {
        int start = 0;
        while (start < from.size() && start < to.size() && from.get(start).equals(to.get(start))) {
            start++;
        }
        int end = 0;
        while (end < from.size() - start && end < to.size() - start
                && from.get(from.size() - 1 - end).equals(to.get(to.size() - 1 - end))) {
            end++;
        }
        var parts = new ArrayList<DiffPart>();
        from.subList(0, start).forEach(token -> parts.add(new DiffPart(Kind.SAME, token.text())));
        from.subList(start, from.size() - end).forEach(token -> parts.add(new DiffPart(Kind.DELETED, token.text())));
        to.subList(start, to.size() - end).forEach(token -> parts.add(new DiffPart(Kind.INSERTED, token.text())));
        from.subList(from.size() - end, from.size()).forEach(token -> parts.add(new DiffPart(Kind.SAME, token.text())));
        return parts;
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** A single space kept between two changes makes "a b" → "x y" read as four changes; it becomes part of both. */
    private static List<DiffPart> foldLoneSpaces(List<DiffPart> parts) {
        var folded = new ArrayList<DiffPart>();
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            boolean between = i > 0 && i < parts.size() - 1
                    && parts.get(i - 1).kind() != Kind.SAME && parts.get(i + 1).kind() != Kind.SAME;
            if (part.kind() == Kind.SAME && between && part.text().isBlank()) {
                folded.add(new DiffPart(Kind.DELETED, part.text()));
                folded.add(new DiffPart(Kind.INSERTED, part.text()));
            } else {
                folded.add(part);
            }
        }
        return folded;
    }

    /** Each run of changes becomes at most one deleted part followed by one inserted part. */
    private static List<DiffPart> groupChanges(List<DiffPart> parts) {
        var grouped = new ArrayList<DiffPart>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        var same = new StringBuilder();
        for (var part : parts) {
            if (part.kind() == Kind.SAME) {
                flush(grouped, Kind.DELETED, deleted);
                flush(grouped, Kind.INSERTED, inserted);
                same.append(part.text());
            } else {
                flush(grouped, Kind.SAME, same);
                (part.kind() == Kind.DELETED ? deleted : inserted).append(part.text());
            }
        }
        flush(grouped, Kind.DELETED, deleted);
        flush(grouped, Kind.INSERTED, inserted);
        flush(grouped, Kind.SAME, same);
        return grouped;
    }

    /** "convene " → "bring together " reads better as "convene" → "bring together" followed by the unchanged space. */
    private static List<DiffPart> spacesOutOfReplacements(List<DiffPart> parts) {
        var result = new ArrayList<DiffPart>();
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            var next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            if (part.kind() != Kind.DELETED || next == null || next.kind() != Kind.INSERTED) {
                result.add(part);
                continue;
            }
            String lead = commonSpace(leadingSpace(part.text()), leadingSpace(next.text()), true);
            String trail = commonSpace(trailingSpace(part.text()), trailingSpace(next.text()), false);
            if (lead.length() + trail.length() >= Math.min(part.text().length(), next.text().length())) {
                result.add(part);
                continue;
            }
            result.add(new DiffPart(Kind.SAME, lead));
            result.add(new DiffPart(Kind.DELETED, part.text().substring(lead.length(), part.text().length() - trail.length())));
            result.add(new DiffPart(Kind.INSERTED, next.text().substring(lead.length(), next.text().length() - trail.length())));
            result.add(new DiffPart(Kind.SAME, trail));
            i++;
        }
        return result;
    }

    private static String leadingSpace(String text) {
        return text.substring(0, text.length() - text.stripLeading().length());
    }

    private static String trailingSpace(String text) {
        return text.substring(text.stripTrailing().length());
    }

    private static String commonSpace(String a, String b, boolean leading) {
        int n = 0;
        int max = Math.min(a.length(), b.length());
        while (n < max && (leading ? a.charAt(n) == b.charAt(n) : a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n))) {
            n++;
        }
        return leading ? a.substring(0, n) : a.substring(a.length() - n);
    }

    private static void flush(List<DiffPart> parts, Kind kind, StringBuilder text) {
        if (!text.isEmpty()) {
            parts.add(new DiffPart(kind, text.toString()));
            text.setLength(0);
        }
    }

    private static List<DiffPart> markMoves(List<DiffPart> parts) {
        var marked = new ArrayList<>(parts);
        for (int d = 0; d < marked.size(); d++) {
            var deleted = marked.get(d);
            if (deleted.kind() != Kind.DELETED || wordCount(deleted.text()) < MIN_MOVED_WORDS) {
                continue;
            }
            for (int i = 0; i < marked.size(); i++) {
                var inserted = marked.get(i);
                if (inserted.kind() == Kind.INSERTED && Math.abs(i - d) > 1
                        && inserted.text().strip().equals(deleted.text().strip())) {
                    marked.set(d, new DiffPart(Kind.MOVED_FROM, deleted.text()));
                    marked.set(i, new DiffPart(Kind.MOVED_TO, inserted.text()));
                    break;
                }
            }
        }
        return List.copyOf(marked);
    }

    private static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
