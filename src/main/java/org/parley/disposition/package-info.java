/**
 * What became of each comment: the organisers' responses to comments and replies (addressed in a
 * version, partly, not taken up, out of scope, noted), each change kept and audited; the desk's
 * list of comments without a response; and the disposition report of a consultation, as a page
 * and as Word, PDF and CSV. Accepted and rejected proposals answer themselves: their response is
 * read from the decision. The threads show responses through
 * {@link org.parley.discussion.CommentResponses}, which {@link org.parley.disposition.Responses}
 * implements; the desk asks {@link org.parley.disposition.Unanswered}.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit", "session", "consultation", "discussion", "export" })
@NullMarked
package org.parley.disposition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
