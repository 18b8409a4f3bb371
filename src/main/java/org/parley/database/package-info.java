/**
 * Where Parley's data lives. With no {@code spring.datasource.url} configured, an embedded
 * PostgreSQL (real binaries, zonky) keeps its files in {@code ./data/} so that a newcomer
 * needs nothing installed; with a URL, that server is used and none starts.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.parley.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
