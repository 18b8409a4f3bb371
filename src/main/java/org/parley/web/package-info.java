/**
 * What every page shares: the layout, error pages, date formatting for the reader's language,
 * flash messages. Depends on no other feature.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.parley.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
