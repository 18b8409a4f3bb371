package org.parley.web;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

/**
 * Values computed from the database and kept until Parley's next write (any read-write transaction
 * that commits, see {@link Writes}) or for a lifetime that covers writes made by other instances.
 * A value computed while a write committed is returned but not kept. Readers asking for a value being
 * computed wait for it rather than compute it again: a large consultation's insights take seconds.
 * Made by {@link Writes#keep}.
 */
public final class KeptUntilWrite<K, V> {

    private final Writes writes;
    private final @Nullable Cache<K, V> kept;

    /** No {@code kept}: a cache that keeps nothing. */
    KeptUntilWrite(Writes writes, @Nullable Cache<K, V> kept) {
        this.writes = writes;
        this.kept = kept;
    }

    static <K, V> Cache<K, V> cache(int maximumSize, Duration lifetime) {
        return Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(lifetime).build();
    }

    /** The value kept, or computed once however many readers ask for it at the same time (they wait for it). */
    public V get(K key, Supplier<V> compute) {
        var kept = this.kept;
        if (kept == null) {
            return compute.get();
        }
        long computedIn = writes.generation();
        var value = kept.get(key, missing -> compute.get());
        if (writes.generation() != computedIn) {
            kept.invalidate(key);
        }
        return value;
    }

    void clear() {
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
