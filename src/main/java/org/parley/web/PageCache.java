package org.parley.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Whole rendered pages as anonymous readers get them, plain and gzipped, for a few seconds. Every
 * read-write transaction that commits empties it (Spring Boot hands this listener to the
 * transaction manager); the short lifetime covers writes made by other instances. A page rendered
 * while a write committed is not kept: the generation it started in has passed.
 */
@Component
class PageCache implements TransactionExecutionListener {

    /** A page as it was sent: the headers to repeat, the body, the same body gzipped, and their ETags. */
    record Page(List<Header> headers, byte[] body, byte[] gzipped, String etag, String gzipEtag) {

        int weight() {
            return body.length + gzipped.length + 256;
        }
    }

    record Header(String name, String value) {
    }

    private final Cache<String, Page> pages;

    private final AtomicLong generation = new AtomicLong();

    PageCache(PageCacheSettings settings) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(settings.lifetime())
                .maximumWeight(settings.maxBytes())
                .<String, Page>weigher((key, page) -> page.weight())
                .build();
    }

    @Nullable Page get(String key) {
        return pages.getIfPresent(key);
    }

    long generation() {
        return generation.get();
    }

    /** Keeps the page unless something was written since {@code renderedIn} began; true if kept. */
    boolean put(String key, Page page, long renderedIn) {
        if (generation.get() != renderedIn) {
            return false;
        }
        pages.put(key, page);
        if (generation.get() != renderedIn) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable failure) {
        if (!transaction.isReadOnly()) {
            clear();
        }
    }
}
