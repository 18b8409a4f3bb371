package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void fileNameDecidesFirst() {
        assertThat(ImportFormat.detect("# Heading", "report.TXT")).isEqualTo(ImportFormat.PLAIN_TEXT);
        assertThat(ImportFormat.detect("Plain words.", "report.md")).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect("Plain words.", "report.markdown")).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect("Plain words.", "report.HTM")).isEqualTo(ImportFormat.HTML);
        assertThat(ImportFormat.detect("<p>Words</p>", "report.html")).isEqualTo(ImportFormat.HTML);
        assertThat(ImportFormat.detectBinary("text".getBytes(), "Report.DOCX")).isEqualTo(ImportFormat.DOCX);
    }

    @Test
    void aZipSignatureIsAWordDocumentAndADoctypeAWebPage() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        assertThat(ImportFormat.detectBinary(zip, null)).isEqualTo(ImportFormat.DOCX);
        assertThat(ImportFormat.detectBinary(zip, "upload.bin")).isEqualTo(ImportFormat.DOCX);
        assertThat(ImportFormat.detectBinary(zip, "notes.txt")).isNull();
        assertThat(ImportFormat.detectBinary("# Title".getBytes(), null)).isNull();
        assertThat(ImportFormat.detect("  <!DOCTYPE html>\n<html><body><p>x</p></body></html>", null)).isEqualTo(ImportFormat.HTML);
        assertThat(ImportFormat.detect("<!-- saved --><HTML lang=en><p>x</p>", "paste")).isEqualTo(ImportFormat.HTML);
        assertThat(ImportFormat.detect("Intro with <b>inline</b> html\n", null)).isEqualTo(ImportFormat.PLAIN_TEXT);
    }

    @Test
    void otherwiseLooksForMarkdownSyntax() {
        assertThat(ImportFormat.detect("Intro\n\n## 4.3 The role of the UN\n", null)).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect("| a | b |\n|---|---|\n| 1 | 2 |\n", "paste")).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect("Points:\n- one\n- two\n", null)).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect(Outlines.demo("roadmap-analysis.md"), null)).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect(Outlines.demo("000_b59dd4ee854dcf2d.txt"), null)).isEqualTo(ImportFormat.PLAIN_TEXT);
        assertThat(ImportFormat.detect(Outlines.demo("001_fe91554a90d77d4e.txt"), null)).isEqualTo(ImportFormat.PLAIN_TEXT);
    }
}
