/**
 * Exports of a consultation for people who work outside Parley: its current (or final) text as
 * Markdown, Word and PDF, optionally with the history of every changed paragraph, and its
 * comments and proposals as CSV and JSON for the report writers. Everything here only reads;
 * no export carries a participant's email.
 */
@ApplicationModule(allowedDependencies = { "account", "consultation", "discussion", "moderation" })
@NullMarked
package org.parley.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
