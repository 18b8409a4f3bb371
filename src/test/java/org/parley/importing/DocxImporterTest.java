package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.importing.Outlines.paragraphs;
import static org.parley.importing.Outlines.tree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphOutline;

class DocxImporterTest {

    @Test
    void readsHeadingsListsTablesInlineMarkupAndNotes() {
        ParsedText parsed = new DocxImporter().parse(Docx.report());

        assertThat(tree(parsed.outline())).containsExactly(
                "null | UN Digital Roadmap",
                "  4 | Digital cooperation",
                "    4.3 | The role of the UN",
                "    4.4 | Next steps");
        assertThat(paragraphs(parsed.outline()).map(p -> p.kind() + ": " + p.text())).containsExactly(
                "PARAGRAPH: The UN has a **convening** role, *not a regulatory one*. See [the Roadmap](https://www.un.org/roadmap).[1]\n\n[1] Report of the Secretary-General, June 2020.",
                "BULLET_ITEM: Connectivity",
                "BULLET_ITEM: Digital public goods",
                "ORDERED_ITEM: Map the actors",
                "ORDERED_ITEM: Convene them",
                "TABLE: | Action | Who | When |\n| --- | --- | --- |\n| Connect schools | UNICEF and ITU | UNICEF and ITU |\n| Map actors | UN | 2021 |\n| Map actors | ITU | 2022 |",
                "PARAGRAPH: A chart follows.",
                "PARAGRAPH: Member States agree unanimously.");
        assertThat(paragraphs(parsed.outline()).map(ParagraphOutline::html)).containsExactly(
                "<p>The UN has a <strong>convening</strong> role, <em>not a regulatory one</em>. See "
                        + "<a href=\"https://www.un.org/roadmap\" rel=\"nofollow noopener\">the Roadmap</a>.[1]</p>"
                        + "<p>[1] Report of the Secretary-General, June 2020.</p>",
                "Connectivity",
                "Digital public goods",
                "Map the actors",
                "Convene them",
                "<table><thead><tr><th>Action</th><th>Who</th><th>When</th></tr></thead><tbody>"
                        + "<tr><td>Connect schools</td><td colspan=\"2\">UNICEF and ITU</td></tr>"
                        + "<tr><td rowspan=\"2\">Map actors</td><td>UN</td><td>2021</td></tr>"
                        + "<tr><td>ITU</td><td>2022</td></tr></tbody></table>",
                "<p>A chart follows.</p>",
                "<p>Member States agree unanimously.</p>");
        assertThat(parsed.warnings()).containsExactly(
                new ImportWarning("import.warning.docx.images", 1),
                new ImportWarning("import.warning.docx.comments", 1),
                new ImportWarning("import.warning.docx.trackedChanges", 2));
    }

    @Test
    void headingsByOutlineLevelWhenTheStyleIsNotAHeadingStyle() throws IOException {
        byte[] bytes;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var chapter = doc.createParagraph();
            chapter.getCTP().addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
            chapter.createRun().setText("2. Analysis");
            var section = doc.createParagraph();
            section.getCTP().addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ONE);
            section.createRun().setText("2.1 Development in focus");
            doc.createParagraph().createRun().setText("Text.");
            var out = new ByteArrayOutputStream();
            doc.write(out);
            bytes = out.toByteArray();
        }

        ParsedText parsed = new DocxImporter().parse(bytes);

        assertThat(tree(parsed.outline())).containsExactly("2 | Analysis", "  2.1 | Development in focus");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAWordDocument() {
        assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0, 0, 0}, DocxImporter.BROKEN);
        assertRefused("# Not Word\n\nJust text.".getBytes(StandardCharsets.UTF_8), DocxImporter.BROKEN);
        byte[] truncated = Docx.oneParagraph("Text.");
        assertRefused(java.util.Arrays.copyOf(truncated, truncated.length / 2), DocxImporter.BROKEN);
    }

    @Test
    void refusesEncryptedAndOldWordDocuments() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var ole2 = new POIFSFileSystem()) {
            ole2.writeFilesystem(out);
        }
        assertRefused(out.toByteArray(), DocxImporter.ENCRYPTED);
    }

    @Test
    void refusesZipBombsWithPoisProtectionsOn() {
        assertRefused(Docx.zipBomb(), DocxImporter.BOMB);
    }

    private static void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> new DocxImporter().parse(bytes))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
    }

    @Test
    void dropCapsDeletedParagraphMarksImageDescriptionsAndListsInCellsAreKept() {
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
                xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
                xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>
                <w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr><w:r><w:t>T</w:t></w:r></w:p>
                <w:p><w:r><w:t>he Forum met in Kyoto.</w:t></w:r></w:p>
                <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>It discussed AI</w:t></w:r></w:p>
                <w:p><w:r><w:t>and data.</w:t></w:r></w:p>
                <w:p><w:r><w:t>A chart.</w:t></w:r><w:r><w:drawing><wp:inline><wp:extent cx="10" cy="10"/>\
                <wp:docPr id="1" name="Chart" descr="Participants by region &amp; group"/><a:graphic><a:graphicData uri="x"/></a:graphic>\
                </wp:inline></w:drawing></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Themes</w:t></w:r></w:p></w:tc></w:tr>\
                <w:tr><w:tc><w:p><w:r><w:t>Two themes:</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>AI</w:t></w:r></w:p>\
                <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Data</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
                </w:body></w:document>""";
        byte[] docx = BrokenInputsTest.replaceEntry(Docx.oneParagraph("x"), "word/document.xml", document);

        var parsed = new DocxImporter().parse(docx);

        var paragraphs = Outlines.paragraphs(parsed.outline()).toList();
        assertThat(paragraphs.stream().map(p -> p.text())).containsExactly(
                "The Forum met in Kyoto.",
                "It discussed AI and data.",
                "A chart.[1]\n\n[1] Participants by region & group",
                "| Themes |\n| --- |\n| Two themes:<br>- AI<br>- Data |");
        assertThat(paragraphs.get(3).html()).contains("<ul><li>AI</li><li>Data</li></ul>");
        assertThat(parsed.warnings()).extracting(ImportWarning::key).contains("import.warning.docx.trackedChanges",
                "import.warning.docx.images");
    }

    @Test
    void anIndentedParagraphUnderAListItemStaysWithIt() {
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Connectivity</w:t></w:r></w:p>
                <w:p><w:pPr><w:ind w:left="720"/></w:pPr><w:r><w:t>Meaningful, affordable and safe.</w:t></w:r></w:p>
                <w:p><w:r><w:t>A paragraph of its own.</w:t></w:r></w:p>
                </w:body></w:document>""";
        byte[] docx = BrokenInputsTest.replaceEntry(Docx.oneParagraph("x"), "word/document.xml", document);

        var paragraphs = Outlines.paragraphs(new DocxImporter().parse(docx).outline()).toList();

        assertThat(paragraphs.stream().map(p -> p.text())).containsExactly(
                "Connectivity\n\nMeaningful, affordable and safe.", "A paragraph of its own.");
        assertThat(paragraphs.get(0).html()).isEqualTo("Connectivity<p>Meaningful, affordable and safe.</p>");
    }
}
