/**
 * The discussion of a text: comments on paragraphs and on quoted passages, replies in threads,
 * edits and withdrawals, "See in context" permalinks, the recent-comments sidebar. It knows a
 * paragraph only through {@link org.parley.consultation.ReadingService} (id and anchor)
 * and people only through {@link org.parley.account.AccountService}.
 * {@link org.parley.discussion.CommentService} is its entry point for other features.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "mail", "session", "consultation" })
@NullMarked
package org.parley.discussion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
