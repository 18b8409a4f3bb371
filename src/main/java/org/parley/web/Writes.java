package org.parley.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Counts Parley's writes (Spring Boot hands this listener to the transaction manager) and empties
 * the {@link KeptUntilWrite} caches on each: what a page shows is counted again after any change,
 * as the page cache does for whole pages.
 */
@Component
public class Writes implements TransactionExecutionListener, DisposableBean {

    private final AtomicLong generation = new AtomicLong();
    private final List<KeptUntilWrite<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final boolean keeping;

    /** One background count at a time, whatever asks: counting competes with the requests for the cores. */
    private final ExecutorService counting = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "parley-recount");
        thread.setDaemon(true);
        return thread;
    });

    Writes(PageCacheSettings settings) {
        this.keeping = settings.enabled();
    }

    @Override
    public void destroy() {
        counting.shutdownNow();
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

    /**
     * A cache of at most {@code maximumSize} values, each counted again in the background after a write
     * (at most every {@code pause}) or its {@code lifetime}, served meanwhile; with the page cache off, one
     * that keeps nothing.
     */
    public <K, V> KeptAndRecounted<K, V> keepAndRecount(int maximumSize, Duration pause, Duration lifetime) {
        return new KeptAndRecounted<>(this, keeping ? KeptAndRecounted.cache(maximumSize, lifetime) : null, counting, pause, lifetime);
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
