package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void fileNameDecidesFirst() {
        assertThat(ImportFormat.detect("# Heading", "report.TXT")).isEqualTo(ImportFormat.PLAIN_TEXT);
        assertThat(ImportFormat.detect("Plain words.", "report.md")).isEqualTo(ImportFormat.MARKDOWN);
        assertThat(ImportFormat.detect("Plain words.", "report.markdown")).isEqualTo(ImportFormat.MARKDOWN);
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
