package org.parley.discussion;

import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supporting someone's proposal, as in "I think Torsten's suggestion … is a good one". */
@Controller
class SupportController {

    private final CommentService comments;
    private final DiscussionReader reader;

    SupportController(CommentService comments, DiscussionReader reader) {
        this.comments = comments;
        this.reader = reader;
    }

    @PostMapping("/comments/{id}/support")
    String toggle(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        var location = reader.location(id).orElseThrow(() -> new CommentNotFound(id));
        try {
            redirect.addFlashAttribute("flash", comments.toggleSupport(id, me.id()) ? "proposal.supported" : "proposal.unsupported");
        } catch (CommentRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/c/" + location.slug() + "/p/" + location.anchor() + "?comment=" + id + "#c-" + id;
    }
}
