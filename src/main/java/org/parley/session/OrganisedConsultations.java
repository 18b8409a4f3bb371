package org.parley.session;

import org.parley.account.SignedInAccount;
import org.parley.web.HeaderValue;
import org.springframework.stereotype.Component;

/**
 * The consultations whose sessions the signed-in reader organises. The header shows nothing of it,
 * but pages shared between signed-in readers are kept apart by it: an organiser sees a consultation's
 * insights before anyone else, so two readers may share those only if they organise the same.
 */
@Component
class OrganisedConsultations implements HeaderValue {

    private final SessionService sessions;

    OrganisedConsultations(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "organisedConsultations";
    }

    @Override
    public Object valueForReader() {
        var me = SignedInAccount.current();
        return me == null ? "" : sessions.consultationsOrganisedBy(me.id());
    }
}
