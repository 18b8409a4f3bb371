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
    private final RateLimits limits = new RateLimits(new DiscussionSettings(Duration.ofMinutes(30), 5000, 4, 8,
            Duration.ofSeconds(3), null, 3, 5, new DiscussionSettings.AddressLimit(10, 20)), clock);

    @Test
    void theMinuteLimitSlidesWithTheClock() {
        post(3, 1, "10.0.0.1");
        assertThat(limits.reached(1, "10.0.0.1").messageKey()).isEqualTo("comment.refused.rateMinute");
        assertThat(limits.reached(2, "10.0.0.2")).isNull();

        clock.move(Duration.ofSeconds(59));
        assertThat(limits.reached(1, "10.0.0.1")).as("still within the minute").isNotNull();
        clock.move(Duration.ofSeconds(1));
        assertThat(limits.reached(1, "10.0.0.1")).as("a minute after the first three").isNull();
    }

    @Test
    void theHourLimitCountsEveryPostOfTheLastHour() {
        post(3, 1, "10.0.0.1");
        clock.move(Duration.ofMinutes(2));
        post(2, 1, "10.0.0.1");
        assertThat(limits.reached(1, "10.0.0.1").messageKey()).isEqualTo("comment.refused.rateHour");

        clock.move(Duration.ofMinutes(58));
        assertThat(limits.reached(1, "10.0.0.1")).as("the first three are an hour old").isNull();
    }

    @Test
    void aRoomBehindOneAddressIsCountedPerPersonUntilTheFloodGuard() {
        for (long person = 1; person <= 3; person++) {
            post(3, person, "192.0.2.7");
        }
        assertThat(limits.reached(1, "192.0.2.7").messageKey()).as("the person who posted three")
                .isEqualTo("comment.refused.rateMinute");
        assertThat(limits.reached(4, "192.0.2.7")).as("nine comments from the room, a fourth person").isNull();
        post(1, 4, "192.0.2.7");

        var flood = limits.reached(5, "192.0.2.7");
        assertThat(flood.messageKey()).as("ten from one address").isEqualTo("comment.refused.addressMinute");
        assertThat(flood.args()).containsExactly(10);
        assertThat(limits.reached(5, "198.51.100.1")).as("the same person elsewhere").isNull();
    }

    private void post(int times, long accountId, String address) {
        for (int i = 0; i < times; i++) {
            assertThat(limits.reached(accountId, address)).isNull();
            limits.record(accountId, address);
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
