package org.parley.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts Parley's writes (Spring Boot hands this listener to the transaction manager) and empties
 * the {@link KeptUntilWrite} caches on each: what a page shows is counted again after any change,
 * as the page cache does for whole pages.
 */
@Component
public class Writes implements TransactionExecutionListener {

    private final AtomicLong generation = new AtomicLong();
    private final List<KeptUntilWrite<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final boolean keeping;

    Writes(PageCacheSettings settings) {
        this.keeping = settings.enabled();
    }

    /**
     * A cache of at most {@code maximumSize} values, each kept until the next write or for {@code lifetime};
     * with the page cache switched off (as in most tests), one that keeps nothing.
     */
    public <K, V> KeptUntilWrite<K, V> keep(int maximumSize, Duration lifetime) {
        var cache = new KeptUntilWrite<K, V>(this, keeping ? KeptUntilWrite.cache(maximumSize, lifetime) : null);
        caches.add(cache);
        return cache;
    }

    long generation() {
        return generation.get();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            generation.incrementAndGet();
            caches.forEach(KeptUntilWrite::clear);
        }
    }
}
