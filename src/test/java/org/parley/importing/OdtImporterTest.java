package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class OdtImporterTest {

    private static final String REPORT = """
            <text:h text:outline-level="1">Introduction</text:h>
            <text:p>The Forum met in <text:span text:style-name="T1">Kyoto</text:span> and <text:span text:style-name="T2">online</text:span>, \
            see <text:a xlink:href="https://www.intgovforum.org/">the IGF site</text:a>.<text:note text:note-class="footnote">\
            <text:note-citation>1</text:note-citation><text:note-body><text:p>Chair's summary, 2026.</text:p></text:note-body></text:note></text:p>
            <text:h text:outline-level="2">Main messages</text:h>
            <text:list text:style-name="L1"><text:list-item><text:p>Artificial intelligence</text:p>\
            <text:list><text:list-item><text:p>its governance</text:p></text:list-item></text:list></text:list-item>\
            <text:list-item><text:p>Data flows</text:p></text:list-item></text:list>
            <text:h text:outline-level="1">Recommendations</text:h>
            <text:list text:style-name="L2"><text:list-item><text:p>States should act.</text:p>\
            <text:list><text:list-item><text:p>together;</text:p></text:list-item><text:list-item><text:p>each alone.</text:p></text:list-item></text:list>\
            </text:list-item><text:list-item><text:p>The Forum should report.</text:p></text:list-item></text:list>
            <text:p text:style-name="Quotations">A quotation.</text:p>
            <table:table><table:table-column table:number-columns-repeated="2"/>\
            <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Theme</text:p></table:table-cell><table:covered-table-cell/></table:table-row>\
            <table:table-row><table:table-cell><text:p>AI</text:p></table:table-cell><table:table-cell><text:p>12</text:p></table:table-cell></table:table-row>\
            </table:table>
            <text:p>Kept <text:change-start text:change-id="c1"/>inserted<text:change-end text:change-id="c1"/> words.\
            <office:annotation><dc:creator>A</dc:creator><text:p>A comment</text:p></office:annotation></text:p>
            <text:tracked-changes><text:changed-region text:id="c1"><text:insertion/></text:changed-region>\
            <text:changed-region text:id="c2"><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
            """;

    @Test
    void anOdtKeepsWhatADocxKeeps() {
        var parsed = new OdtImporter().parse(Odt.text(REPORT));

        var sections = parsed.outline().sections();
        assertThat(sections).extracting(SectionOutline::number, SectionOutline::title)
                .containsExactly(tuple("I", "Introduction"), tuple("II", "Recommendations"));
        assertThat(sections.get(0).subsections()).extracting(SectionOutline::number, SectionOutline::title)
                .containsExactly(tuple("I.1", "Main messages"));
        var paragraphs = Outlines.paragraphs(parsed.outline()).toList();
        assertThat(paragraphs.get(0).text()).isEqualTo("The Forum met in **Kyoto** and *online*, see"
                + " [the IGF site](https://www.intgovforum.org/).[1]\n\n[1] Chair's summary, 2026.");
        assertThat(paragraphs.get(0).html()).contains("<strong>Kyoto</strong>", "<em>online</em>",
                "href=\"https://www.intgovforum.org/\"");
        assertThat(paragraphs.get(1).kind()).isEqualTo(ParagraphKind.BULLET_ITEM);
        assertThat(paragraphs.get(1).text()).isEqualTo("Artificial intelligence\n\n- its governance");
        assertThat(paragraphs.stream().map(ParagraphOutline::text)).contains("States should act.", "together;",
                "each alone.", "The Forum should report.", "> A quotation.", "Kept inserted words.")
                .noneMatch(text -> text.contains("deleted words") || text.contains("A comment"));
        assertThat(paragraphs).filteredOn(p -> p.kind() == ParagraphKind.ORDERED_ITEM).extracting(ParagraphOutline::text)
                .containsExactly("States should act.", "together;", "each alone.", "The Forum should report.");
        var table = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.TABLE).findFirst().orElseThrow();
        assertThat(table.html()).contains("colspan=\"2\"", "<td>AI</td>");
        assertThat(parsed.warnings()).extracting(ImportWarning::key)
                .containsExactly("import.warning.odt.comments", "import.warning.docx.trackedChanges");
    }

    @Test
    void aTextNumberedByParagraphKeepsItsNumbersWithSubParagraphs() {
        var parsed = new OdtImporter().parse(Odt.text("""
                <text:list text:style-name="L2"><text:list-item><text:p>States should act.</text:p>\
                <text:list><text:list-item><text:p>together;</text:p></text:list-item><text:list-item><text:p>each alone.</text:p></text:list-item></text:list>\
                </text:list-item><text:list-item><text:p>The Forum should report.</text:p></text:list-item></text:list>
                """));

        assertThat(Outlines.paragraphs(parsed.outline()).map(ParagraphOutline::number))
                .containsExactly("1", "1(a)", "1(b)", "2");
    }

    @Test
    void aPasswordASpreadsheetADoctypeAZipBombAndADamagedFileAreRefusedWithTheirMessages() throws Exception {
        String encryptedManifest = Odt.MANIFEST.replace("media-type=\"text/xml\"/>",
                "media-type=\"text/xml\"><manifest:encryption-data/></manifest:file-entry>");
        assertRefused(Odt.of(OdtImporter.MIMETYPE, "x", Odt.STYLES, encryptedManifest), OdtImporter.ENCRYPTED);
        assertRefused(Odt.of("application/vnd.oasis.opendocument.spreadsheet", Odt.content(""), Odt.STYLES,
                Odt.MANIFEST), OdtImporter.NOT_TEXT);
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                + Odt.content("<text:p>&lol2;</text:p>").substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        assertRefused(Odt.of(OdtImporter.MIMETYPE, bomb, Odt.STYLES, Odt.MANIFEST), OdtImporter.UNSAFE_XML);
        byte[] odt = Odt.text(REPORT);
        assertRefused(java.util.Arrays.copyOf(odt, odt.length / 2), OdtImporter.BROKEN);
        assertRefused(zipOfZeros(OdtImporter.MAX_ENTRY_BYTES + 1), OdtImporter.BOMB);
        assertThat(ImportFormat.detectBinary(odt, "report.docx")).isEqualTo(ImportFormat.ODT);
        assertThat(ImportFormat.detectBinary(odt, "report.odt")).isEqualTo(ImportFormat.ODT);
    }

    private static byte[] zipOfZeros(long size) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> new OdtImporter().parse(bytes)).isInstanceOfSatisfying(ImportRejected.class,
                rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
    }
}
