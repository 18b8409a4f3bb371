package org.parley.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How many comments an account, and a client address, posted in the last minute and hour, in
 * memory: a restart forgets them, which only lets a spammer start over. Sliding windows, so that
 * no burst fits across the turn of a minute.
 */
@Component
class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int CLEAN_EVERY = 1000;

    private final DiscussionSettings settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> posts = new HashMap<>();
    private int sinceCleaning;

    RateLimits(DiscussionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The refusal for the limit one of these has reached, or null when they may post. */
    synchronized @Nullable CommentRefused reached(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            var times = posts.getOrDefault(key, new ArrayDeque<>());
            forget(times, now);
            if (count(times, now.minus(MINUTE)) >= settings.commentsPerMinute()) {
                return new CommentRefused("comment.refused.rateMinute", settings.commentsPerMinute());
            }
            if (times.size() >= settings.commentsPerHour()) {
                return new CommentRefused("comment.refused.rateHour", settings.commentsPerHour());
            }
        }
        return null;
    }

    synchronized void record(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            posts.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
        if (++sinceCleaning >= CLEAN_EVERY) {
            sinceCleaning = 0;
            posts.values().forEach(times -> forget(times, now));
            posts.values().removeIf(Deque::isEmpty);
        }
    }

    private static void forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(HOUR))) {
            times.removeFirst();
        }
    }

    private static int count(Deque<Instant> times, Instant since) {
        int count = 0;
        for (var it = times.descendingIterator(); it.hasNext() && it.next().isAfter(since); ) {
            count++;
        }
        return count;
    }
}
