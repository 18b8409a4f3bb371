package org.parley.notification;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow and unfollow, one click each, from the paragraph, the notifications and the profile; back
 * to the page the form was on ({@code back}, a path of Parley only).
 */
@Controller
class FollowController {

    private final Follows follows;

    FollowController(Follows follows) {
        this.follows = follows;
    }

    /** What a link offers to follow (the consultation page's link carries no form, so it may be shared): follow or unfollow it. */
    @GetMapping("/follows")
    String ask(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) @Nullable String target,
               @RequestParam(required = false) @Nullable String id, Model model) {
        var asked = target(target, id);
        var followed = follows.describe(asked.target(), asked.id()).orElseThrow(() -> new NothingToFollow(target + " " + id));
        model.addAttribute("followed", followed);
        model.addAttribute("following", follows.follows(me.id(), asked.target(), asked.id()));
        return "notification/follow";
    }

    @PostMapping("/follows")
    String follow(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) @Nullable String target,
                  @RequestParam(required = false) @Nullable String id, @RequestParam(required = false) @Nullable String back,
                  RedirectAttributes redirect) {
        var followed = target(target, id);
        if (!follows.exists(followed.target(), followed.id())) {
            throw new NothingToFollow(target + " " + id);
        }
        follows.follow(me.id(), followed.target(), followed.id());
        redirect.addFlashAttribute("flash", "follow.followed");
        return "redirect:" + safeBack(back);
    }

    @PostMapping("/follows/remove")
    String unfollow(@AuthenticationPrincipal SignedInAccount me, @RequestParam(required = false) @Nullable String target,
                    @RequestParam(required = false) @Nullable String id, @RequestParam(required = false) @Nullable String back,
                    RedirectAttributes redirect) {
        var followed = target(target, id);
        follows.unfollow(me.id(), followed.target(), followed.id());
        redirect.addFlashAttribute("flash", "follow.unfollowed");
        return "redirect:" + safeBack(back);
    }

    private record Target(FollowTarget target, long id) {
    }

    private static Target target(@Nullable String target, @Nullable String id) {
        var kind = FollowTarget.named(String.valueOf(target)).orElseThrow(() -> new NothingToFollow(String.valueOf(target)));
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw new NothingToFollow(String.valueOf(id));
        }
        return new Target(kind, Long.parseLong(id));
    }

    /** Only a path on this site: never another host (an open redirect), never a scheme. */
    static String safeBack(@Nullable String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/notifications";
        }
        return back;
    }
}
