package org.parley.session;

import org.parley.account.LayoutFlag;
import org.parley.account.SignedInAccount;
import org.springframework.stereotype.Component;

/** Tells the layout whether to show "My sessions". */
@Component
class OrganiserNav extends LayoutFlag {

    private final SessionService sessions;

    OrganiserNav(SessionService sessions) {
        super("organisesSessions");
        this.sessions = sessions;
    }

    @Override
    protected Boolean valueFor(SignedInAccount me) {
        return sessions.organisesAny(me.id());
    }
}
