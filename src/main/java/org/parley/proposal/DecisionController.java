package org.parley.proposal;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.DecisionRights;
import org.parley.consultation.ParagraphChanged;
import org.parley.consultation.ReadingService;
import org.parley.discussion.CommentService;
import org.parley.session.NotOrganiser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deciding on one proposal. When the paragraph changed meanwhile, or another organiser decided
 * first, the page comes back with the new state and with everything the organiser typed.
 */
@Controller
@RequestMapping("/proposals/{id}")
class DecisionController {

    private final ProposalService proposals;
    private final CommentService comments;
    private final ConsultationService consultations;
    private final DecisionRights decisionRights;
    private final ReadingService reading;
    private final AccountService accounts;

    DecisionController(ProposalService proposals, CommentService comments, ConsultationService consultations,
                       DecisionRights decisionRights, ReadingService reading, AccountService accounts) {
        this.proposals = proposals;
        this.comments = comments;
        this.consultations = consultations;
        this.decisionRights = decisionRights;
        this.reading = reading;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@PathVariable long id, Viewer viewer, Model model) {
        return page(id, viewer, model, new DecisionForm(null, null, null, null), null);
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, DecisionForm form, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        return decide(id, viewer, form, model, redirect, "decision.accepted",
                () -> proposals.accept(id, viewer, form.expected(), form.note()));
    }

    @PostMapping("/accept-with-edits")
    String acceptWithEdits(@PathVariable long id, DecisionForm form, Viewer viewer, Model model,
                           RedirectAttributes redirect) {
        return decide(id, viewer, form, model, redirect, "decision.acceptedWithEdits",
                () -> proposals.acceptWithEdits(id, viewer, form.expected(), form.text() == null ? "" : form.text(), form.note()));
    }

    @PostMapping("/reject")
    String reject(@PathVariable long id, DecisionForm form, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        return decide(id, viewer, form, model, redirect, "decision.rejected", () -> {
            proposals.reject(id, viewer, form.reason() == null ? "" : form.reason());
            return 0;
        });
    }

    private String decide(long id, Viewer viewer, DecisionForm form, Model model, RedirectAttributes redirect,
                          String doneKey, Decision decision) {
        try {
            int version = decision.make();
            var proposal = comments.proposal(id);
            var paragraph = reading.paragraph(proposal.paragraphId());
            redirect.addFlashAttribute("flash", doneKey);
            redirect.addFlashAttribute("flashArgs", new Object[] {version});
            return "redirect:/c/" + paragraph.consultationSlug() + "/p/" + paragraph.anchor() + "?comment=" + id + "#c-" + id;
        } catch (ParagraphChanged changed) {
            return page(id, viewer, model, form, new DecisionRefused("decision.refused.changed", changed.currentVersion()));
        } catch (DecisionRefused refused) {
            return page(id, viewer, model, form, refused);
        }
    }

    private String page(long id, Viewer viewer, Model model, DecisionForm form, @Nullable DecisionRefused refusal) {
        var proposal = comments.proposal(id);
        var paragraph = reading.paragraph(proposal.paragraphId());
        if (!decisionRights.mayDecide(paragraph.id(), viewer)) {
            throw NotOrganiser.ofParagraph(paragraph.id());
        }
        var rebased = proposals.rebaseView(proposal, paragraph);
        model.addAttribute("proposal", proposal);
        model.addAttribute("author", accounts.participant(proposal.authorId()));
        model.addAttribute("paragraph", paragraph);
        model.addAttribute("consultation", consultations.summary(paragraph.consultationSlug()));
        model.addAttribute("rebased", rebased);
        model.addAttribute("form", new DecisionForm(paragraph.version(), form.text() != null ? form.text() : rebased.draft(),
                form.note(), form.reason()));
        model.addAttribute("refusal", refusal);
        model.addAttribute("textFinal", decisionRights.isFinal(paragraph.id()));
        return "proposal/decide";
    }

    @FunctionalInterface
    private interface Decision {
        int make();
    }
}
