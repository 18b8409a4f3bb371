package org.parley.consultation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RebaseTest {

    static final String V1 = "The UN should convene all stakeholders. Its role is to listen.";

    @Test
    void aWholeParagraphRewordingIsMergedWithTheLaterVersion() {
        var rebase = Rebase.of(V1, V1.replace("The UN", "The UN, in Geneva,"), null, V1.replace("listen", "lead"));

        assertThat(rebase.text()).isEqualTo("The UN, in Geneva, should convene all stakeholders. Its role is to lead.");
    }

    @Test
    void aPassageRewordingFollowsItsPassageWhereverItNowStands() {
        String moved = "Its role is to listen. The UN should convene all stakeholders.";

        assertThat(Rebase.of(V1, moved, "convene all stakeholders", "bring all stakeholders together").text())
                .isEqualTo("Its role is to listen. The UN should bring all stakeholders together.");
    }

    @Test
    void aPassageThatChangedSinceIsAConflictAndTheOldReplacementIsNotApplied() {
        var rebase = Rebase.of(V1, V1.replace("all stakeholders", "every stakeholder"), "convene all stakeholders", "gather all stakeholders");

        assertThat(rebase.isClean()).isFalse();
        assertThat(rebase.text()).isNull();
    }

    @Test
    void aPassageThatNowOccursTwiceIsPlacedByTheMergeOrIsAConflict() {
        String twice = "Its role is to listen. " + V1;

        assertThat(Rebase.of(V1, twice, "to listen", "to hear").text())
                .isEqualTo("Its role is to listen. The UN should convene all stakeholders. Its role is to hear.");
        assertThat(Rebase.of(twice, twice, "to listen", "to hear").isClean()).as("written on that text: which one?").isFalse();
    }
}
