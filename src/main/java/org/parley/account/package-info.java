/**
 * Accounts and signing in: participants and admins, form login, the first admin from
 * configuration. Other features use {@link org.parley.account.AccountService}; organisers are
 * accounts appointed to a session, not a role of their own.
 */
@NullMarked
package org.parley.account;

import org.jspecify.annotations.NullMarked;
