package org.parley.discussion;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The time a comment form was shown, signed with an HMAC so that a program cannot claim it
 * waited: people take a few seconds to write, programs post at once.
 */
@Component
class FormStamps {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final Clock clock;

    FormStamps(DiscussionSettings settings, Clock clock) {
        this.clock = clock;
        if (settings.formSecret() != null && !settings.formSecret().isBlank()) {
            this.secret = settings.formSecret().getBytes(StandardCharsets.UTF_8);
        } else {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        }
    }

    String stamp() {
        return stamp(clock.instant());
    }

    String stamp(Instant shownAt) {
        String millis = Long.toString(shownAt.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** When the form was shown, if the stamp is one of ours. */
    Optional<Instant> shownAt(@Nullable String stamp) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String millis = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** How long ago the form was shown; empty for a missing or forged stamp. */
    Optional<Duration> age(@Nullable String stamp) {
        return shownAt(stamp).map(shown -> Duration.between(shown, clock.instant()));
    }

    /** The stamp itself when it is valid, so that a form shown again keeps its time; a new one otherwise. */
    String keepOrRenew(@Nullable String stamp) {
        return shownAt(stamp).isPresent() && stamp != null ? stamp : stamp();
    }

    private String sign(String value) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
