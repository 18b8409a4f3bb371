package org.parley.importing;

import java.io.IOException;
import java.time.Instant;

import org.parley.consultation.ConsultationService;
import org.parley.consultation.TextAlreadyImported;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/consultations/{slug}/import")
class ImportController {

    private final ImportService imports;
    private final ConsultationService consultations;

    ImportController(ImportService imports, ConsultationService consultations) {
        this.imports = imports;
        this.consultations = consultations;
    }

    /** A consultation with its text takes a revision: the first-import form would only refuse at the end. */
    @GetMapping
    String showForm(@PathVariable String slug, Model model, RedirectAttributes redirect) {
        var consultation = consultations.summary(slug);
        if (consultation.hasText()) {
            return toReimport(slug, redirect);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", ImportForm.empty());
        return "importing/form";
    }

    @PostMapping("/preview")
    String preview(@PathVariable String slug, @ModelAttribute("form") ImportForm form, Model model,
                   RedirectAttributes redirect) throws IOException {
        var consultation = consultations.summary(slug);
        if (consultation.hasText()) {
            return toReimport(slug, redirect);
        }
        model.addAttribute("consultation", consultation);
        try {
            var preview = form.hasFile()
                    ? imports.preview(form.file().getBytes(), form.file().getOriginalFilename(), form.format(),
                            form.headingsAsParagraphs())
                    : imports.preview(form.text() == null ? "" : form.text(), null, form.format(),
                            form.headingsAsParagraphs());
            model.addAttribute("preview", preview);
            return "importing/preview";
        } catch (ImportRejected rejected) {
            return rejected(model, rejected);
        }
    }

    @PostMapping
    String confirm(@PathVariable String slug, @ModelAttribute("form") ImportForm form, Model model,
                   RedirectAttributes redirect) {
        var consultation = consultations.summary(slug);
        try {
            var result = imports.importText(slug, form.text() == null ? "" : form.text(), form.format(), Instant.now(),
                    form.headingsAsParagraphs());
            redirect.addFlashAttribute("flash", "import.done");
            redirect.addFlashAttribute("flashArgs", new Object[] {result.sections(), result.paragraphs()});
            return "redirect:/c/" + slug;
        } catch (ImportRejected rejected) {
            model.addAttribute("consultation", consultation);
            return rejected(model, rejected);
        } catch (TextAlreadyImported alreadyImported) {
            redirect.addFlashAttribute("flash", "import.error.alreadyImported");
            return "redirect:/admin/consultations";
        }
    }

    /* The form again with the reason; for a text of headings only, the levels it could take as paragraphs. */
    private static String rejected(Model model, ImportRejected rejected) {
        model.addAttribute("rejection", rejected);
        if (rejected instanceof OnlyHeadings onlyHeadings) {
            model.addAttribute("headingLevels", onlyHeadings.levels());
        }
        return "importing/form";
    }

    private static String toReimport(String slug, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "import.hasText");
        return "redirect:/admin/consultations/" + slug + "/reimport";
    }
}
