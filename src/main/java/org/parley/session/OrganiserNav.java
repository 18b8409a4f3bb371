package org.parley.session;

import org.jspecify.annotations.Nullable;
import org.parley.account.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show "My sessions"; anonymous visitors cost no query. */
@ControllerAdvice
class OrganiserNav {

    private final SessionService sessions;

    OrganiserNav(SessionService sessions) {
        this.sessions = sessions;
    }

    @ModelAttribute("organisesSessions")
    boolean organisesSessions(@AuthenticationPrincipal @Nullable SignedInAccount me) {
        return me != null && sessions.organisesAny(me.id());
    }
}
