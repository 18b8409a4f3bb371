/**
 * Accounts and signing in: participants and admins, form login, the first admin from
 * configuration. Other features use {@link org.parley.account.AccountService}; organisers are
 * accounts appointed to a session, not a role of their own.
 */
@ApplicationModule(allowedDependencies = { "web", "mail" })
@NullMarked
package org.parley.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
