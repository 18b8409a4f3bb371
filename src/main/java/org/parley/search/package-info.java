/**
 * Search of the text and the discussion: {@code /search} across the consultations readers may
 * see and {@code /c/{slug}/search} within one, with PostgreSQL's full-text search (decision 29):
 * web-style queries, stemming in the consultation's language, ranking and marked snippets in SQL.
 * It reads the owners' views (decision 28) and writes nothing.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "session", "consultation", "discussion", "moderation" })
@NullMarked
package org.parley.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
