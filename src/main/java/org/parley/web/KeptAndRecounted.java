package org.parley.web;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values that take seconds to count (a large consultation's insights): the first count is awaited
 * by everyone who asks for it; after that, readers get the last count at once while it is counted
 * again in the background — after one of Parley's writes (at most every {@code pause}, so a busy
 * consultation is not counted without end) or past its lifetime (writes of other instances). At most
 * one count runs at a time for all of them. Made by {@link Writes#keepAndRecount}.
 */
public final class KeptAndRecounted<K, V> {

    private static final Logger log = LoggerFactory.getLogger(KeptAndRecounted.class);

    private record Counted<V>(V value, long generation, long countedAt) {
    }

    private final Writes writes;
    private final @Nullable Cache<K, Counted<V>> kept;
    private final Executor counting;
    private final long pauseNanos;
    private final long lifetimeNanos;
    private final Set<K> recounting = ConcurrentHashMap.newKeySet();

    /** No {@code kept}: a cache that keeps nothing. */
    KeptAndRecounted(Writes writes, @Nullable Cache<K, Counted<V>> kept, Executor counting, Duration pause, Duration lifetime) {
        this.writes = writes;
        this.kept = kept;
        this.counting = counting;
        this.pauseNanos = pause.toNanos();
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** Values nobody asked for in ten lifetimes go: a large consultation's insights weigh megabytes. */
    static <K, V> Cache<K, Counted<V>> cache(int maximumSize, Duration lifetime) {
        return Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(lifetime.multipliedBy(10)).build();
    }

    /** The last count, counted now only the first time (the readers asking meanwhile wait for it). */
    public V get(K key, Supplier<V> count) {
        var kept = this.kept;
        if (kept == null) {
            return count.get();
        }
        var counted = kept.get(key, missing -> counted(count));
        if (stale(counted) && recounting.add(key)) {
            counting.execute(() -> recount(kept, key, count));
        }
        return counted.value();
    }

    private Counted<V> counted(Supplier<V> count) {
        long generation = writes.generation();
        return new Counted<>(count.get(), generation, System.nanoTime());
    }

    private boolean stale(Counted<V> counted) {
        long age = System.nanoTime() - counted.countedAt();
        return age >= lifetimeNanos || counted.generation() != writes.generation() && age >= pauseNanos;
    }

    private void recount(Cache<K, Counted<V>> kept, K key, Supplier<V> count) {
        try {
            kept.put(key, counted(count));
        } catch (RuntimeException e) {
            // The last count stays; the next reader's request tries again.
            log.warn("Counting {} again failed", key, e);
        } finally {
            recounting.remove(key);
        }
    }

}
