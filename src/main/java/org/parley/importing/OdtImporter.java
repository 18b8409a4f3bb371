package org.parley.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/*
 * Reads an OpenDocument text (.odt, as LibreOffice saves it) with the JDK's DOM parser, as
 * DocxImporter reads Word: headings (text:h) with their outline numbers, lists with their levels
 * (a nested bulleted list stays with its item, numbered sub-items are paragraphs of their own),
 * tables, footnotes and endnotes appended to their paragraph, links, bold and italic. Tracked
 * changes keep their insertions (ODF stores deletions outside the text); comments and images are
 * left out with a warning. The zip is read with limits, and the XML without document type
 * declarations, so neither a zip bomb nor an entity expansion can hurt.
 */
class OdtImporter {

    static final String BROKEN = "import.error.odt.broken";
    static final String ENCRYPTED = "import.error.odt.encrypted";
    static final String NOT_TEXT = "import.error.odt.notText";
    static final String BOMB = "import.error.odt.bomb";
    static final String UNSAFE_XML = "import.error.odt.unsafeXml";

    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String ODF_MIMETYPE = "application/vnd.oasis.opendocument.";
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    /* An ODF package starts with its uncompressed "mimetype" entry (ODF 1.2, part 3, 3.3). */
    static boolean isOpenDocument(byte[] bytes) {
        byte[] name = "mimetype".getBytes(StandardCharsets.US_ASCII);
        byte[] type = ODF_MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < 38 + type.length || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        return java.util.Arrays.equals(bytes, 30, 38, name, 0, 8)
                && java.util.Arrays.equals(bytes, 38, 38 + type.length, type, 0, type.length);
    }

    ParsedText parse(byte[] bytes) {
        Map<String, byte[]> entries = entries(bytes);
        String mimetype = new String(entries.getOrDefault("mimetype", new byte[0]), StandardCharsets.US_ASCII).strip();
        if (new String(entries.getOrDefault("META-INF/manifest.xml", new byte[0]), StandardCharsets.UTF_8)
                .contains("encryption-data")) {
            throw new ImportRejected(ENCRYPTED);
        }
        if (mimetype.startsWith(ODF_MIMETYPE) && !mimetype.startsWith(MIMETYPE)) {
            throw new ImportRejected(NOT_TEXT);
        }
        byte[] content = entries.get("content.xml");
        if (content == null) {
            throw new ImportRejected(BROKEN);
        }
        Document styles = entries.containsKey("styles.xml") ? xml(entries.get("styles.xml")) : null;
        return new OdtReader(xml(content), styles).read();
    }

    private static Map<String, byte[]> entries(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new ImportRejected(BOMB);
                }
                String name = entry.getName();
                if (name.equals("mimetype") || name.equals("content.xml") || name.equals("styles.xml")
                        || name.equals("META-INF/manifest.xml")) {
                    entries.put(name, limited(zip));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportRejected(BROKEN);
        }
        if (entries.isEmpty()) {
            throw new ImportRejected(BROKEN);
        }
        return entries;
    }

    /* An entry that expands past the limit is a zip bomb, whatever its declared size says. */
    private static byte[] limited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            total += read;
            if (total > MAX_ENTRY_BYTES) {
                throw new ImportRejected(BOMB);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            throw new ImportRejected(message.contains("DOCTYPE") ? UNSAFE_XML : BROKEN);
        } catch (IOException | ParserConfigurationException e) {
            throw new ImportRejected(BROKEN);
        }
    }

    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static boolean is(Node node, String namespace, String name) {
        return namespace.equals(node.getNamespaceURI()) && name.equals(node.getLocalName());
    }

    static @Nullable String attribute(Element element, String namespace, String name) {
        return element.hasAttributeNS(namespace, name) ? element.getAttributeNS(namespace, name) : null;
    }

    static ParagraphOutline paragraph(ParagraphKind kind, InlineText inline, List<String> notes, @Nullable String number) {
        String html = kind == ParagraphKind.PARAGRAPH ? "<p>" + inline.html() + "</p>" : inline.html();
        return DocxImporter.withNotes(kind, inline.markdown(), html, notes, number);
    }
}
