package org.parley.discussion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotePlacerTest {

    private final QuotePlacer placer = new QuotePlacer();

    private static final String OLD = "The Internet Governance Forum should become a policy incubator, "
            + "with a strategic focus and a multistakeholder high-level body that reports to the Secretary-General.";

    private static Quote quoteIn(String text, String exact) {
        int start = text.indexOf(exact);
        int end = start + exact.length();
        return new Quote(exact, text.substring(Math.max(0, start - 32), start),
                text.substring(end, Math.min(text.length(), end + 32)), start, end);
    }

    @Test
    void theExactPassageIsFoundWhereItMovedTo() {
        String revised = "Building on its record, the Forum should become a policy incubator, with a strategic focus.";
        var quote = quoteIn(OLD, "a policy incubator");

        var placed = placer.placeExactly(revised, quote).orElseThrow();

        assertThat(placed.start()).isEqualTo(revised.indexOf("a policy incubator"));
        assertThat(placed.exact()).isEqualTo("a policy incubator");
        assertThat(placed.prefix()).endsWith("should become ");
    }

    @Test
    void aPassageWhoseWordingChangedSlightlyIsFoundByItsWordsAndContext() {
        String revised = "The Internet Governance Forum should become a policy incubator, "
                + "with a strategic focus and a multistakeholder high level panel that reports to the Secretary-General.";
        var quote = quoteIn(OLD, "a multistakeholder high-level body that reports to the Secretary-General");

        assertThat(placer.placeExactly(revised, quote)).isEmpty();
        var placed = placer.placeSimilar(revised, quote).orElseThrow();

        assertThat(placed.exact()).startsWith("a multistakeholder high level panel").endsWith("Secretary-General");
        assertThat(revised.substring(placed.start(), placed.end())).isEqualTo(placed.exact());
    }

    @Test
    void aPassageThatIsGoneIsNotPinnedOnALookAlike() {
        String revised = "The Forum should report each year to the General Assembly on its work and its funding.";
        var quote = quoteIn(OLD, "a multistakeholder high-level body that reports to the Secretary-General");

        assertThat(placer.placeExactly(revised, quote)).isEmpty();
        assertThat(placer.placeSimilar(revised, quote)).isEmpty();
    }

    @Test
    void aShortPassageIsPlacedOnlyExactly() {
        String revised = "The Forum should become an incubator of policy.";
        var quote = quoteIn(OLD, "policy incubator");

        assertThat(placer.placeSimilar(revised, quote)).isEmpty();
    }

    @Test
    void aPassageThatNowReadsTheSameInTwoPlacesIsLeftDetached() {
        String revised = "Funding should be predictable for the programmes of the Forum. "
                + "Funding should be predictable for the programmes of the regions.";
        var quote = new Quote("Funding must be predictable for the programmes", "", "", 0, 46);

        assertThat(placer.placeSimilar(revised, quote)).isEmpty();
    }
}
