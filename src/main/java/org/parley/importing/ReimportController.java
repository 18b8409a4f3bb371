package org.parley.importing;

import java.io.IOException;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins bring a revised text: the form, the report (nothing written yet) and the confirmation. */
@Controller
@RequestMapping("/admin/consultations/{slug}/reimport")
class ReimportController {

    private final ReimportService reimports;
    private final ConsultationService consultations;

    ReimportController(ReimportService reimports, ConsultationService consultations) {
        this.reimports = reimports;
        this.consultations = consultations;
    }

    @GetMapping
    String showForm(@PathVariable String slug, Model model) {
        model.addAttribute("consultation", consultations.summary(slug));
        model.addAttribute("form", ReimportForm.empty());
        return "importing/reimport-form";
    }

    @PostMapping("/report")
    String report(@PathVariable String slug, @ModelAttribute("form") ReimportForm form, Model model) throws IOException {
        model.addAttribute("consultation", consultations.summary(slug));
        ImportPreview revision;
        try {
            revision = form.hasFile()
                    ? reimports.parse(form.file().getBytes(), form.file().getOriginalFilename(), form.format())
                    : reimports.parse(form.textOrEmpty(), form.format());
        } catch (ImportRejected rejected) {
            model.addAttribute("rejection", rejected);
            return "importing/reimport-form";
        }
        return report(slug, revision, form.correctionsOrNone(), model);
    }

    @PostMapping
    String confirm(@PathVariable String slug, @ModelAttribute("form") ReimportForm form, Viewer viewer,
                   Model model, RedirectAttributes redirect) {
        model.addAttribute("consultation", consultations.summary(slug));
        ImportPreview revision;
        try {
            revision = reimports.parse(form.textOrEmpty(), form.format());
        } catch (ImportRejected rejected) {
            model.addAttribute("rejection", rejected);
            return "importing/reimport-form";
        }
        try {
            var done = reimports.confirm(slug, revision, form.correctionsOrNone(),
                    form.fingerprint() == null ? "" : form.fingerprint(), viewer.accountId());
            redirect.addFlashAttribute("flash", "reimport.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {done.changed(), done.added(), done.removed(),
                    done.commentsDetached()});
            return "redirect:/c/" + slug;
        } catch (ImportRejected rejected) {
            model.addAttribute("rejection", rejected);
            return report(slug, revision, form.correctionsOrNone(), model);
        }
    }

    /* The report; corrections the admin mistyped are shown with the report made without them. */
    private String report(String slug, ImportPreview revision, String corrections, Model model) {
        try {
            model.addAttribute("report", reimports.report(slug, revision, corrections));
        } catch (ImportRejected rejected) {
            if (corrections.isBlank()) {
                model.addAttribute("rejection", rejected);
                return "importing/reimport-form";
            }
            model.addAttribute("rejection", rejected);
            model.addAttribute("report", reimports.report(slug, revision, ""));
        }
        return "importing/reimport-report";
    }
}
