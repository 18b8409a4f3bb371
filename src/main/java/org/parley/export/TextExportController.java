package org.parley.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationNotFound;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The current text of a consultation — the final text once it is published — as a file to keep
 * or to send on: Markdown, Word or PDF, with {@code ?history=true} an appendix of every version
 * of each changed paragraph.
 */
@Controller
class TextExportController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ConsultationService consultations;
    private final TextExportReader reader;
    private final MessageSource messages;

    TextExportController(ConsultationService consultations, TextExportReader reader, MessageSource messages) {
        this.consultations = consultations;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/c/{slug}/export.md")
    ResponseEntity<byte[]> markdown(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean history,
                                    Viewer viewer, Locale locale) {
        var text = reader.read(visible(consultations, slug, viewer), history, locale);
        return file(slug + ".md", MARKDOWN,
                MarkdownExport.write(text, new Labels(messages, locale)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/c/{slug}/export.docx")
    ResponseEntity<byte[]> word(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean history,
                                Viewer viewer, Locale locale) {
        var text = reader.read(visible(consultations, slug, viewer), history, locale);
        return file(slug + ".docx", DOCX, WordExport.write(text, new Labels(messages, locale)));
    }

    @GetMapping("/c/{slug}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean history,
                               Viewer viewer, Locale locale) {
        var text = reader.read(visible(consultations, slug, viewer), history, locale);
        return file(slug + ".pdf", MediaType.APPLICATION_PDF, PdfExport.write(text, new Labels(messages, locale)));
    }

    /** The consultation if this reader may export it; a draft only for admins, a 404 for others. */
    static ConsultationSummary visible(ConsultationService consultations, String slug, Viewer viewer) {
        var consultation = consultations.summary(slug);
        if (!consultation.status().isPublic() && !viewer.admin()) {
            throw new ConsultationNotFound(slug);
        }
        return consultation;
    }

    static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
