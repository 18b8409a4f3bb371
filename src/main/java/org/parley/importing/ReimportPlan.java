package org.parley.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.CurrentText;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;
import org.parley.consultation.TextRevision;
import org.parley.consultation.WordDiff;
import org.parley.discussion.CommentAnchors;

/**
 * A revision lined up with the live text: what the report shows and, unchanged, what the
 * confirmation writes. Indexes are positions in the live text ("old") and in the revision ("new").
 */
record ReimportPlan(CurrentText current, TextOutline outline, List<ParagraphOutline> paragraphs,
                    ReimportMatcher.Result match, List<@Nullable Long> sectionIds, boolean[] moved,
                    CommentAnchors.Plan comments) {

    TextRevision revision() {
        var paragraphIds = new ArrayList<@Nullable Long>();
        for (int n = 0; n < paragraphs.size(); n++) {
            int old = match.oldOfNew()[n];
            int restored = match.restoredOfNew()[n];
            Long id = null;
            if (old != ReimportMatcher.Result.NONE) {
                id = current.paragraphs().get(old).id();
            } else if (restored != ReimportMatcher.Result.NONE) {
                id = current.removed().get(restored).id();
            }
            paragraphIds.add(id);
        }
        return new TextRevision(outline, sectionIds, paragraphIds);
    }

    boolean changed(int n) {
        int old = match.oldOfNew()[n];
        return old != ReimportMatcher.Result.NONE && !WordDiff.readSame(current.paragraphs().get(old).html(), paragraphs.get(n).html());
    }

    boolean restored(int n) {
        return match.restoredOfNew()[n] != ReimportMatcher.Result.NONE;
    }

    long restoredCount() {
        return Arrays.stream(match.restoredOfNew()).filter(r -> r != ReimportMatcher.Result.NONE).count();
    }

    /** Continued live paragraphs, changed or not; or ({@code matched} false) new ones, not counting restored ones. */
    long count(boolean matched, boolean changed) {
        int count = 0;
        for (int n = 0; n < paragraphs.size(); n++) {
            if (restored(n)) {
                continue;
            }
            if ((match.oldOfNew()[n] != ReimportMatcher.Result.NONE) == matched && (!matched || changed(n) == changed)) {
                count++;
            }
        }
        return count;
    }

    long movedCount() {
        int count = 0;
        for (boolean one : moved) {
            count += one ? 1 : 0;
        }
        return count;
    }

    long removedCount() {
        return Arrays.stream(match.newOfOld()).filter(n -> n == ReimportMatcher.Result.NONE).count();
    }

    long sectionsAdded() {
        return sectionIds.stream().filter(id -> id == null).count();
    }

    long sectionsRemoved() {
        return current.sections().size() - (sectionIds.size() - sectionsAdded());
    }
}
