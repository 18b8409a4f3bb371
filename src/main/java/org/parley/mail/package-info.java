/**
 * Sending mail: over SMTP when {@code spring.mail.host} is set, otherwise into the log so that
 * a demo without a mail server still shows every link. Other features use
 * {@link org.parley.mail.Mailer}; what a mail says is theirs.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.parley.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
