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
}
