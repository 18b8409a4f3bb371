package org.parley.web;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whole rendered pages as anonymous readers get them, plain and gzipped, for a few seconds. Every
 * read-write transaction that commits empties it ({@link Writes}); the short lifetime covers writes
 * made by other instances. A page rendered while a write committed is not kept: the generation it
 * started in has passed.
 */
@Component
class PageCache {

    /** A page as it was sent: the headers to repeat, the body, the same body gzipped, their ETags, when rendered. */
    record Page(List<Header> headers, byte[] body, byte[] gzipped, String etag, String gzipEtag, long renderedAt) {

        int weight() {
            return body.length + gzipped.length + 256;
        }
    }

    record Header(String name, String value) {
    }

    private final Cache<String, Page> pages;

    private final Writes writes;

    private final long lifetimeNanos;

    PageCache(PageCacheSettings settings, Writes writes) {
        this.writes = writes;
        writes.whenWritten(this::clear);
        this.lifetimeNanos = settings.lifetime().toNanos();
        // Past its lifetime a page is still served while one request renders it again (see
        // PageCacheFilter), for at most another lifetime if no request comes to do it.
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(settings.lifetime().multipliedBy(2))
                .maximumWeight(settings.maxBytes())
                .<String, Page>weigher((key, page) -> page.weight())
                .build();
    }

    @Nullable Page get(String key) {
        return pages.getIfPresent(key);
    }

    /** Within its lifetime; an older page is only served while a fresh one is being rendered. */
    boolean fresh(Page page) {
        return System.nanoTime() - page.renderedAt() < lifetimeNanos;
    }

    long generation() {
        return writes.generation();
    }

    /** Keeps the page unless something was written since {@code renderedIn} began; true if kept. */
    boolean put(String key, Page page, long renderedIn) {
        if (writes.generation() != renderedIn) {
            return false;
        }
        pages.put(key, page);
        if (writes.generation() != renderedIn) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    void clear() {
        pages.invalidateAll();
    }
}
