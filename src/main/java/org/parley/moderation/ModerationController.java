package org.parley.moderation;

import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.util.UrlPathHelper;

/**
 * The moderation queue and the moderator's acts. Admins work at /admin/moderation (for admins only,
 * SecurityConfiguration) on every comment; organisers and appointed moderators at /moderation on
 * the comments of their sessions and consultations, without the participants' emails. Each act
 * checks the scope again in {@link ModerationService}.
 */
@Controller
@RequestMapping({ModerationController.ADMIN, ModerationController.OWN})
class ModerationController {

    static final String ADMIN = "/admin/moderation";
    static final String OWN = "/moderation";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final ModerationService moderation;
    private final ModerationQueue queue;
    private final ModerationScope scope;
    private final AccountService accounts;

    ModerationController(ModerationService moderation, ModerationQueue queue, ModerationScope scope,
                         AccountService accounts) {
        this.moderation = moderation;
        this.queue = queue;
        this.scope = scope;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model) {
        boolean admin = isAdminPage(request);
        if (!admin && !scope.moderatesAny(me.id())) {
            throw new NotAModerator(me.id());
        }
        Long within = me.isAdmin() ? null : me.id();
        model.addAttribute("flagged", forViewer(queue.flagged(within), admin));
        model.addAttribute("held", forViewer(queue.held(within), admin));
        model.addAttribute("hidden", forViewer(queue.recentlyHidden(within), admin));
        model.addAttribute("participants", admin && queue.approvalRequired() ? accounts.awaitingApproval() : List.of());
        model.addAttribute("heldCounts", queue.heldCounts());
        model.addAttribute("action", null);
        model.addAttribute("reason", "");
        model.addAttribute("maxReason", ModerationService.MAX_REASON);
        model.addAttribute("base", admin ? ADMIN : OWN);
        return "moderation/queue";
    }

    @GetMapping("/comments/{id}")
    String showComment(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request,
                       Model model) {
        scope.refuseOutside(id, me.id());
        return commentPage(id, null, "", null, request, model);
    }

    @PostMapping("/comments/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        return withReason(id, "hide", reason, request, model, redirect, "moderation.hidden",
                () -> moderation.hide(id, me.id(), reason));
    }

    @PostMapping("/comments/{id}/restore")
    String restore(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                   @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        return withReason(id, "restore", reason, request, model, redirect, "moderation.restored",
                () -> moderation.restore(id, me.id(), reason));
    }

    @PostMapping("/comments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                  @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        return withReason(id, "reject", reason, request, model, redirect, "moderation.rejected",
                () -> moderation.reject(id, me.id(), reason));
    }

    /** An act that needs a reason: without one, the comment's page comes back with the message and what was typed. */
    private String withReason(long id, String action, @Nullable String reason, HttpServletRequest request, Model model,
                              RedirectAttributes redirect, String doneKey, BooleanSupplier act) {
        try {
            return outcome(act.getAsBoolean(), doneKey, request, redirect);
        } catch (ModerationRefused refused) {
            return commentPage(id, action, reason, refused, request, model);
        }
    }

    @PostMapping("/comments/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return outcome(moderation.approve(id, me.id()), "moderation.approved", request, redirect);
    }

    @PostMapping("/comments/{id}/dismiss")
    String dismiss(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return outcome(moderation.dismissFlags(id, me.id()), "moderation.dismissed", request, redirect);
    }

    private static String outcome(boolean done, String message, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", done ? message : "moderation.stale");
        return "redirect:" + (isAdminPage(request) ? ADMIN : OWN);
    }

    /** The same acts answer at both addresses; the address decides where the pages link and whether emails show. */
    private static boolean isAdminPage(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith(ADMIN);
    }

    private static List<QueuedComment> forViewer(List<QueuedComment> comments, boolean admin) {
        return admin ? comments : comments.stream().map(QueuedComment::withoutEmail).toList();
    }

    private String commentPage(long id, @Nullable String action, @Nullable String reason,
                               @Nullable ModerationRefused refused, HttpServletRequest request, Model model) {
        boolean admin = isAdminPage(request);
        var comment = queue.comment(id);
        model.addAttribute("comment", admin ? comment : comment.withoutEmail());
        model.addAttribute("base", admin ? ADMIN : OWN);
        model.addAttribute("action", action);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("refusal", refused == null ? null : refused.messageKey());
        model.addAttribute("maxReason", ModerationService.MAX_REASON);
        return "moderation/comment";
    }
}
