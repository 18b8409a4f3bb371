package org.parley.discussion;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.DecisionRights;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * After a re-import, the comments whose quoted passage is gone, on one page for those who look
 * after the consultation (its session organisers and the admins): each stays in its paragraph's
 * thread, marked detached, but nobody should have to search the threads for them.
 */
@Controller
class DetachedCommentsController {

    private final ConsultationService consultations;
    private final DecisionRights decisionRights;
    private final DetachedComments detached;

    DetachedCommentsController(ConsultationService consultations, DecisionRights decisionRights,
                               DetachedComments detached) {
        this.consultations = consultations;
        this.decisionRights = decisionRights;
        this.detached = detached;
    }

    @GetMapping("/c/{slug}/detached")
    String list(@PathVariable String slug, Viewer viewer, Model model) {
        var consultation = consultations.summary(slug);
        if (!decisionRights.organises(slug, viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("consultation", consultation);
        model.addAttribute("comments", detached.of(consultation.id()));
        return "discussion/detached";
    }
}
