package org.parley.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/*
 * Broken and hostile files: each is refused with a message that says what to do, both when it is
 * uploaded for the preview and when it is sent to be imported, and no section or paragraph is written.
 */
@SpringBootTest
class BrokenInputsTest {

    @Autowired
    ImportService imports;

    @Autowired
    ConsultationService consultations;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTruncatedWordDocument() {
        byte[] report = CorpusTest.read("lo-report.docx");

        assertRefused(Arrays.copyOf(report, report.length / 2), "report.docx", "This Word document cannot be read");
        assertRefused(Arrays.copyOf(report, report.length - 20), "report.docx", "This Word document cannot be read");
    }

    @Test
    void aZipBomb() {
        assertRefused(Docx.zipBomb(), "report.docx", "expands to far more data than its size suggests");
    }

    @Test
    void anXmlEntityExpansionBomb() {
        String laughs = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>
                """;
        byte[] bomb = replaceEntry(Docx.oneParagraph("Harmless."), "word/document.xml", laughs);

        assertRefused(bomb, "report.docx", "declarations that can be used to attack a server");
    }

    @Test
    void anEncryptedWordDocument() {
        assertRefused(encrypted(CorpusTest.read("lo-report.docx")), "report.docx", "protected by a password");
    }

    @Test
    void aFileWithTheWrongExtension() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertRefused(pdf, "report.docx", "This PDF file cannot be read");
        assertRefused(png, "report.docx", "This Word document cannot be read");
        assertRefused(CorpusTest.read("lo-report.docx"), "report.md", "This file is not text");
        assertRefused(png, "report.html", "This file is not text");
    }

    @Test
    void pdfFilesThatCannotBeImported() throws Exception {
        byte[] pdf = UnPdf.report().bytes();
        byte[] scan;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            scan = out.toByteArray();
        }

        assertRefused(UnPdf.report().bytes("secret"), "report.pdf", "protected by a password");
        assertRefused(java.util.Arrays.copyOf(pdf, pdf.length / 3), "report.pdf", "This PDF file cannot be read");
        assertRefused(scan, "scan.pdf", "it is probably a scan");
        assertRefused("plain words".getBytes(StandardCharsets.UTF_8), "report.pdf", "This PDF file cannot be read");
    }

    @Test
    void odtFilesThatCannotBeImported() {
        byte[] odt = Odt.text("<text:p>Words.</text:p>");

        assertRefused(java.util.Arrays.copyOf(odt, 60), "report.odt", "This OpenDocument file cannot be read");
        assertRefused(Odt.of("application/vnd.oasis.opendocument.spreadsheet", Odt.content(""), Odt.STYLES, Odt.MANIFEST),
                "budget.odt", "is a spreadsheet, presentation or drawing");
        assertRefused(Odt.of(OdtImporter.MIMETYPE, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>",
                Odt.STYLES, Odt.MANIFEST), "report.odt", "XML declarations that can be used to attack a server");
    }

    private void assertRefused(byte[] bytes, String filename, String message) {
        String slug = consultations.create(new NewConsultation("broken-" + System.nanoTime(), "Broken input",
                null, null, null)).slug();

        assertThatThrownBy(() -> imports.preview(bytes, filename, null))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(text(e)).contains(message));
        var binary = ImportFormat.detectBinary(bytes, filename);
        if (binary != null && binary.isBinary()) {
            String carried = Base64.getEncoder().encodeToString(bytes);
            assertThatThrownBy(() -> imports.importText(slug, carried, binary))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(text(e)).contains(message));
        }

        assertThat(jdbc.sql("SELECT count(*) FROM section s JOIN consultation c ON c.id = s.consultation_id WHERE c.slug = ?")
                .params(slug).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?")
                .params(slug).query(Long.class).single()).isZero();
    }

    private String text(ImportRejected rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.args(), Locale.ENGLISH);
    }

    static byte[] replaceEntry(byte[] docx, String name, String content) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out); var in = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(name)) {
                        zip.write(content.getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /* Encrypted as Word does when a document is protected by a password: an OLE2 container around the package. */
    static byte[] encrypted(byte[] docx) {
        try (var filesystem = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream encryptedStream = encryptor.getDataStream(filesystem)) {
                opc.save(encryptedStream);
            }
            var out = new ByteArrayOutputStream();
            filesystem.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
