package org.parley.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.consultation.SectionOutline;

import static org.assertj.core.api.Assertions.assertThat;

/*
 * Every document in src/test/resources/corpus is read as an upload would be (format from its
 * name), and what the preview shows (section tree, each paragraph's kind and text, the warnings)
 * must equal its ".expected.txt" (a source paragraph number is shown in brackets). After a deliberate change to an importer, run with
 * -Dcorpus.update=true to rewrite the expected files, then read their diff before committing.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String EXPECTED = ".expected.txt";

    @TestFactory
    Stream<DynamicTest> eachDocumentReadsAsExpected() throws IOException {
        Path poiReport = CORPUS.resolve("poi-report.docx");
        if (Boolean.getBoolean("corpus.update") && !Files.exists(poiReport)) {
            Files.write(poiReport, Docx.report());
        }
        if (Boolean.getBoolean("corpus.update")) {
            CorpusFiles.writeMissing(CORPUS);
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(Files::isRegularFile).filter(CorpusTest::isDocument).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(8);
        return documents.stream().map(document -> DynamicTest.dynamicTest(document.getFileName().toString(),
                () -> check(document)));
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(EXPECTED) && !name.endsWith(".sh") && !name.endsWith(".md") && !name.startsWith(".");
    }

    private static void check(Path document) throws IOException {
        String actual = describe(Files.readAllBytes(document), document.getFileName().toString());
        Path expected = document.resolveSibling(document.getFileName() + EXPECTED);
        if (Boolean.getBoolean("corpus.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected outline beside %s", document).exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    /* The preview of an upload as text: format, warnings, then the tree with its paragraphs. */
    static String describe(byte[] bytes, String filename) {
        ImportPreview preview = new ImportService(null).preview(bytes, filename, null);
        List<String> lines = new ArrayList<>();
        lines.add("format: " + preview.format());
        preview.warnings().forEach(warning -> lines.add("warning: " + warning.key() + " " + warning.args()));
        preview.findings().forEach(finding -> lines.add("found: " + finding.key() + " " + finding.args()));
        preview.outline().sections().forEach(section -> describe(section, "", lines));
        return String.join("\n", lines) + "\n";
    }

    private static void describe(SectionOutline section, String indent, List<String> lines) {
        lines.add(indent + "§ " + section.number() + " | " + section.title());
        section.paragraphs().forEach(paragraph -> lines.add(indent + "  "
                + (paragraph.number() == null ? "" : "[" + paragraph.number() + "] ") + paragraph.kind() + ": "
                + paragraph.text().replace("\n", "⏎")));
        section.subsections().forEach(subsection -> describe(subsection, indent + "  ", lines));
    }

    static byte[] read(String name) {
        try {
            return Files.readAllBytes(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
