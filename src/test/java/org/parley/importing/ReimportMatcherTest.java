package org.parley.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.importing.ReimportMatcher.Result.NONE;

class ReimportMatcherTest {

    private static final List<String> OLD = List.of(
            "The United Nations should convene a multistakeholder forum on digital cooperation.",
            "Governments must protect human rights online as they do offline, including privacy.",
            "Capacity building in developing countries needs predictable funding from donors.",
            "Artificial intelligence systems should be auditable and their decisions explainable.",
            "The Internet Governance Forum could become a policy incubator with a strategic focus.",
            "Cybersecurity norms need universal support; attribution remains a hard technical problem.");

    private final ReimportMatcher matcher = new ReimportMatcher();

    @Test
    void identicalTextMatchesExactlyWhateverTheCaseAndPunctuation() {
        var result = matcher.match(OLD, List.of(OLD.get(0).toUpperCase(), OLD.get(1).replace(",", "")), Map.of());

        assertThat(result.oldOfNew()).containsExactly(0, 1);
        assertThat(result.kindOfNew()).containsOnly(ReimportMatcher.Kind.EXACT);
        assertThat(result.newOfOld()).containsExactly(0, 1, NONE, NONE, NONE, NONE);
    }

    @Test
    void editedMovedAndRenumberedParagraphsKeepTheirMatch() {
        var revised = List.of(
                "27. The Internet Governance Forum could become a policy incubator with a clear strategic focus.",
                OLD.get(0),
                "Governments must protect human rights online as they do offline, including the right to privacy.",
                OLD.get(2),
                "A wholly new paragraph about satellites and spectrum allocation in orbit.",
                "Artificial intelligence systems should be auditable, and their decisions explainable to those affected.",
                OLD.get(5));

        var result = matcher.match(OLD, revised, Map.of());

        assertThat(result.oldOfNew()).containsExactly(4, 0, 1, 2, NONE, 3, 5);
        assertThat(result.kindOfNew()[0]).isEqualTo(ReimportMatcher.Kind.SIMILAR);
        assertThat(result.kindOfNew()[2]).isEqualTo(ReimportMatcher.Kind.SIMILAR);
        assertThat(result.similarityOfNew()[2]).isBetween(ReimportMatcher.THRESHOLD, 1.0);
    }

    @Test
    void aParagraphSplitInTwoKeepsItsAnchorInTheLargerPart() {
        var old = List.of("Capacity building in developing countries needs predictable funding from donors, "
                + "and the programmes should be designed with the communities they serve so that skills remain local.",
                OLD.get(0));
        var revised = List.of("Capacity building in developing countries needs predictable funding from donors.",
                "Programmes should be designed with the communities they serve, so that skills remain local.",
                OLD.get(0));

        var result = matcher.match(old, revised, Map.of());

        assertThat(result.oldOfNew()[2]).isEqualTo(1);
        assertThat(result.oldOfNew()[0] == 0 ^ result.oldOfNew()[1] == 0).as("exactly one part keeps the anchor").isTrue();
        int other = result.oldOfNew()[0] == 0 ? 1 : 0;
        assertThat(result.splitFrom()[other]).isEqualTo(0);
    }

    @Test
    void twoMergedParagraphsLeaveOneAnchorAndPointTheOtherAtTheMerge() {
        var revised = List.of(OLD.get(0),
                OLD.get(1) + " " + OLD.get(2),
                OLD.get(3), OLD.get(4), OLD.get(5));

        var result = matcher.match(OLD, revised, Map.of());

        int keeper = result.oldOfNew()[1];
        assertThat(keeper).isIn(1, 2);
        int merged = keeper == 1 ? 2 : 1;
        assertThat(result.newOfOld()[merged]).isEqualTo(NONE);
        assertThat(result.mergedInto()[merged]).isEqualTo(1);
    }

