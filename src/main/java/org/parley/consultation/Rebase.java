package org.parley.consultation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A proposed rewording brought from the version of the paragraph it was written on to the current
 * one, so that nobody accepts old wording over newer changes unawares. A rewording of the whole
 * paragraph is merged word by word with what changed since ({@link ThreeWayMerge}); a rewording of
 * a quoted passage applies where that passage now stands, if it is still there unchanged.
 *
 * @param text  the current text with the rewording applied, or null when it conflicts
 * @param parts the merge of a whole-paragraph rewording, with its conflicts; empty for a passage
 */
public record Rebase(@Nullable String text, List<ThreeWayMerge.Part> parts) {

    public boolean isClean() {
        return text != null;
    }

    /**
     * @param base     the paragraph's text when the proposal was written
     * @param current  the paragraph's text now
     * @param passage  the passage the proposal rewords, or null when it rewords the whole paragraph
     * @param proposed the proposed wording: of the whole paragraph, or of the passage
     */
    public static Rebase of(String base, String current, @Nullable String passage, String proposed) {
        if (passage == null) {
            var merge = ThreeWayMerge.merge(base, current, proposed);
            return new Rebase(merge.text().orElse(null), merge.parts());
        }
        int at = current.indexOf(passage);
        if (at < 0) {
            return new Rebase(null, List.of());
        }
        if (current.indexOf(passage, at + 1) < 0) {
            return new Rebase(replace(current, at, passage, proposed), List.of());
        }
        // The passage occurs more than once now: the merge with the text it was quoted from tells which.
        int inBase = base.indexOf(passage);
        if (base.equals(current) || inBase < 0 || base.indexOf(passage, inBase + 1) >= 0) {
            return new Rebase(null, List.of());
        }
        var merge = ThreeWayMerge.merge(base, current, replace(base, inBase, passage, proposed));
        return new Rebase(merge.text().orElse(null), List.of());
    }

    private static String replace(String text, int at, String passage, String replacement) {
        return text.substring(0, at) + replacement + text.substring(at + passage.length());
    }
}
