/**
 * Sessions (workshops) of a consultation and the accounts that organise them. Organisers own
 * the text of their session's sections: other features ask
 * {@link org.parley.session.SessionService} who may decide on it.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit" })
@NullMarked
package org.parley.session;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
