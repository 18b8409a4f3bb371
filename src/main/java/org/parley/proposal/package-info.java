/**
 * The organisers' side of proposed rewordings: accepting a proposal (as it is or edited) into a
 * new version of the paragraph, rejecting it with a reason, writing or restoring a version
 * directly. Only the organisers of the session that owns a paragraph, and admins, may.
 * {@link org.parley.proposal.ProposalService} is the entry point.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "mail", "audit", "session", "consultation", "discussion", "disposition" })
@NullMarked
package org.parley.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
