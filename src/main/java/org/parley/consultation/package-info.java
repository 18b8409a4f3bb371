/**
 * Consultations and their text: sections, paragraphs with stable anchors, and the immutable
 * versions of each paragraph; the reading pages, each paragraph's history with word diffs, and
 * the admin pages that manage them. Other features use
 * {@link org.parley.consultation.ConsultationService}, {@link org.parley.consultation.WordDiff}
 * and the view records, and refer to paragraphs by id and anchor.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "audit", "session" })
@NullMarked
package org.parley.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
