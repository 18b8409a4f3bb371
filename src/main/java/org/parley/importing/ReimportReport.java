package org.parley.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.TextRevision;
import org.parley.discussion.CommentAnchors;

/** What the admin sees before confirming a re-import; nothing is written until they confirm. */
record ReimportReport(ImportFormat format, String text, String fingerprint, String corrections, long unchanged,
                      long changed, long moved, long added, long removed, long sectionsAdded, long sectionsRemoved,
                      long commentsFollowing, long commentsReanchored, long commentsDetached, long commentsOnRemoved,
                      List<Row> rows, List<Removed> removedParagraphs, List<Detached> detached, long restored) {

    enum Status { UNCHANGED, CHANGED, ADDED, RESTORED }

    /** One paragraph of the revision; {@code oldNumber} is the live paragraph it continues. */
    record Row(String number, Status status, boolean moved, @Nullable String oldNumber, @Nullable String splitFrom,
               String html, @Nullable String diff, String match) {
    }

    /** A live paragraph nothing continues: removed, or merged into a paragraph of the revision. */
    record Removed(String number, String html, @Nullable String mergedInto) {
    }

    /** A comment whose quoted passage is not in the new wording. */
    record Detached(long commentId, String paragraphNumber, String quote) {
    }

    static ReimportReport of(ReimportPlan plan, ImportPreview revision, String corrections, Diffs diffs) {
        var match = plan.match();
        var current = plan.current();
        var rows = new ArrayList<Row>();
        for (int n = 0; n < plan.paragraphs().size(); n++) {
            var paragraph = plan.paragraphs().get(n);
            int old = match.oldOfNew()[n];
            String number = TextRevision.number(n, paragraph);
            int restored = match.restoredOfNew()[n];
            if (restored != ReimportMatcher.Result.NONE) {
                rows.add(new Row(number, Status.RESTORED, false, current.removed().get(restored).number(), null,
                        paragraph.html(), null, number + " = -"));
            } else if (old == ReimportMatcher.Result.NONE) {
                int from = match.splitFrom()[n];
                rows.add(new Row(number, Status.ADDED, false, null,
                        from == ReimportMatcher.Result.NONE ? null : current.paragraphs().get(from).number(),
                        paragraph.html(), null, number + " = -"));
            } else {
                var before = current.paragraphs().get(old);
                boolean changed = plan.changed(n);
                rows.add(new Row(number, changed ? Status.CHANGED : Status.UNCHANGED, plan.moved()[n], before.number(), null,
                        paragraph.html(), changed ? diffs.html(before.html(), paragraph.html()) : null,
                        number + " = " + before.number()));
            }
        }
        var removed = new ArrayList<Removed>();
        for (int o = 0; o < current.paragraphs().size(); o++) {
            if (match.newOfOld()[o] == ReimportMatcher.Result.NONE) {
                int into = match.mergedInto()[o];
                removed.add(new Removed(current.paragraphs().get(o).number(), current.paragraphs().get(o).html(),
                        into == ReimportMatcher.Result.NONE ? null : TextRevision.number(into, plan.paragraphs().get(into))));
            }
        }
        var numberById = new HashMap<Long, String>();
        current.paragraphs().forEach(p -> numberById.put(p.id(), p.number()));
        var detached = plan.comments().fates().stream()
                .filter(fate -> fate.outcome() == CommentAnchors.Outcome.DETACHED)
                .map(fate -> new Detached(fate.commentId(), numberById.getOrDefault(fate.paragraphId(), "?"),
                        fate.quote() == null ? "" : fate.quote()))
                .toList();
        var comments = plan.comments();
        return new ReimportReport(revision.format(), revision.text(), current.fingerprint(), corrections,
                plan.count(true, false), plan.count(true, true), plan.movedCount(), plan.count(false, false),
                plan.removedCount(), plan.sectionsAdded(), plan.sectionsRemoved(),
                comments.count(CommentAnchors.Outcome.FOLLOWS), comments.count(CommentAnchors.Outcome.REANCHORED),
                comments.count(CommentAnchors.Outcome.DETACHED), comments.count(CommentAnchors.Outcome.ON_REMOVED),
                rows, removed, detached, plan.restoredCount());
    }

    /** The rows worth a look: everything but paragraphs that stayed as and where they were. */
    public List<Row> changes() {
        return rows.stream().filter(row -> row.status() != Status.UNCHANGED || row.moved()).toList();
    }
}
