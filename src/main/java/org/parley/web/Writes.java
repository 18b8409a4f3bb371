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
 * what is kept of the pages on each: the page caches ({@link PageCache}, {@link SignedInPages}) and
 * the {@link KeptUntilWrite} caches, so that what a page shows is counted again after any change.
 */
@Component
public class Writes implements TransactionExecutionListener, DisposableBean {

    private final AtomicLong generation = new AtomicLong();
    private final List<Runnable> emptyings = new CopyOnWriteArrayList<>();
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
        whenWritten(cache::clear);
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

    /** Runs after every write, once the generation has moved on: what rendered before it is not kept. */
    void whenWritten(Runnable emptying) {
        emptyings.add(emptying);
    }

    /** Moves on with every write; something computed across a change of generation must not be kept. */
    long generation() {
        return generation.get();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            generation.incrementAndGet();
            emptyings.forEach(Runnable::run);
        }
    }
}
