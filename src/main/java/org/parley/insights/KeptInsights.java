package org.parley.insights;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Insights as counted, per consultation and language, until anything is written: counting the terms
 * of a large discussion takes a second, and organisers, who get no page cache, open the page again
 * and again. Every read-write transaction that commits empties it, like the page cache; a minute's
 * lifetime keeps "waiting since" current and covers writes made by other instances. Insights counted
 * while a write committed are not kept.
 */
@Component
class KeptInsights implements TransactionExecutionListener {

    private record Key(long consultationId, Locale locale) {
    }

    private final Cache<Key, Insights> kept = Caffeine.newBuilder()
            .maximumSize(32)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    private final AtomicLong generation = new AtomicLong();

    Insights get(long consultationId, Locale locale, Supplier<Insights> count) {
        var key = new Key(consultationId, locale);
        var insights = kept.getIfPresent(key);
        if (insights != null) {
            return insights;
        }
        long countedIn = generation.get();
        insights = count.get();
        if (generation.get() == countedIn) {
            kept.put(key, insights);
            if (generation.get() != countedIn) {
                kept.invalidate(key);
            }
        }
        return insights;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            generation.incrementAndGet();
            kept.invalidateAll();
        }
    }
}
