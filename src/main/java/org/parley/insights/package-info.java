/**
 * Insights into a consultation's discussion, for organisers preparing a synthesis: who took part by
 * stakeholder group, country and UN regional group (groups under five people merged, so no one is
 * identifiable), where along the text the discussion is, what became of the proposals, activity per
 * day, the most supported proposals, and the terms of the text and of the comments. Every chart is
 * SVG drawn on the server with its data table and a CSV download. It only reads, through the views
 * of the modules that own the rows (decision 28); {@link org.parley.insights.InsightsController} is
 * its one page.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "session", "consultation", "discussion" })
@NullMarked
package org.parley.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
