package org.parley.moderation;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A consultation's moderators, in its admin pages (/admin/** is for admins only). */
@Controller
@RequestMapping("/admin/consultations/{slug}/moderators")
class ModeratorsController {

    private final ConsultationService consultations;
    private final Moderators moderators;

    ModeratorsController(ConsultationService consultations, Moderators moderators) {
        this.consultations = consultations;
        this.moderators = moderators;
    }

    @GetMapping
    String show(@PathVariable String slug, Model model) {
        return page(slug, "", null, model);
    }

    @PostMapping
    String appoint(@PathVariable String slug, @RequestParam(defaultValue = "") String email,
                   @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        var consultation = consultations.summary(slug);
        try {
            moderators.appoint(consultation.id(), email, me.id());
        } catch (ModerationRefused refused) {
            return page(slug, email, refused.messageKey(), model);
        }
        redirect.addFlashAttribute("flash", "moderators.appointed");
        redirect.addFlashAttribute("flashArgs", new Object[] {email.strip()});
        return "redirect:/admin/consultations/" + slug + "/moderators";
    }

    @PostMapping("/{accountId}/delete")
    String dismiss(@PathVariable String slug, @PathVariable long accountId, @AuthenticationPrincipal SignedInAccount me,
                   RedirectAttributes redirect) {
        moderators.dismiss(consultations.summary(slug).id(), accountId, me.id());
        redirect.addFlashAttribute("flash", "moderators.dismissed");
        return "redirect:/admin/consultations/" + slug + "/moderators";
    }

    private String page(String slug, String email, @Nullable String refusal, Model model) {
        var consultation = consultations.summary(slug);
        model.addAttribute("consultation", consultation);
        model.addAttribute("moderators", moderators.of(consultation.id()));
        model.addAttribute("email", email);
        model.addAttribute("refusal", refusal);
        return "moderation/moderators";
    }
}
