package org.parley.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/* OpenDocument texts as LibreOffice writes them: the mimetype first and stored, then the XML parts. */
final class Odt {

    static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"";

    private Odt() {
    }

    static byte[] of(String mimetype, String content, String styles, String manifest) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            put(zip, "content.xml", content);
            put(zip, "styles.xml", styles);
            put(zip, "META-INF/manifest.xml", manifest);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String body) {
        return of(OdtImporter.MIMETYPE, content(body), STYLES, MANIFEST);
    }

    static String content(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES + ">"
                + "<office:automatic-styles>"
                + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
                + "<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/>"
                + "<text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"◦\"/></text:list-style>"
                + "<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>"
                + "<text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" style:num-suffix=\")\" style:num-format=\"a\"/></text:list-style>"
                + "</office:automatic-styles><office:body><office:text>" + body
                + "</office:text></office:body></office:document-content>";
    }

    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + NAMESPACES + ">"
            + "<office:styles><style:style style:name=\"Quotations\" style:family=\"paragraph\"/>"
            + "<text:outline-style style:name=\"Outline\">"
            + "<text:outline-level-style text:level=\"1\" style:num-format=\"I\" style:num-suffix=\".\"/>"
            + "<text:outline-level-style text:level=\"2\" style:num-format=\"1\" text:display-levels=\"2\"/>"
            + "</text:outline-style></office:styles></office:document-styles>";

    static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
