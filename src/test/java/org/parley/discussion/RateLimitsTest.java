package org.parley.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-24T09:00:00Z"));
    private final RateLimits limits = new RateLimits(
            new DiscussionSettings(Duration.ofMinutes(30), 5000, 4, 8, Duration.ofSeconds(3), null, 3, 5), clock);

    @Test
    void theMinuteLimitSlidesWithTheClock() {
        post(3, "account:1");
        assertThat(limits.reached("account:1").messageKey()).isEqualTo("comment.refused.rateMinute");
        assertThat(limits.reached("account:2")).isNull();

        clock.move(Duration.ofSeconds(59));
        assertThat(limits.reached("account:1")).as("still within the minute").isNotNull();
        clock.move(Duration.ofSeconds(1));
        assertThat(limits.reached("account:1")).as("a minute after the first three").isNull();
    }

    @Test
    void theHourLimitCountsEveryPostOfTheLastHour() {
        post(3, "address:10.0.0.1");
        clock.move(Duration.ofMinutes(2));
        post(2, "address:10.0.0.1");
        assertThat(limits.reached("account:1", "address:10.0.0.1").messageKey()).isEqualTo("comment.refused.rateHour");

        clock.move(Duration.ofMinutes(58));
        assertThat(limits.reached("address:10.0.0.1")).as("the first three are an hour old").isNull();
    }

    private void post(int times, String key) {
        for (int i = 0; i < times; i++) {
            assertThat(limits.reached(key)).isNull();
            limits.record(key);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
