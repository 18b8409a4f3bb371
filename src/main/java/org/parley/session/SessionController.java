package org.parley.session;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.parley.account.SignedInAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisers' own pages: the sessions they organise, and marking a session's messages final. */
@Controller
@RequestMapping("/sessions")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("sessions", sessions.organisedBy(me.id()));
        return "session/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model) {
        var session = sessions.session(id);
        refuseOthers(session, me);
        model.addAttribute("workshop", session);
        model.addAttribute("unconfirmed", false);
        return "session/show";
    }

    /** Without the ticked box the page comes back with the message next to it, and nothing changes. */
    @PostMapping("/{id}/final")
    String markFinal(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
                     @AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
        var session = sessions.session(id);
        refuseOthers(session, me);
        if (!confirm) {
            model.addAttribute("workshop", session);
            model.addAttribute("unconfirmed", true);
            return "session/show";
        }
        sessions.markFinal(id, me.id());
        redirect.addFlashAttribute("flash", "session.final.done");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
        sessions.reopen(id, me.id());
        redirect.addFlashAttribute("flash", "session.reopened");
        return "redirect:/sessions/" + id;
    }

    private void refuseOthers(SessionView session, SignedInAccount me) {
        if (!me.isAdmin() && !sessions.isOrganiser(session.id(), me.id())) {
            throw new NotOrganiser(session.id(), me.id());
        }
    }
}
