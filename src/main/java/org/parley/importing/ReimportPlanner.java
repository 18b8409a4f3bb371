package org.parley.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.CurrentText;
import org.parley.consultation.PlainText;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;
import org.parley.consultation.TextRevision;
import org.parley.consultation.WordDiff;
import org.parley.discussion.CommentAnchors;
import org.springframework.stereotype.Component;

/** Lines a parsed revision up with the live text: sections by heading, paragraphs by the matcher, comments by their quotes. */
@Component
class ReimportPlanner {

    private final CommentAnchors anchors;

    ReimportPlanner(CommentAnchors anchors) {
        this.anchors = anchors;
    }

    ReimportPlan plan(CurrentText current, TextOutline outline, Map<Integer, Integer> forced) {
        var paragraphs = TextRevision.paragraphsInOrder(outline);
        var match = new ReimportMatcher().match(
                current.paragraphs().stream().map(CurrentText.Paragraph::text).toList(),
                paragraphs.stream().map(p -> p.text()).toList(), forced,
                current.removed().stream().map(CurrentText.Paragraph::text).toList());
        var sectionIds = sectionIds(current, outline);
        var sectionOfNew = sectionOfEachParagraph(outline, sectionIds);
        var moved = moved(current, match, sectionOfNew);
        var plainTexts = new HashMap<Integer, String>();
        var fates = new ArrayList<CommentAnchors.ParagraphFate>();
        for (int o = 0; o < current.paragraphs().size(); o++) {
            var old = current.paragraphs().get(o);
            int n = match.newOfOld()[o];
            if (n != ReimportMatcher.Result.NONE) {
                var destinations = new ArrayList<CommentAnchors.Destination>();
                boolean unchanged = WordDiff.readSame(old.html(), paragraphs.get(n).html());
                destinations.add(new CommentAnchors.Destination(n, unchanged ? old.plainText() : plainText(n, paragraphs, plainTexts)));
                for (int part = 0; part < paragraphs.size(); part++) {
                    if (match.splitFrom()[part] == o) {
                        destinations.add(new CommentAnchors.Destination(part, plainText(part, paragraphs, plainTexts)));
                    }
                }
                fates.add(new CommentAnchors.ParagraphFate(old.id(), old.plainText(), true, destinations));
            } else if (match.mergedInto()[o] != ReimportMatcher.Result.NONE) {
                int into = match.mergedInto()[o];
                fates.add(new CommentAnchors.ParagraphFate(old.id(), old.plainText(), false,
                        List.of(new CommentAnchors.Destination(into, plainText(into, paragraphs, plainTexts)))));
            } else {
                fates.add(new CommentAnchors.ParagraphFate(old.id(), old.plainText(), false, List.of()));
            }
        }
        // a restored paragraph's comments come back with it, their quotes placed on its wording again
        for (int n = 0; n < paragraphs.size(); n++) {
            int restored = match.restoredOfNew()[n];
            if (restored != ReimportMatcher.Result.NONE) {
                var old = current.removed().get(restored);
                boolean unchanged = old.html().equals(paragraphs.get(n).html());
                fates.add(new CommentAnchors.ParagraphFate(old.id(), old.plainText(), true, List.of(
                        new CommentAnchors.Destination(n, unchanged ? old.plainText() : plainText(n, paragraphs, plainTexts)))));
            }
        }
        return new ReimportPlan(current, outline, paragraphs, match, sectionIds, moved, anchors.plan(fates));
    }

    private static String plainText(int n, List<org.parley.consultation.ParagraphOutline> paragraphs, Map<Integer, String> cache) {
        return cache.computeIfAbsent(n, i -> PlainText.of(paragraphs.get(i).html()).text());
    }

    /* A live section continues in the first section of the revision with the same heading words, in order. */
    private static List<@Nullable Long> sectionIds(CurrentText current, TextOutline outline) {
        var waiting = new HashMap<String, ArrayDeque<Long>>();
        for (var section : current.sections()) {
            waiting.computeIfAbsent(heading(section.title()), key -> new ArrayDeque<>()).add(section.id());
        }
        var ids = new ArrayList<@Nullable Long>();
        for (var section : TextRevision.sectionsInOrder(outline)) {
            var same = waiting.get(heading(section.title()));
            ids.add(same == null || same.isEmpty() ? null : same.poll());
        }
        return ids;
    }

    private static String heading(@Nullable String title) {
        return title == null ? "" : Words.normalise(title);
    }

    private static List<@Nullable Long> sectionOfEachParagraph(TextOutline outline, List<@Nullable Long> sectionIds) {
        var sections = TextRevision.sectionsInOrder(outline);
        var result = new ArrayList<@Nullable Long>();
        for (int s = 0; s < sections.size(); s++) {
            SectionOutline section = sections.get(s);
            for (int p = 0; p < section.paragraphs().size(); p++) {
                result.add(sectionIds.get(s));
            }
        }
        return result;
    }

    /*
     * A continued paragraph moved when it changed section, or when it is out of the longest run of
     * continued paragraphs that kept their order (so one paragraph moved up does not make all the
     * others it jumped over count as moved).
     */
    private static boolean[] moved(CurrentText current, ReimportMatcher.Result match, List<@Nullable Long> sectionOfNew) {
        int count = match.oldOfNew().length;
        boolean[] moved = new boolean[count];
        var matched = new ArrayList<Integer>();
        for (int n = 0; n < count; n++) {
            if (match.oldOfNew()[n] != ReimportMatcher.Result.NONE) {
                matched.add(n);
            }
        }
        var inOrder = longestIncreasingRun(matched.stream().mapToInt(n -> match.oldOfNew()[n]).toArray());
        for (int i = 0; i < matched.size(); i++) {
            int n = matched.get(i);
            var old = current.paragraphs().get(match.oldOfNew()[n]);
            Long section = sectionOfNew.get(n);
            moved[n] = !inOrder[i] || section == null || section != old.sectionId();
        }
        return moved;
    }

    /* Marks the members of one longest strictly increasing subsequence (patience sorting, n log n). */
    static boolean[] longestIncreasingRun(int[] values) {
        int[] tails = new int[values.length];
        int[] previous = new int[values.length];
        int length = 0;
        for (int i = 0; i < values.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[tails[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] member = new boolean[values.length];
        Arrays.fill(member, false);
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            member[i] = true;
        }
        return member;
    }
}
