package org.parley.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphNumbersTest {

    private final PlainTextImporter plainText = new PlainTextImporter();

    @Test
    void sourceNumbersAreKeptWithSubParagraphsUnderTheirMainNumber() {
        var outline = ParagraphNumbers.apply(plainText.parse("""
                27. Member States should act.

                (a) first, together;

                (b) then, each on its own.

                A remark the source left unnumbered.

                28. The Forum should report.
                """), true);

        assertThat(Outlines.paragraphs(outline).map(p -> p.number() + " " + p.text())).containsExactly(
                "27 Member States should act.",
                "27(a) first, together;",
                "27(b) then, each on its own.",
                "¶4 A remark the source left unnumbered.",
                "28 The Forum should report.");
        assertThat(Outlines.paragraphs(outline).map(ParagraphOutline::html).toList().get(1))
                .isEqualTo("<p>first, together;</p>");
    }

    @Test
    void anOrdinaryNumberedListLeavesTheNumberingToParley() {
        String restarting = "1. First step.\n\n2. Second step.\n\n1. Another list.\n\n2. Its second item.\n";
        String fewNumbered = "Intro paragraph.\n\nAnother.\n\nA third.\n\n1. One item.\n\n2. Another item.\n";

        for (String text : List.of(restarting, fewNumbered)) {
            var outline = ParagraphNumbers.apply(plainText.parse(text), true);
            assertThat(Outlines.paragraphs(outline)).allSatisfy(p -> assertThat(p.number()).isNull());
            assertThat(Outlines.paragraphs(outline).map(ParagraphOutline::text)).anyMatch(t -> t.startsWith("1. "));
        }
    }

    @Test
    void numbersFoundByAnImporterAreDroppedWhenTheTextIsNotNumberedByParagraph() {
        var builder = new OutlineBuilder();
        builder.paragraph(new ParagraphOutline(ParagraphKind.ORDERED_ITEM, "One.", "One.", "1."));
        builder.paragraph(new ParagraphOutline(ParagraphKind.ORDERED_ITEM, "Two.", "Two.", "1."));

        var outline = ParagraphNumbers.apply(builder.build(), false);

        assertThat(Outlines.paragraphs(outline).map(ParagraphOutline::number)).containsExactly(null, null);
    }
}
