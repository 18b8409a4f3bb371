package org.parley.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * All comments and proposals of a consultation with their context, for report writers who work
 * in a spreadsheet (CSV) or a script (JSON). Everyone gets the published ones; admins may ask
 * for {@code ?all=true}, which adds the pending, hidden and withdrawn ones with their status.
 */
@Controller
class CommentExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ConsultationService consultations;
    private final CommentExportReader reader;
    private final JsonMapper json;

    CommentExportController(ConsultationService consultations, CommentExportReader reader, JsonMapper json) {
        this.consultations = consultations;
        this.reader = reader;
        this.json = json;
    }

    @GetMapping("/c/{slug}/comments.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean all,
                               Viewer viewer, Locale locale) {
        return TextExportController.file(slug + "-comments.csv", CSV,
                CommentCsv.write(comments(slug, all, viewer, locale)));
    }

    @GetMapping("/c/{slug}/comments.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean all,
                                Viewer viewer, Locale locale) {
        var rows = comments(slug, all, viewer, locale).stream().map(comment -> {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            var values = comment.values();
            for (int i = 0; i < values.size(); i++) {
                object.put(ExportedComment.COLUMNS.get(i), values.get(i));
            }
            return object;
        }).toList();
        var document = new LinkedHashMap<String, Object>();
        document.put("consultation", slug);
        document.put("comments", rows);
        return TextExportController.file(slug + "-comments.json", MediaType.APPLICATION_JSON,
                json.writeValueAsBytes(document));
    }

    private List<ExportedComment> comments(String slug, boolean all, Viewer viewer, Locale locale) {
        var consultation = TextExportController.visible(consultations, slug, viewer);
        if (all && !viewer.admin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader.read(consultation, all, locale);
    }
}
