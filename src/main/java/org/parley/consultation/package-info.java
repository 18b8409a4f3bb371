/**
 * Consultations and their text: sections, paragraphs with stable anchors, and the immutable
 * versions of each paragraph; the reading pages, each paragraph's history with word diffs, and
 * the admin pages that manage them. Other features use a service for each job:
 * {@link org.parley.consultation.ConsultationService} (a consultation's lifecycle and settings),
 * {@link org.parley.consultation.TextService} (its text and versions),
 * {@link org.parley.consultation.ReadingService} (what readers see),
 * {@link org.parley.consultation.DecisionRights} (who may decide on the text) and
 * {@link org.parley.consultation.SessionAssignments} (which session owns which section); the demo
 * writes past versions through {@link org.parley.consultation.TextHistoryWriter}. They also use
 * {@link org.parley.consultation.WordDiff} and the view records, and refer to paragraphs by id and anchor.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit", "session" })
@NullMarked
package org.parley.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
