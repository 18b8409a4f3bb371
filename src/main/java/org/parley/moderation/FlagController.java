package org.parley.moderation;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anyone signed in can tell the moderators that a comment breaks the rules, and why. */
@Controller
@RequestMapping("/comments/{id}/flag")
class FlagController {

    private final ModerationService moderation;
    private final ModerationQueue queue;

    FlagController(ModerationService moderation, ModerationQueue queue) {
        this.moderation = moderation;
        this.queue = queue;
    }

    @GetMapping
    String showForm(@PathVariable long id, Model model) {
        return form(id, "", null, model);
    }

    @PostMapping
    String flag(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        try {
            moderation.flag(id, me.id(), reason);
        } catch (ModerationRefused refused) {
            return form(id, reason == null ? "" : reason, refused.messageKey(), model);
        }
        redirect.addFlashAttribute("flash", "flag.thanks");
        return "redirect:/comments/" + id;
    }

    private String form(long id, String reason, @Nullable String refusal, Model model) {
        var comment = queue.comment(id);
        if (!comment.isPublished()) {
            throw new CommentGone(id);
        }
        model.addAttribute("comment", comment);
        model.addAttribute("reason", reason);
        model.addAttribute("refusal", refusal);
        model.addAttribute("maxReason", ModerationService.MAX_REASON);
        return "moderation/flag";
    }
}
