/**
 * Moderation and its record: participants flag comments, admins work through a queue of
 * flagged and held comments and of participants awaiting approval, and every act of a
 * moderator is written to the audit log. It changes comments only through
 * {@link org.parley.discussion.CommentService} and accounts only through
 * {@link org.parley.account.AccountService}; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit", "session", "consultation", "discussion" })
@NullMarked
package org.parley.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
