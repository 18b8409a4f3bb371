package org.parley.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email and per client address in the database, so that every
 * instance behind a load balancer sees the same counts. The email counts whether or not it has an
 * account, so the throttle itself tells nobody which addresses are registered.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, LoginSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this attempt must still wait, if it must. */
    @Transactional(readOnly = true)
    Optional<Duration> waitFor(String email, String address) {
        var now = clock.instant();
        return jdbc.sql("SELECT max(locked_until) FROM login_throttle WHERE throttle_key IN (:keys) AND locked_until > :now")
                .param("keys", List.of(accountKey(email), addressKey(address))).param("now", Timestamp.from(now))
                .query(Timestamp.class).optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    @Transactional
    void failed(String email, String address) {
        count(accountKey(email), settings.accountFailures());
        count(addressKey(address), settings.addressFailures());
    }

    /** A successful sign-in or a new password: the account's failures are forgiven (its address's are not). */
    @Transactional
    void cleared(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(email)).update();
    }

    private void count(String key, int threshold) {
        var now = clock.instant();
        int failures = jdbc.sql("""
                        INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            failures = CASE WHEN login_throttle.last_failure_at < :forgotten THEN 1
                                            ELSE login_throttle.failures + 1 END,
                            last_failure_at = :now
                        RETURNING failures""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(settings.forgetAfter())))
                .query(Integer.class).single();
        if (failures >= threshold) {
            jdbc.sql("UPDATE login_throttle SET locked_until = :until WHERE throttle_key = :key")
                    .param("until", Timestamp.from(now.plus(delay(failures - threshold)))).param("key", key).update();
        }
    }

    /** 30 s, 60 s, 120 s … up to the cap. */
    Duration delay(int beyondThreshold) {
        int doublings = Math.min(beyondThreshold, 30);
        var delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static String accountKey(String email) {
        return "account:" + Account.normaliseEmail(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

}
