/**
 * How Parley starts fast: the training run that {@code bin/parley} makes once per jar and Java,
 * so that the JVM's class cache holds what the first pages need. See docs/startup.md.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.parley.startup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
