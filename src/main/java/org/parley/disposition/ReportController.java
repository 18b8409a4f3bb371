package org.parley.disposition;

import java.util.Locale;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationNotFound;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.DecisionRights;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The disposition report of a consultation, as a page and as Word, PDF and CSV: public once the
 * consultation is published; before that a preview for its organisers and admins, a 404 for others.
 */
@Controller
class ReportController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ConsultationService consultations;
    private final DecisionRights rights;
    private final DispositionReportReader reader;
    private final MessageSource messages;

    ReportController(ConsultationService consultations, DecisionRights rights, DispositionReportReader reader,
                     MessageSource messages) {
        this.consultations = consultations;
        this.rights = rights;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping("/c/{slug}/report")
    String page(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("report", report(slug, viewer));
        return "disposition/report";
    }

    @GetMapping("/c/{slug}/report.docx")
    ResponseEntity<byte[]> word(@PathVariable String slug, Viewer viewer, Locale locale) {
        return file(slug + "-report.docx", DOCX, ReportWord.write(report(slug, viewer), new ReportLabels(messages, locale)));
    }

    @GetMapping("/c/{slug}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, Viewer viewer, Locale locale) {
        return file(slug + "-report.pdf", MediaType.APPLICATION_PDF,
                ReportPdf.write(report(slug, viewer), new ReportLabels(messages, locale)));
    }

    @GetMapping("/c/{slug}/report.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, Viewer viewer) {
        return file(slug + "-report.csv", CSV, ReportCsv.write(report(slug, viewer)));
    }

    private DispositionReport report(String slug, Viewer viewer) {
        var consultation = consultations.summary(slug);
        boolean published = consultation.status() == ConsultationStatus.PUBLISHED;
        if (!published && !rights.organises(slug, viewer)) {
            throw new ConsultationNotFound(slug);
        }
        return reader.read(consultation, !published);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
