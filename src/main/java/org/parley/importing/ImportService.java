package org.parley.importing;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Parses a text for preview and imports it. Nothing is kept between preview and confirmation:
 * the confirmation carries the text again and it is parsed again, so any instance can serve it.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ConsultationService consultations;
    private final ImportChecks checks = new ImportChecks();

    ImportService(ConsultationService consultations) {
        this.consultations = consultations;
    }

    ImportPreview preview(byte[] upload, @Nullable String filename, @Nullable ImportFormat format) {
        return preview(SourceDecoder.decode(upload), filename, format);
    }

    ImportPreview preview(String text, @Nullable String filename, @Nullable ImportFormat format) {
        String checked = SourceDecoder.decode(text);
        var chosen = format != null ? format : ImportFormat.detect(checked, filename);
        var outline = parse(checked, chosen);
        return new ImportPreview(chosen, checked, outline, checks.check(outline));
    }

    /** Writes the text into an empty consultation, all of it or nothing. */
    public ImportResult importText(String slug, String text, @Nullable ImportFormat format) {
        long started = System.nanoTime();
        var preview = preview(text, null, format);
        consultations.writeText(slug, preview.outline());
        var result = new ImportResult(sectionCount(preview.outline()), preview.paragraphCount(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Imported {} sections and {} paragraphs into {} in {} ms", result.sections(), result.paragraphs(),
                slug, result.millis());
        return result;
    }

    private static TextOutline parse(String text, ImportFormat format) {
        var outline = switch (format) {
            case MARKDOWN -> new MarkdownImporter().parse(text);
            case PLAIN_TEXT -> new PlainTextImporter().parse(text);
        };
        if (outline.paragraphCount() == 0) {
            throw new ImportRejected("import.error.noParagraphs");
        }
        return outline;
    }

    private static int sectionCount(TextOutline outline) {
        return outline.sections().stream().mapToInt(ImportService::sectionCount).sum();
    }

    private static int sectionCount(SectionOutline section) {
        return 1 + section.subsections().stream().mapToInt(ImportService::sectionCount).sum();
    }
}
