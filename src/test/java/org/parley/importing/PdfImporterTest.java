package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfImporterTest {

    @Test
    void aUnReportKeepsItsHeadingsParagraphNumbersAndNotesAndLosesItsPageFurniture() {
        var parsed = new PdfImporter().parse(UnPdf.report().bytes());

        var sections = parsed.outline().sections();
        assertThat(sections).extracting(SectionOutline::number, SectionOutline::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I", "Introduction"),
                        org.assertj.core.groups.Tuple.tuple("II", "Human rights online"));
        assertThat(sections.get(1).subsections()).extracting(SectionOutline::number, SectionOutline::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "Digital public goods"));
        assertThat(Outlines.paragraphs(parsed.outline()).map(ParagraphOutline::number))
                .containsExactly("1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)", "3", "4");
        var paragraphs = Outlines.paragraphs(parsed.outline()).map(ParagraphOutline::text).toList();
        assertThat(paragraphs.get(0)).isEqualTo("The present report is submitted pursuant to Human Rights Council"
                + " resolution 47/16, in which the Council requested the High Commissioner to report on the"
                + " sub-regional and regional dimensions of digital public goods.");
        assertThat(paragraphs.get(2)).isEqualTo("Adopt laws on access to information that cover the whole of the"
                + " sub-regional and national administration;");
        assertThat(paragraphs.get(6)).isEqualTo("Digital public goods contribute to the achievement of the Sustainable"
                + " Development Goals, the SDGs.[2]\n\n[2] See A/77/123, para. 4, and General Assembly resolution 70/1.");
        assertThat(String.join(" ", paragraphs)).doesNotContain("A/HRC/50/55", "GE.22", "_____");
        assertThat(parsed.findings()).extracting(ImportWarning::key).contains("import.found.pages",
                "import.found.headings", "import.found.numbered", "import.found.notes", "import.found.hyphens",
                "import.dropped.pageNumbers", "import.dropped.runningLines");
        assertThat(parsed.findings()).anySatisfy(finding -> assertThat(finding.args())
                .containsExactly(8, 4).as("8 numbered, 4 of them sub-paragraphs"));
    }

    @Test
    void aScanWithoutTextIsRefusedWithItsOwnMessage() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
            scan = out.toByteArray();
        }

        assertThatThrownBy(() -> new PdfImporter().parse(scan)).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(rejected.messageKey()).isEqualTo(PdfImporter.NO_TEXT));
    }

    @Test
    void encryptedDamagedAndMislabelledFilesGetTheirOwnMessages() {
        byte[] pdf = UnPdf.report().bytes();

        assertThatThrownBy(() -> new PdfImporter().parse(UnPdf.report().bytes("secret")))
                .isInstanceOfSatisfying(ImportRejected.class,
                        rejected -> assertThat(rejected.messageKey()).isEqualTo(PdfImporter.ENCRYPTED));
        assertThatThrownBy(() -> new PdfImporter().parse(Arrays.copyOf(pdf, 400)))
                .isInstanceOfSatisfying(ImportRejected.class,
                        rejected -> assertThat(rejected.messageKey()).isEqualTo(PdfImporter.BROKEN));
        assertThatThrownBy(() -> new PdfImporter().parse("just text".getBytes()))
                .isInstanceOfSatisfying(ImportRejected.class,
                        rejected -> assertThat(rejected.messageKey()).isEqualTo(PdfImporter.BROKEN));
        assertThat(ImportFormat.detectBinary(pdf, "report.docx")).isEqualTo(ImportFormat.PDF);
        assertThat(ImportFormat.detectBinary(pdf, null)).isEqualTo(ImportFormat.PDF);
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefusedBeforeItsTextIsRead() throws IOException {
        byte[] huge;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int page = 0; page <= PdfImporter.MAX_PAGES; page++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            huge = out.toByteArray();
        }

        assertThatThrownBy(() -> new PdfImporter().parse(huge)).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(rejected.args()).containsExactly(PdfImporter.MAX_PAGES + 1, PdfImporter.MAX_PAGES));
        assertThat(ImportFormat.detectBinary(Odt.text("<text:p>Words.</text:p>"), "report.pdf")).isEqualTo(ImportFormat.ODT);
    }
}
