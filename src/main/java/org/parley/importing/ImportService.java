package org.parley.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;
import org.parley.consultation.TextService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Parses a text for preview and imports it. The confirmation carries the text again, so any
 * instance can serve it; a file (Word, PDF, OpenDocument) the preview just read is not read again
 * when the same bytes come back (ParsedUploads).
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final TextService texts;
    private final ImportChecks checks = new ImportChecks();
    private final ParsedUploads parsedUploads = new ParsedUploads();

    ImportService(TextService texts) {
        this.texts = texts;
    }

    ImportPreview preview(byte[] upload, @Nullable String filename, @Nullable ImportFormat format) {
        return preview(upload, filename, format, null);
    }

    /** With {@code headingsAsParagraphs}, headings of that level and deeper are read as paragraphs. */
    ImportPreview preview(byte[] upload, @Nullable String filename, @Nullable ImportFormat format,
                          @Nullable Integer headingsAsParagraphs) {
        var detected = ImportFormat.detectBinary(upload, filename);
        var binary = format != null && (format.isBinary() || detected == null) ? format : detected;
        if (binary != null && binary.isBinary()) {
            return preview(binary, Base64.getEncoder().encodeToString(upload), parse(upload, binary),
                    headingsAsParagraphs);
        }
        return preview(SourceDecoder.decode(upload), filename, format, headingsAsParagraphs);
    }

    /**
     * A pasted or carried text. A Word document is carried from the preview to the confirmation
     * as its bytes in Base64, so that it is parsed again from the original file.
     */
    ImportPreview preview(String text, @Nullable String filename, @Nullable ImportFormat format) {
        return preview(text, filename, format, null);
    }

    ImportPreview preview(String text, @Nullable String filename, @Nullable ImportFormat format,
                          @Nullable Integer headingsAsParagraphs) {
        String checked = SourceDecoder.decode(text);
        var chosen = format != null ? format : ImportFormat.detect(checked, filename);
        if (chosen.isBinary()) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(Texts.trim(checked));
            } catch (IllegalArgumentException notBase64) {
                throw new ImportRejected(brokenMessage(chosen));
            }
            return preview(chosen, Texts.trim(checked), parse(bytes, chosen), headingsAsParagraphs);
        }
        return preview(chosen, checked, parse(checked, chosen), headingsAsParagraphs);
    }

    private ImportPreview preview(ImportFormat format, String carried, ParsedText parsed,
                                  @Nullable Integer headingsAsParagraphs) {
        var outline = parsed.outline();
        var warnings = new ArrayList<>(parsed.warnings());
        if (headingsAsParagraphs != null && headingsAsParagraphs >= 1) {
            outline = HeadingLevels.asParagraphs(outline, headingsAsParagraphs);
            warnings.add(new ImportWarning("import.warning.headingsAsParagraphs", headingsAsParagraphs));
        }
        if (outline.paragraphCount() == 0) {
            var levels = HeadingLevels.count(outline);
            throw levels.isEmpty() ? new ImportRejected("import.error.noParagraphs") : new OnlyHeadings(levels);
        }
        checks.refuseWhatCannotBeStored(outline.sections());
        warnings.addAll(checks.check(outline));
        return new ImportPreview(format, carried, outline, warnings, parsed.findings(), headingsAsParagraphs);
    }

    /** Writes the text into an empty consultation, all of it or nothing. */
    public ImportResult importText(String slug, String text, @Nullable ImportFormat format) {
        return importText(slug, text, format, Instant.now());
    }

    /** The same for a text written before it came to Parley: its first versions carry {@code writtenAt}. */
    public ImportResult importText(String slug, String text, @Nullable ImportFormat format, Instant writtenAt) {
        return importText(slug, text, format, writtenAt, null);
    }

    ImportResult importText(String slug, String text, @Nullable ImportFormat format, Instant writtenAt,
                            @Nullable Integer headingsAsParagraphs) {
        long started = System.nanoTime();
        var preview = preview(text, null, format, headingsAsParagraphs);
        texts.writeText(slug, preview.outline(), writtenAt);
        var result = new ImportResult(sectionCount(preview.outline()), preview.paragraphCount(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Imported {} sections and {} paragraphs into {} in {} ms", result.sections(), result.paragraphs(),
                slug, result.millis());
        return result;
    }

    private static ParsedText parse(String text, ImportFormat format) {
        return switch (format) {
            case MARKDOWN -> ParsedText.of(new MarkdownImporter().parse(text));
            case PLAIN_TEXT -> ParsedText.of(ParagraphNumbers.apply(new PlainTextImporter().parse(text), true));
            case PDF_TEXT -> copiedFromPdf(text);
            case HTML -> ParsedText.of(new HtmlImporter().parse(text));
            case DOCX, PDF, ODT -> throw new IllegalArgumentException("a file of this format is read from its bytes");
        };
    }

    private ParsedText parse(byte[] bytes, ImportFormat format) {
        return parsedUploads.read(bytes, format, () -> read(bytes, format));
    }

    /* For timing: the next reading of any file parses it. */
    void forgetParsedUploads() {
        parsedUploads.clear();
    }

    private static ParsedText read(byte[] bytes, ImportFormat format) {
        return switch (format) {
            case DOCX -> new DocxImporter().parse(bytes);
            case PDF -> new PdfImporter().parse(bytes);
            case ODT -> new OdtImporter().parse(bytes);
            default -> throw new IllegalArgumentException("a text format is read from its text");
        };
    }

    private static String brokenMessage(ImportFormat format) {
        return switch (format) {
            case PDF -> PdfImporter.BROKEN;
            case ODT -> OdtImporter.BROKEN;
            default -> DocxImporter.BROKEN;
        };
    }

    private static ParsedText copiedFromPdf(String text) {
        var cleaned = PdfText.read(text);
        var outline = cleaned.notes().attach(ParagraphNumbers.apply(new PlainTextImporter().parse(cleaned.text()), true));
        return new ParsedText(outline, List.of(), cleaned.report().findings(outline));
    }

    private static int sectionCount(TextOutline outline) {
        return outline.sections().stream().mapToInt(ImportService::sectionCount).sum();
    }

    private static int sectionCount(SectionOutline section) {
        return 1 + section.subsections().stream().mapToInt(ImportService::sectionCount).sum();
    }
}
