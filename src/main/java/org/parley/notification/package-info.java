/**
 * Following and being told (decision 32): people follow paragraphs, sessions and consultations
 * (and what they comment on, unless they untick it); the other modules' events become
 * notifications at {@code /notifications}, with the unread count in the header, and mails — at
 * once, in a daily or weekly digest, or never, as each person chose per kind — with a one-click
 * unsubscribe. Events come through Spring Modulith's publication registry in PostgreSQL: written
 * with the change, delivered after it, published again until their listener succeeded.
 */
@ApplicationModule(allowedDependencies = { "web", "account", "mail", "consultation", "session", "discussion", "proposal" })
@NullMarked
package org.parley.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
