package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportedHtmlTest {

    @Test
    void keepsTheAllowedMarkup() {
        assertThat(ImportedHtml.sanitize("<ol start=\"3\"><li><em>a</em> <sup>1</sup> <del>b</del></li></ol>"))
                .isEqualTo("<ol start=\"3\"><li><em>a</em> <sup>1</sup> <del>b</del></li></ol>");
        assertThat(ImportedHtml.sanitize("<table><tr><td align=\"right\" colspan=\"2\">x</td></tr></table>"))
                .contains("align=\"right\"", "colspan=\"2\"");
        assertThat(ImportedHtml.sanitize("<a href=\"mailto:a@example.org\">mail</a>"))
                .contains("href=\"mailto:a&#64;example.org\"", "rel=\"nofollow noopener\"");
    }

    @Test
    void dropsEverythingElse() {
        assertThat(ImportedHtml.sanitize("<p>a<script>alert(1)</script>b</p>")).isEqualTo("<p>ab</p>");
        assertThat(ImportedHtml.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("x");
        assertThat(ImportedHtml.sanitize("<p onclick=\"alert(1)\" style=\"color:red\">x<img src=x onerror=alert(1)></p>"))
                .isEqualTo("<p>x</p>");
        assertThat(ImportedHtml.sanitize("<h2>Title</h2><iframe src=\"https://e.org\"></iframe>")).isEqualTo("Title");
    }
}
