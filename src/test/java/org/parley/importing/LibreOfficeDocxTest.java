package org.parley.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;

import static org.assertj.core.api.Assertions.assertThat;

/* What the corpus's expected texts do not show: the HTML that a LibreOffice document becomes. */
class LibreOfficeDocxTest {

    private final ParsedText report = new DocxImporter().parse(CorpusTest.read("lo-report.docx"));

    @Test
    void aNestedBulletListIsPartOfItsItem() {
        List<ParagraphOutline> bullets = Outlines.ofKind(report.outline(), ParagraphKind.BULLET_ITEM);

        assertThat(bullets).hasSize(3);
        assertThat(bullets.get(0).html())
                .isEqualTo("inclusion of the unconnected;<ul><li>rural areas first;</li><li>affordable devices;</li></ul>");
    }

    @Test
    void aQuotationIsABlockQuote() {
        assertThat(Outlines.ofKind(report.outline(), ParagraphKind.QUOTE)).singleElement().satisfies(quote -> {
            assertThat(quote.text()).isEqualTo("> “The Internet is a global public resource.”");
            assertThat(quote.html()).isEqualTo("<blockquote><p>“The Internet is a global public resource.”</p></blockquote>");
        });
    }

    @Test
    void trackedChangesAreAcceptedAndNotesKeptWithTheirParagraph() {
        String governance = Outlines.paragraphs(report.outline()).map(ParagraphOutline::html)
                .filter(html -> html.contains("Internet governance")).findFirst().orElseThrow();

        assertThat(governance).contains("remain open and multi-stakeholder in all its forms.[2]")
                .contains("<p>[2] As in the Tunis Agenda, paragraph 34.</p>").doesNotContain("exclusively");
        assertThat(report.warnings()).extracting(ImportWarning::key).containsExactly("import.warning.docx.trackedChanges");
    }

    @Test
    void mergedCellsSpanInTheTable() {
        assertThat(Outlines.ofKind(report.outline(), ParagraphKind.TABLE)).singleElement().satisfies(table -> assertThat(
                table.html()).contains("<td rowspan=\"2\">Connectivity</td>", "<td colspan=\"3\">To be reviewed in 2027</td>"));
    }
}
