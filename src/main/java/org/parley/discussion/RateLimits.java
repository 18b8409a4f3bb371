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
 * no burst fits across the turn of a minute. An account has the person's limit; an address has a
 * much higher one, because a room of people may share it, and a refusal says which was reached.
 */
@Component
class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int CLEAN_EVERY = 1000;

    private final DiscussionSettings settings;
    private final Clock clock;
    private final Map<String, RecentPosts> posts = new HashMap<>();
    private int sinceCleaning;

    RateLimits(DiscussionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The refusal for the limit the account, or else its address, has reached; null when they may post. */
    synchronized @Nullable CommentRefused reached(long accountId, String clientAddress) {
        Instant now = clock.instant();
        var byAccount = reached(accountKey(accountId), now, settings.commentsPerMinute(), settings.commentsPerHour(),
                "comment.refused.rate");
        if (byAccount != null) {
            return byAccount;
        }
        var address = settings.addressLimit();
        return reached(addressKey(clientAddress), now, address.perMinute(), address.perHour(), "comment.refused.address");
    }

    synchronized void record(long accountId, String clientAddress) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(accountId), addressKey(clientAddress)}) {
            posts.computeIfAbsent(key, k -> new RecentPosts()).add(now);
        }
        if (++sinceCleaning >= CLEAN_EVERY) {
            sinceCleaning = 0;
            posts.values().forEach(recent -> recent.forget(now));
            posts.values().removeIf(RecentPosts::isEmpty);
        }
    }

    private @Nullable CommentRefused reached(String key, Instant now, int perMinute, int perHour, String messagePrefix) {
        var recent = posts.get(key);
        if (recent == null) {
            return null;
        }
        recent.forget(now);
        if (recent.lastMinute.size() >= perMinute) {
            return new CommentRefused(messagePrefix + "Minute", perMinute);
        }
        if (recent.lastHour.size() >= perHour) {
            return new CommentRefused(messagePrefix + "Hour", perHour);
        }
        return null;
    }

    private static String accountKey(long accountId) {
        return "account:" + accountId;
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }

    /**
     * One key's posting times, oldest first, in two windows: checking a limit is then a size, not
     * a walk through every post of the last minute (thousands, when the limits are set high).
     */
    private static final class RecentPosts {
        private final Deque<Instant> lastMinute = new ArrayDeque<>();
        private final Deque<Instant> lastHour = new ArrayDeque<>();

        void add(Instant time) {
            lastMinute.addLast(time);
            lastHour.addLast(time);
        }

        void forget(Instant now) {
            forgetUpTo(lastMinute, now.minus(MINUTE));
            forgetUpTo(lastHour, now.minus(HOUR));
        }

        boolean isEmpty() {
            return lastHour.isEmpty();
        }

        private static void forgetUpTo(Deque<Instant> times, Instant horizon) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.removeFirst();
            }
        }
    }
}
