package org.parley.proposal;

import org.parley.account.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Waiting for your decision": the organiser's queue of open proposals. */
@Controller
class OpenProposalsController {

    private final OpenProposals proposals;

    OpenProposalsController(OpenProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/proposals")
    String list(Authentication authentication, Model model) {
        model.addAttribute("proposals", proposals.forOrganiser(Viewer.of(authentication)));
        model.addAttribute("limit", OpenProposals.LIMIT);
        return "proposal/list";
    }
}
