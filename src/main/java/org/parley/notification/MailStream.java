package org.parley.notification;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What one unsubscribe link turns off: one kind (a mail sent at once) or a digest (every kind it
 * carries). Named in the link as the kind's or the digest's name.
 */
record MailStream(@Nullable NotificationKind kind, @Nullable Frequency digest) {

    static MailStream of(NotificationKind kind) {
        return new MailStream(kind, null);
    }

    static MailStream digestOf(Frequency frequency) {
        return new MailStream(null, frequency);
    }

    static Optional<MailStream> named(String name) {
        if (Frequency.DAILY.name().equals(name) || Frequency.WEEKLY.name().equals(name)) {
            return Optional.of(digestOf(Frequency.valueOf(name)));
        }
        return NotificationKind.named(name).map(MailStream::of);
    }

    String name() {
        return kind != null ? kind.name() : String.valueOf(digest);
    }
}
