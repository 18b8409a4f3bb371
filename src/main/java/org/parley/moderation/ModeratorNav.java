package org.parley.moderation;

import org.parley.account.LayoutFlag;
import org.parley.account.SignedInAccount;
import org.springframework.stereotype.Component;

/** Tells the layout whether to show organisers and appointed moderators their own moderation page. */
@Component
class ModeratorNav extends LayoutFlag {

    private final ModerationScope scope;

    ModeratorNav(ModerationScope scope) {
        super("moderatesComments");
        this.scope = scope;
    }

    @Override
    protected Boolean valueFor(SignedInAccount me) {
        return !me.isAdmin() && scope.moderatesAny(me.id());
    }
}
