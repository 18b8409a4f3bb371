/**
 * The demo a newcomer sees on first start: three consultations made from the seed documents,
 * their discussions on the original dates, and an account for each role. Loaded only into an
 * empty database, and switched off with {@code parley.demo.enabled=false}.
 */
@ApplicationModule(allowedDependencies = { "account", "session", "consultation", "importing", "discussion", "proposal", "disposition" })
@NullMarked
package org.parley.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
