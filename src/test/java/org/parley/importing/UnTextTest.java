package org.parley.importing;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/* A UN report copied from its PDF: the structure the PDF import finds, found in the copied text too. */
class UnTextTest {

    private static final String COPIED = """
            A/HRC/50/55
            I. Introduction
            1. The present report is submitted pursuant to Human Rights Council resolution 47/16, in
            which the Council requested a report on the sub-regional and regional dimensions of
            digital public goods, the SDGs.1
            2. The High Commissioner recommends that States:
            (a) Adopt laws on access to information that cover the whole of the sub-
            regional administration;
            (b) Publish open data:
            (i) In formats that anyone can read;
            (ii) Under licences that allow reuse.
            __________________
            1 See General Assembly resolution 70/1.
            GE.22-12345(E)
            \fA/HRC/50/55
            2
            II. Human rights online
            A. Digital public goods
            3. Digital public goods contribute to the achievement of the Sustainable Development Goals
            across all regions.
            4. The Council may wish to consider the present report.
            13 May 2022
            """;

    @Test
    void headingsNumbersNotesAndFurnitureOfACopiedUnReport() {
        var cleaned = PdfText.read(COPIED);
        var outline = cleaned.notes().attach(ParagraphNumbers.apply(new PlainTextImporter().parse(cleaned.text()), true));

        assertThat(outline.sections()).extracting(SectionOutline::number, SectionOutline::title)
                .containsExactly(tuple("I", "Introduction"), tuple("II", "Human rights online"));
        assertThat(outline.sections().get(1).subsections()).extracting(SectionOutline::title)
                .containsExactly("Digital public goods");
        assertThat(Outlines.paragraphs(outline).map(ParagraphOutline::number))
                .containsExactly("1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "3", "4");
        var texts = Outlines.paragraphs(outline).map(ParagraphOutline::text).toList();
        assertThat(texts.get(0)).endsWith("sub-regional and regional dimensions of digital public goods, the SDGs.[1]"
                + "\n\n[1] See General Assembly resolution 70/1.");
        assertThat(texts.get(2)).isEqualTo("Adopt laws on access to information that cover the whole of the"
                + " sub-regional administration;");
        assertThat(String.join("\n", texts)).doesNotContain("A/HRC/50/55", "GE.22", "13 May 2022", "____");
        assertThat(cleaned.report().findings(outline)).extracting(ImportWarning::key).contains("import.found.notes",
                "import.dropped.runningLines", "import.dropped.pageNumbers", "import.dropped.separators");
    }

    @Test
    void aLetteredListContinuesPastHAndRomanNumeralsFollowEachOther() {
        var outline = ParagraphNumbers.apply(new PlainTextImporter().parse("""
                7. The Forum:

                (h) met;

                (i) reported;

                8. The Council:

                (a) decided;

                (i) first;

                (ii) second;

                (iii) third;

                (b) closed.
                """), true);

        assertThat(Outlines.paragraphs(outline).map(ParagraphOutline::number))
                .containsExactly("7", "7(h)", "7(i)", "8", "8(a)", "8(a)(i)", "8(a)(ii)", "8(a)(iii)", "8(b)");
    }
}
