package org.parley.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedUploadsTest {

    private final ParsedUploads uploads = new ParsedUploads();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void theSameBytesInTheSameFormatAreReadOnce() {
        ParsedText first = read("report", ImportFormat.PDF);
        ParsedText second = read("report", ImportFormat.PDF);

        assertThat(reads).hasValue(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void otherBytesOrAnotherFormatAreReadAgain() {
        read("report", ImportFormat.PDF);
        read("report!", ImportFormat.PDF);
        read("report", ImportFormat.ODT);

        assertThat(reads).hasValue(3);
    }

    @Test
    void onlyTheMostRecentFilesAreKept() {
        for (int i = 0; i <= ParsedUploads.KEPT; i++) {
            read("file " + i, ImportFormat.DOCX);
        }
        read("file " + ParsedUploads.KEPT, ImportFormat.DOCX);
        assertThat(reads).hasValue(ParsedUploads.KEPT + 1);

        read("file 0", ImportFormat.DOCX);
        assertThat(reads).hasValue(ParsedUploads.KEPT + 2);
    }

    @Test
    void anOutlineLargerThanTheBudgetIsNotKept() {
        String huge = "x".repeat((int) ParsedUploads.BUDGET);
        for (int i = 0; i < 2; i++) {
            uploads.read(bytes("huge"), ImportFormat.PDF, () -> {
                reads.incrementAndGet();
                return parsed(huge);
            });
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRefusalIsNotKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> uploads.read(bytes("scan"), ImportFormat.PDF, () -> {
                reads.incrementAndGet();
                throw new ImportRejected(PdfImporter.BROKEN);
            })).isInstanceOf(ImportRejected.class);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void theConfirmationOfAPreviewedPdfDoesNotReadItAgain() {
        var service = new ImportService(null);
        byte[] pdf = CorpusTest.read("un-report.pdf");
        var preview = service.preview(pdf, "un-report.pdf", null);

        var confirmation = service.preview(preview.text(), null, preview.format());
        var other = service.preview(java.util.Base64.getEncoder().encodeToString(CorpusTest.read("seed-000.pdf")), null,
                ImportFormat.PDF);

        assertThat(confirmation.outline()).isSameAs(preview.outline()).isNotEqualTo(other.outline());
    }

    private ParsedText read(String content, ImportFormat format) {
        return uploads.read(bytes(content), format, () -> {
            reads.incrementAndGet();
            return parsed(content);
        });
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static ParsedText parsed(String text) {
        return ParsedText.of(new TextOutline(List.of(new SectionOutline(null, "Report",
                List.of(new ParagraphOutline(ParagraphKind.PARAGRAPH, text, "<p>" + text + "</p>")), List.of()))));
    }
}
