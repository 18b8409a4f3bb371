package org.parley.consultation;

import jakarta.validation.Valid;
import org.parley.session.SessionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/consultations")
class AdminConsultationController {

    private final ConsultationService consultations;
    private final SessionService sessions;

    AdminConsultationController(ConsultationService consultations, SessionService sessions) {
        this.consultations = consultations;
        this.sessions = sessions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("consultations", consultations.listAll());
        return "consultation/admin-list";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", ConsultationForm.empty());
        return "consultation/admin-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "consultation/admin-form";
        }
        try {
            consultations.create(form.toNewConsultation());
            consultations.moderate(form.slug().strip(), form.toModerationRules());
            consultations.keepCommentsOfDeletedAccounts(form.slug().strip(), form.toDeletedAccountComments());
            consultations.showInsightsWhileOpen(form.slug().strip(), form.insightsPublicWhileOpen());
            consultations.writtenIn(form.slug().strip(), form.toLanguage());
        } catch (SlugTaken taken) {
            result.rejectValue("slug", "consultation.slug.taken");
            return "consultation/admin-form";
        }
        redirect.addFlashAttribute("flash", "consultation.created");
        return "redirect:/admin/consultations/" + form.slug().strip() + "/import";
    }

    @GetMapping("/{slug}/edit")
    String showEditForm(@PathVariable String slug, Model model) {
        var consultation = consultations.summary(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("form", ConsultationForm.of(consultation, consultations.moderation(slug),
                consultations.deletedAccountComments(slug), consultations.insightsPublicWhileOpen(slug),
                consultations.language(slug)));
        return "consultation/admin-form";
    }

    @PostMapping("/{slug}")
    String update(@PathVariable String slug, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var consultation = consultations.summary(slug);
        if (result.hasErrors()) {
            model.addAttribute("consultation", consultation);
            return "consultation/admin-form";
        }
        consultations.describe(slug, form.toNewConsultation());
        consultations.moderate(slug, form.toModerationRules());
        consultations.keepCommentsOfDeletedAccounts(slug, form.toDeletedAccountComments());
        consultations.showInsightsWhileOpen(slug, form.insightsPublicWhileOpen());
        consultations.writtenIn(slug, form.toLanguage());
        redirect.addFlashAttribute("flash", "consultation.updated");
        return "redirect:/admin/consultations";
    }

    /**
     * Publishing while some sessions have not marked their messages final first shows which ones,
     * and publishes only once the admin confirms.
     */
    @PostMapping("/{slug}/status")
    String changeStatus(@PathVariable String slug, @RequestParam ConsultationStatus status,
                        @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (status == ConsultationStatus.PUBLISHED && !confirmed) {
            var consultation = consultations.summary(slug);
            var notFinal = sessions.sessions(consultation.id()).stream().filter(session -> !session.isFinal()).toList();
            if (!notFinal.isEmpty()) {
                model.addAttribute("consultation", consultation);
                model.addAttribute("notFinal", notFinal);
                return "consultation/admin-publish";
            }
        }
        consultations.changeStatus(slug, status);
        redirect.addFlashAttribute("flash", "consultation.statusChanged");
        return "redirect:/admin/consultations";
    }
}
