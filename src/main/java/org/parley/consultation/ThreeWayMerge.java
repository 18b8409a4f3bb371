package org.parley.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.difflib.DiffUtils;
import org.jspecify.annotations.Nullable;

/**
 * A three-way merge of two rewordings of one text, on {@link WordDiff}'s word tokens: what
 * "ours" changed in the base and what "theirs" changed are both kept where they change different
 * words with at least one unchanged word between them. Where they change the same words, words
 * next to each other, or insert at the same place, the result holds a {@link Conflict} with both
 * sides, unless both made the very same change; and when one side rewrote most of the text, a
 * conflict makes the whole text one conflict, since pieces of a rewrite merged around it would read as neither side. A text
 * too long to diff within a bounded effort is one conflict as a whole, never a slow merge.
 */
public final class ThreeWayMerge {

    /**
     * The most tokens (words, spaces, punctuation) in the stretch where a side differs from the base: a
     * worst case (three wholly different texts of this size) took 0.8–2.9 s on a loaded 2-core machine.
     */
    static final int MAX_CHANGED_TOKENS = 2_000;

    private ThreeWayMerge() {
    }

    /** A run of the merged text: agreed on, or a conflict. */
    public sealed interface Part permits Merged, Conflict {
    }

    /** Text both sides agree on, or that only one side changed. */
    public record Merged(String text) implements Part {
    }

    /** Words both sides changed differently: as they read in the base, in ours and in theirs. */
    public record Conflict(String base, String ours, String theirs) implements Part {
    }

    /** The merged text, as runs of merged text and conflicts; adjacent runs never are both {@link Merged}. */
    public record Result(List<Part> parts) {

        public boolean isClean() {
            return parts.stream().noneMatch(Conflict.class::isInstance);
        }

        /** The merged text, when nothing conflicts. */
        public Optional<String> text() {
            if (!isClean()) {
                return Optional.empty();
            }
            var text = new StringBuilder();
            parts.forEach(part -> text.append(((Merged) part).text()));
            return Optional.of(text.toString());
        }

        public List<Conflict> conflicts() {
            return parts.stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
        }
    }

    public static Result merge(String base, String ours, String theirs) {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return new Result(List.of(new Merged(ours)));
        }
        if (base.equals(ours)) {
            return new Result(List.of(new Merged(theirs)));
        }
        List<String> from = WordDiff.tokens(base);
        var ourEdits = edits(from, WordDiff.tokens(ours), true);
        var theirEdits = edits(from, WordDiff.tokens(theirs), false);
        if (ourEdits == null || theirEdits == null) {
            return new Result(List.of(new Conflict(base, ours, theirs)));
        }
        var all = new ArrayList<Edit>(ourEdits);
        all.addAll(theirEdits);
        all.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        var parts = new Parts();
        int position = 0;
        for (int i = 0; i < all.size(); ) {
            int start = all.get(i).start();
            int end = all.get(i).end();
            var group = new ArrayList<Edit>();
            // Edits that overlap, touch or have only spaces and punctuation between them go together:
            // words changed next to each other are one decision, and are never half merged.
            while (i < all.size() && (all.get(i).start() <= end || noWordBetween(from, end, all.get(i).start()))) {
                end = Math.max(end, all.get(i).end());
                group.add(all.get(i++));
            }
            parts.merged(join(from.subList(position, start)));
            String oursRegion = apply(from, start, end, group, true);
            String theirsRegion = apply(from, start, end, group, false);
            boolean oursChanged = group.stream().anyMatch(Edit::ours);
            boolean theirsChanged = group.stream().anyMatch(edit -> !edit.ours());
            if (!oursChanged || !theirsChanged || oursRegion.equals(theirsRegion)) {
                parts.merged(oursChanged ? oursRegion : theirsRegion);
            } else {
                parts.conflict(new Conflict(join(from.subList(start, end)), oursRegion, theirsRegion));
            }
            position = end;
        }
        parts.merged(join(from.subList(position, from.size())));
        var result = new Result(parts.list());
        if (!result.isClean() && (rewrites(ourEdits, from.size()) || rewrites(theirEdits, from.size()))) {
            // Pieces of a rewrite merged around a conflict read as neither side: show the two whole texts.
            return new Result(List.of(new Conflict(base, ours, theirs)));
        }
        return result;
    }

    /** Whether these edits replace more than half of the base's tokens. */
    private static boolean rewrites(List<Edit> edits, int baseSize) {
        return edits.stream().mapToInt(edit -> edit.end() - edit.start()).sum() * 2 > baseSize;
    }

    /** A change of one side: base tokens [start, end) replaced by {@code tokens}. */
    private record Edit(int start, int end, List<String> tokens, boolean ours) {
    }

    /**
     * The changes from {@code base} to {@code changed}, or null when they are too many to diff:
     * the common start and end are set aside first, so a long text with a few changes stays cheap.
     */
    private static @Nullable List<Edit> edits(List<String> base, List<String> changed, boolean ours) {
        int prefix = 0;
        int max = Math.min(base.size(), changed.size());
        while (prefix < max && base.get(prefix).equals(changed.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && base.get(base.size() - 1 - suffix).equals(changed.get(changed.size() - 1 - suffix))) {
            suffix++;
        }
        var from = base.subList(prefix, base.size() - suffix);
        var to = changed.subList(prefix, changed.size() - suffix);
        if (from.size() > MAX_CHANGED_TOKENS || to.size() > MAX_CHANGED_TOKENS) {
            return null;
        }
        var edits = new ArrayList<Edit>();
        for (var delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = prefix + delta.getSource().getPosition();
            edits.add(new Edit(start, start + delta.getSource().size(), List.copyOf(delta.getTarget().getLines()), ours));
        }
        return edits;
    }

    /** The base's tokens [start, end) with one side's edits of the group applied. */
    private static String apply(List<String> base, int start, int end, List<Edit> group, boolean ours) {
        var text = new StringBuilder();
        int position = start;
        for (var edit : group) {
            if (edit.ours() != ours) {
                continue;
            }
            text.append(join(base.subList(position, edit.start())));
            edit.tokens().forEach(text::append);
            position = edit.end();
        }
        return text.append(join(base.subList(position, end))).toString();
    }

    private static boolean noWordBetween(List<String> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            int first = tokens.get(i).codePointAt(0);
            if (Character.isLetterOrDigit(first) || first == '_' || Character.getType(first) == Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens);
    }

    /** Collects parts, joining adjacent merged text into one run. */
    private static final class Parts {

        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder merged = new StringBuilder();

        void merged(String text) {
            merged.append(text);
        }

        void conflict(Conflict conflict) {
            flush();
            parts.add(conflict);
        }

        List<Part> list() {
            flush();
            return List.copyOf(parts);
        }

        private void flush() {
            if (!merged.isEmpty()) {
                parts.add(new Merged(merged.toString()));
                merged.setLength(0);
            }
        }
    }
}
