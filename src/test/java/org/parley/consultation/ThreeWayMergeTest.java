package org.parley.consultation;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ThreeWayMerge.Conflict;
import org.parley.consultation.ThreeWayMerge.Merged;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

    static final String BASE = "The meeting in Geneva agreed that the UN should convene all stakeholders.";

    @Test
    void changesToDifferentWordsMergeByThemselves() {
        var result = ThreeWayMerge.merge(BASE,
                BASE.replace("Geneva", "Geneva, Switzerland,"),
                BASE.replace("should convene", "must bring together"));

        assertThat(result.isClean()).isTrue();
        assertThat(result.text()).contains(
                "The meeting in Geneva, Switzerland, agreed that the UN must bring together all stakeholders.");
    }

    @Test
    void changesToTheSameWordsConflictWithBothSides() {
        var result = ThreeWayMerge.merge(BASE,
                BASE.replace("should convene", "shall convene"),
                BASE.replace("should convene", "must bring together"));

        assertThat(result.isClean()).isFalse();
        assertThat(result.text()).isEmpty();
        assertThat(result.parts()).as("the words next to the one both changed belong to the conflict").containsExactly(
                new Merged("The meeting in Geneva agreed that the UN "),
                new Conflict("should convene", "shall convene", "must bring together"),
                new Merged(" all stakeholders."));
    }

    @Test
    void theSameChangeOnBothSidesMergesCleanly() {
        String changed = BASE.replace("convene", "bring together");

        assertThat(ThreeWayMerge.merge(BASE, changed, changed).text()).contains(changed);
        var alsoElsewhere = ThreeWayMerge.merge(BASE, changed.replace("meeting", "session"), changed);
        assertThat(alsoElsewhere.text()).contains(changed.replace("meeting", "session"));
    }

    @Test
    void insertionsAtTheSamePlaceConflict() {
        var result = ThreeWayMerge.merge(BASE,
                BASE.replace("all stakeholders", "all relevant stakeholders"),
                BASE.replace("all stakeholders", "all interested stakeholders"));

        assertThat(result.isClean()).isFalse();
        assertThat(result.conflicts()).hasSize(1);
        var conflict = result.conflicts().get(0);
        assertThat(conflict.ours()).contains("relevant");
        assertThat(conflict.theirs()).contains("interested");
        assertThat(conflict.base()).doesNotContain("relevant", "interested");
    }

    @Test
    void changesToNeighbouringWordsConflict() {
        assertThat(ThreeWayMerge.merge("a b c d e", "a B c d e", "a b c D e").text()).contains("a B c D e");
        assertThat(ThreeWayMerge.merge("a b c d", "a B c d", "a b C d").conflicts())
                .containsExactly(new Conflict("b c", "B c", "b C"));
        var touching = ThreeWayMerge.merge("a b c d", "a B c d", "a b, c d");
        assertThat(touching.conflicts()).as("a comma right after the word the other side changed")
                .containsExactly(new Conflict("b", "B", "b,"));
    }

    @Test
    void aRewriteOfTheWholeTextConflictsAsOneAndIsNeverHalfMerged() {
        var result = ThreeWayMerge.merge(BASE, BASE.replace("meeting", "session"), "Something else entirely, in other words.");

        assertThat(result.parts()).containsExactly(
                new Conflict(BASE, BASE.replace("meeting", "session"), "Something else entirely, in other words."));
    }

    @Test
    void oneUnchangedSideGivesTheOther() {
        assertThat(ThreeWayMerge.merge(BASE, BASE, "Something else.").text()).contains("Something else.");
        assertThat(ThreeWayMerge.merge(BASE, "Something else.", BASE).text()).contains("Something else.");
    }

    @Test
    void theMergedPartsPutTogetherGiveEachSide() {
        String ours = BASE.replace("meeting", "session").replace("should", "shall");
        String theirs = BASE.replace("should", "must").replace("stakeholders.", "stakeholders, twice a year.");
        var result = ThreeWayMerge.merge(BASE, ours, theirs);

        String oursAgain = result.parts().stream()
                .map(part -> part instanceof Conflict conflict ? conflict.ours() : ((Merged) part).text())
                .collect(Collectors.joining());
        assertThat(oursAgain).isEqualTo(ours.replace("stakeholders.", "stakeholders, twice a year."));
        assertThat(result.conflicts()).containsExactly(new Conflict("should", "shall", "must"));
    }

    @Test
    void aTextTooDifferentToDiffWithinBoundsIsOneConflict() {
        String base = words("base", ThreeWayMerge.MAX_CHANGED_TOKENS + 2);
        String ours = words("ours", ThreeWayMerge.MAX_CHANGED_TOKENS + 2);
        String theirs = base + " And one more sentence.";

        var result = ThreeWayMerge.merge(base, ours, theirs);

        assertThat(result.parts().size()).isEqualTo(1);
        assertThat(result.parts().get(0).equals(new Conflict(base, ours, theirs))).as("the whole texts, as one conflict").isTrue();
    }

    @Test
    void aLongTextWithFewChangesStillMerges() {
        String base = words("word", 20_000);
        String ours = "Start. " + base;
        String theirs = base + " End.";

        assertThat(ThreeWayMerge.merge(base, ours, theirs).text().equals(java.util.Optional.of("Start. " + base + " End.")))
                .as("merged").isTrue();
    }

    private static String words(String stem, int count) {
        return IntStream.range(0, count / 2).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }
}
