package org.parley.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    @Test
    void wordsBrokenAtALineEndAreJoinedAndRealHyphensKept() {
        String copied = """
                The consul-
                tation on the multi-
                stakeholder model and the non-
                state actors of the Asia-
                Pacific region ended after COVID-
                19 measures were lifted.
                """;

        assertThat(PdfText.clean(copied)).isEqualTo("The consultation on the multi-stakeholder model and the non-state"
                + " actors of the Asia-Pacific region ended after COVID-19 measures were lifted.\n\n");
    }

    @Test
    void theRestOfTheTextDecidesHowAHyphenatedWordIsWritten() {
        String copied = """
                Multilateral and well-known processes: the multi-
                lateral one and the well-
                known one were compared with a fairly long line that sets the usual line length here.
                """;

        assertThat(PdfText.clean(copied)).contains("the multilateral one and the well-known one");
    }

    @Test
    void pageNumbersAndRunningHeadersAreDroppedAndParagraphsJoinedAcrossPages() {
        String copied = "Chair's Summary of the Internet Governance Forum\n\n"
                + "The forum met in Kyoto and discussed artificial intelligence, data governance and the\n"
                + "fragmentation of the Internet at great length.\n\n"
                + "Page 1 of 3\n"
                + "\fIGF 2026 Chair's Summary\n\n"
                + "Participants called for a global dialogue that\n\n"
                + "- 2 -\n"
                + "\fIGF 2026 Chair's Summary\n\n"
                + "includes the Global South and respects human rights at every stage of the process.\n\n"
                + "iii\n";

        assertThat(PdfText.clean(copied)).isEqualTo("""
                Chair's Summary of the Internet Governance Forum

                The forum met in Kyoto and discussed artificial intelligence, data governance and the \
                fragmentation of the Internet at great length.

                Participants called for a global dialogue that includes the Global South and respects human rights \
                at every stage of the process.

                """);
    }

    @Test
    void aShortLineEndingASentenceEndsItsParagraphAndHeadingsStandAlone() {
        String copied = """
                1. Introduction
                The eighteenth meeting of the Forum brought together participants from many countries, online
                and on site, around eight themes.
                A new paragraph starts here without a blank line and runs on for a fairly long line of text
                until it ends.
                """;

        assertThat(PdfText.clean(copied)).isEqualTo("""
                1. Introduction

                The eighteenth meeting of the Forum brought together participants from many countries, online \
                and on site, around eight themes.

                A new paragraph starts here without a blank line and runs on for a fairly long line of text \
                until it ends.

                """);
    }

    @Test
    void textCopiedFromAPdfIsRecognisedAndOrdinaryTextIsNot() {
        assertThat(PdfText.looksCopiedFromPdf("One page.\fAnother page.")).isTrue();
        assertThat(PdfText.looksCopiedFromPdf("Text.\n\n12\n\nMore text.\n\nPage 13 of 40\n")).isTrue();
        assertThat(PdfText.looksCopiedFromPdf("A consul-\ntation, a hyphen-\nated word and a bro-\nken line.")).isTrue();
        assertThat(PdfText.looksCopiedFromPdf(Outlines.demo("000_b59dd4ee854dcf2d.txt"))).isFalse();
        assertThat(PdfText.looksCopiedFromPdf(Outlines.demo("001_fe91554a90d77d4e.txt"))).isFalse();
        assertThat(ImportFormat.detect("One page.\fAnother page.", "summary.txt")).isEqualTo(ImportFormat.PDF_TEXT);
        assertThat(ImportFormat.detect("One page.\fAnother page.", null)).isEqualTo(ImportFormat.PDF_TEXT);
    }
}
