/**
 * The audit log: who did what, when, and the state before and after, for every act of an admin
 * or an organiser. Other features write through {@link org.parley.audit.AuditTrail} in the
 * transaction of the act itself; admins read it at {@code /admin/audit}. The table refuses every
 * UPDATE and DELETE, so the log can only grow.
 */
@ApplicationModule(allowedDependencies = { "account" })
@NullMarked
package org.parley.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
