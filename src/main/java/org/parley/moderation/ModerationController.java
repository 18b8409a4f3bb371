package org.parley.moderation;

import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
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

/** The moderation queue and the moderator's acts; /admin/** is for admins only (SecurityConfiguration). */
@Controller
@RequestMapping("/admin/moderation")
class ModerationController {

    private static final String QUEUE = "redirect:/admin/moderation";

    private final ModerationService moderation;
    private final ModerationQueue queue;
    private final AccountService accounts;

    ModerationController(ModerationService moderation, ModerationQueue queue, AccountService accounts) {
        this.moderation = moderation;
        this.queue = queue;
        this.accounts = accounts;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("flagged", queue.flagged());
        model.addAttribute("held", queue.held());
        model.addAttribute("hidden", queue.recentlyHidden());
        model.addAttribute("participants", accounts.awaitingApproval());
        model.addAttribute("heldCounts", queue.heldCounts());
        model.addAttribute("action", null);
        model.addAttribute("reason", "");
        model.addAttribute("maxReason", ModerationService.MAX_REASON);
        return "moderation/queue";
    }

    @GetMapping("/comments/{id}")
    String showComment(@PathVariable long id, Model model) {
        return commentPage(id, null, "", null, model);
    }

    @PostMapping("/comments/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        return withReason(id, "hide", reason, model, redirect, "moderation.hidden",
                () -> moderation.hide(id, me.id(), reason));
    }

    @PostMapping("/comments/{id}/restore")
    String restore(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                   @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        return withReason(id, "restore", reason, model, redirect, "moderation.restored",
                () -> moderation.restore(id, me.id(), reason));
    }

    @PostMapping("/comments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                  @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        return withReason(id, "reject", reason, model, redirect, "moderation.rejected",
                () -> moderation.reject(id, me.id(), reason));
    }

    /** An act that needs a reason: without one, the comment's page comes back with the message and what was typed. */
    private String withReason(long id, String action, @Nullable String reason, Model model, RedirectAttributes redirect,
                              String doneKey, BooleanSupplier act) {
        try {
            return outcome(act.getAsBoolean(), doneKey, redirect);
        } catch (ModerationRefused refused) {
            return commentPage(id, action, reason, refused, model);
        }
    }

    @PostMapping("/comments/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        return outcome(moderation.approve(id, me.id()), "moderation.approved", redirect);
    }

    @PostMapping("/comments/{id}/dismiss")
    String dismiss(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        return outcome(moderation.dismissFlags(id, me.id()), "moderation.dismissed", redirect);
    }

    @PostMapping("/participants/{id}/approve")
    String approveParticipant(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me,
                              RedirectAttributes redirect) {
        int released = moderation.approveParticipant(id, me.id());
        if (released < 0) {
            redirect.addFlashAttribute("flash", "moderation.participantAlreadyApproved");
        } else {
            redirect.addFlashAttribute("flash", "moderation.participantApproved");
            redirect.addFlashAttribute("flashArgs", new Object[] {released});
        }
        return QUEUE;
    }

    private static String outcome(boolean done, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", done ? message : "moderation.stale");
        return QUEUE;
    }

    private String commentPage(long id, @Nullable String action, @Nullable String reason,
                               @Nullable ModerationRefused refused, Model model) {
        model.addAttribute("comment", queue.comment(id));
        model.addAttribute("action", action);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("refusal", refused == null ? null : refused.messageKey());
        model.addAttribute("maxReason", ModerationService.MAX_REASON);
        return "moderation/comment";
    }
}