    @Test
    void anUnrelatedParagraphIsNotMatchedToALookAlike() {
        var revised = List.of("Governments must fund satellites, spectrum and orbit debris removal.");

        var result = matcher.match(OLD, revised, Map.of());

        assertThat(result.oldOfNew()).containsExactly(NONE);
        assertThat(result.mergedInto()).containsOnly(NONE);
    }

    @Test
    void theAdminsCorrectionsAreTakenAsTheyAreAndTheRestIsMatchedAroundThem() {
        var revised = List.of(OLD.get(0), OLD.get(1), OLD.get(2));

        var result = matcher.match(OLD, revised, Map.of(0, 3, 1, NONE));

        assertThat(result.oldOfNew()).containsExactly(3, NONE, 2);
        assertThat(result.kindOfNew()[0]).isEqualTo(ReimportMatcher.Kind.FORCED);
        assertThat(result.kindOfNew()[1]).isEqualTo(ReimportMatcher.Kind.FORCED);
    }

    @Test
    void aParagraphARevisionRemovedIsRestoredWhenItsWordsComeBack() {
        var live = List.of(OLD.get(0), OLD.get(1), OLD.get(3));
        var removed = List.of(OLD.get(2), "A paragraph removed long ago, about nothing else.");
        var revised = List.of(OLD.get(0), OLD.get(1), OLD.get(2).replace("donors", "Donors!"), OLD.get(3));

        var result = matcher.match(live, revised, Map.of(), removed);

        assertThat(result.oldOfNew()).containsExactly(0, 1, NONE, 2);
        assertThat(result.restoredOfNew()).containsExactly(NONE, NONE, 0, NONE);
        assertThat(result.kindOfNew()[2]).isEqualTo(ReimportMatcher.Kind.RESTORED);
    }

    @Test
    void aRemovedParagraphComesBackOnlyWithTheSameWordsAndNotWhenTheAdminSaysItIsNew() {
        var live = List.of(OLD.get(0), OLD.get(1));
        var removed = List.of(OLD.get(2));
        var revised = List.of(OLD.get(0), OLD.get(1), OLD.get(2).replace("predictable", "multi-year"));

        assertThat(matcher.match(live, revised, Map.of(), removed).restoredOfNew()).containsOnly(NONE);
        assertThat(matcher.match(live, List.of(OLD.get(0), OLD.get(2)), Map.of(1, NONE), removed).restoredOfNew())
                .containsOnly(NONE);
    }

    @Test
    void repeatedParagraphsArePairedInOrder() {
        var old = List.of("Agreed.", "First point about funding.", "Agreed.");
        var revised = List.of("Agreed.", "First point about funding and oversight.", "Agreed.");

        var result = matcher.match(old, revised, Map.of());

        assertThat(result.oldOfNew()).containsExactly(0, 1, 2);
    }

    @Test
    void threeThousandParagraphsAreMatchedOneToOne() {
        var old = new ArrayList<String>();
        var revised = new ArrayList<String>();
        for (int i = 0; i < 3000; i++) {
            old.add(Generated.paragraph(i));
            revised.add(i % 10 == 3 ? Generated.paragraph(i) + " With an added clause number " + i + "." : Generated.paragraph(i));
        }

        var result = matcher.match(old, revised, Map.of());

        for (int i = 0; i < 3000; i++) {
            assertThat(result.oldOfNew()[i]).as("paragraph %d", i).isEqualTo(i);
        }
    }

    /** Paragraphs of made-up words, each with a few words of its own. */
    static final class Generated {
        private static final String[] COMMON = {"the", "digital", "cooperation", "should", "include", "all",
                "stakeholders", "and", "governments", "must", "support", "open", "standards", "for", "people"};

        static String paragraph(int i) {
            var words = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                words.append(w % 6 == 0 ? "term" + Integer.toString(i * 7 + w, 36) : COMMON[(i + w * 3) % COMMON.length]).append(' ');
            }
            return words.toString().strip() + ".";
        }
    }
}
