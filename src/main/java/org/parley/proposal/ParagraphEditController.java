package org.parley.proposal;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.DecisionRights;
import org.parley.consultation.ParagraphChanged;
import org.parley.consultation.ReadingService;
import org.parley.session.NotOrganiser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers write a new version themselves, or bring back an older one. */
@Controller
@RequestMapping("/c/{slug}/p/{anchor}")
class ParagraphEditController {

    private final ProposalService proposals;
    private final ConsultationService consultations;
    private final DecisionRights decisionRights;
    private final ReadingService reading;

    ParagraphEditController(ProposalService proposals, ConsultationService consultations,
                            DecisionRights decisionRights, ReadingService reading) {
        this.proposals = proposals;
        this.consultations = consultations;
        this.decisionRights = decisionRights;
        this.reading = reading;
    }

    @GetMapping("/edit")
    String showForm(@PathVariable String slug, @PathVariable String anchor, Viewer viewer, Model model) {
        var paragraph = reading.paragraph(slug, anchor, true);
        return page(model, slug, anchor, viewer,
                new DecisionForm(paragraph.version(), paragraph.text(), null, null), null);
    }

    @PostMapping("/edit")
    String edit(@PathVariable String slug, @PathVariable String anchor, DecisionForm form, Viewer viewer,
                Model model, RedirectAttributes redirect) {
        var paragraph = reading.paragraph(slug, anchor, true);
        try {
            int version = proposals.edit(paragraph.id(), viewer, form.expected(), form.text() == null ? "" : form.text(),
                    form.note() == null ? "" : form.note());
            return done(slug, anchor, version, "decision.edited", redirect);
        } catch (ParagraphChanged changed) {
            return page(model, slug, anchor, viewer, form, new DecisionRefused("decision.refused.changed", changed.currentVersion()));
        } catch (DecisionRefused refused) {
            return page(model, slug, anchor, viewer, form, refused);
        }
    }

    @PostMapping("/restore")
    String restore(@PathVariable String slug, @PathVariable String anchor, @RequestParam int version,
                   @RequestParam int expectedVersion, Viewer viewer, RedirectAttributes redirect) {
        var paragraph = reading.paragraph(slug, anchor, true);
        try {
            int restored = proposals.restore(paragraph.id(), viewer, expectedVersion, version);
            return done(slug, anchor, restored, "decision.restored", redirect);
        } catch (ParagraphChanged changed) {
            redirect.addFlashAttribute("flash", "decision.refused.changed");
            redirect.addFlashAttribute("flashArgs", new Object[] {changed.currentVersion()});
        } catch (DecisionRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
            redirect.addFlashAttribute("flashArgs", refused.args());
        }
        return "redirect:/c/" + slug + "/p/" + anchor + "/history";
    }

    private String page(Model model, String slug, String anchor, Viewer viewer, DecisionForm form,
                        @Nullable DecisionRefused refusal) {
        var paragraph = reading.paragraph(slug, anchor, true);
        if (!decisionRights.mayDecide(paragraph.id(), viewer)) {
            throw NotOrganiser.ofParagraph(paragraph.id());
        }
        model.addAttribute("paragraph", paragraph);
        model.addAttribute("consultation", consultations.summary(slug));
        model.addAttribute("form", new DecisionForm(paragraph.version(), form.text(), form.note(), null));
        model.addAttribute("refusal", refusal);
        return "proposal/edit";
    }

    private static String done(String slug, String anchor, int version, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArgs", new Object[] {version});
        return "redirect:/c/" + slug + "/p/" + anchor;
    }
}
