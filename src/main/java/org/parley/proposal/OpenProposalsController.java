package org.parley.proposal;

import org.parley.account.Viewer;
import org.parley.disposition.Unanswered;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The organiser's desk: the open proposals waiting for them, their sessions' messages, the comments
 * still waiting for a response, and the latest comments on them.
 */
@Controller
class OpenProposalsController {

    private final OpenProposals proposals;
    private final Unanswered unanswered;

    OpenProposalsController(OpenProposals proposals, Unanswered unanswered) {
        this.proposals = proposals;
        this.unanswered = unanswered;
    }

    @GetMapping("/proposals")
    String list(Viewer viewer, Model model) {
        model.addAttribute("proposals", proposals.forOrganiser(viewer));
        model.addAttribute("messages", proposals.messages(viewer));
        model.addAttribute("activity", proposals.activity(viewer));
        model.addAttribute("detached", proposals.detached(viewer));
        model.addAttribute("unanswered", unanswered.forOrganiser(viewer));
        model.addAttribute("limit", OpenProposals.LIMIT);
        return "proposal/list";
    }
}
