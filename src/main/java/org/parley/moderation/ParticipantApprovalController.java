package org.parley.moderation;

import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Approving participants is for admins only: it publishes what they wrote in every consultation. */
@Controller
class ParticipantApprovalController {

    private final ModerationService moderation;

    ParticipantApprovalController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @PostMapping(ModerationController.ADMIN + "/participants/{id}/approve")
    String approveParticipant(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me,
                              RedirectAttributes redirect) {
        int released = moderation.approveParticipant(id, me.id());
        if (released < 0) {
            redirect.addFlashAttribute("flash", "moderation.participantAlreadyApproved");
        } else {
            redirect.addFlashAttribute("flash", "moderation.participantApproved");
            redirect.addFlashAttribute("flashArgs", new Object[] {released});
        }
        return "redirect:" + ModerationController.ADMIN;
    }
}
