package org.parley.importing;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphOutline;

import static org.assertj.core.api.Assertions.assertThat;

/* The generated 3,000-paragraph documents of the import bench read right: every paragraph whole, with its number. */
class LargeDocumentsTest {

    @Test
    void aThreeThousandParagraphPdfReadsAsThreeThousandNumberedParagraphs() throws Exception {
        byte[] pdf = ImportTiming.pdf();

        long started = System.nanoTime();
        var parsed = new PdfImporter().parse(pdf);
        System.out.printf("3,000-paragraph PDF (%d pages) parsed in %d ms%n",
                parsed.findings().get(0).args().get(0), (System.nanoTime() - started) / 1_000_000);

        assertThat(parsed.outline().sections()).hasSize(120);
        assertThat(Outlines.paragraphs(parsed.outline()).map(ParagraphOutline::number).toList())
                .isEqualTo(IntStream.rangeClosed(1, 3000).mapToObj(String::valueOf).toList());
        assertThat(Outlines.paragraphs(parsed.outline()).map(ParagraphOutline::text))
                .allMatch(text -> text.startsWith("Paragraph ") && text.endsWith("not yet connected."));
    }

    @Test
    void aThreeThousandParagraphOdtReadsAsThreeThousandParagraphs() {
        var parsed = new OdtImporter().parse(ImportTiming.odt());

        assertThat(parsed.outline().paragraphCount()).isEqualTo(3000);
    }
}
