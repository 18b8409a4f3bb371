package org.parley.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signed-in readers' pages in two halves: the page as every reader with the same roles sees it,
 * cut where the layout puts a reader's own header, and each reader's header, kept per session.
 * Like {@link PageCache}: emptied when a read-write transaction commits ({@link Writes}), fresh for its lifetime
 * (writes of other instances), and nothing rendered while a write committed is kept.
 */
@Component
class SignedInPages {

    /** Marks, in {@link #shared}, a path whose pages were kept under their query strings. */
    private static final String WITH_QUERY_STRINGS = "?";

    /**
     * A page around the reader's header: the text before it and after it, and the headers to repeat;
     * a page without the layout (a part htmx asked for) is all before, without a header.
     */
    record SharedPage(String contentType, String contentLanguage, GzipParts.Part before, GzipParts.Part after,
                      boolean withHeader, long renderedAt) {

        int weight() {
            return before.weight() + after.weight() + 256;
        }
    }

    private final Cache<String, SharedPage> pages;

    private final Cache<String, GzipParts.Part> headers;

    /** What each reader's header shows of them (part of a page's key: a page may show organisers more). */
    private final Cache<String, ReaderHeaders.Values> readerValues;

    /** Pages kept at least once lately: emptied by a write, one request renders them again while the others wait. */
    private final Cache<String, Boolean> shared = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(10_000)
            .build();

    private final Writes writes;

    private final long lifetimeNanos;

    /** A quarter of the anonymous page cache's room for pages (one per page and role, not per reader). */
    SignedInPages(PageCacheSettings settings, Writes writes) {
        this.writes = writes;
        writes.whenWritten(this::clear);
        this.lifetimeNanos = settings.lifetime().toNanos();
        // Past its lifetime a page is still served while one request renders it again.
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(settings.lifetime().multipliedBy(2))
                .maximumWeight(settings.maxBytes() / 4)
                .<String, SharedPage>weigher((key, page) -> page.weight())
                .build();
        // A header is about 5 KB plain and deflated: 2 MB holds those of the readers of the last few seconds, and
        // one rendered alone costs a fraction of a page. The heap is 128 MB; every cache in it is bounded (decision 27).
        this.headers = Caffeine.newBuilder()
                .expireAfterWrite(settings.lifetime())
                .maximumWeight(settings.maxBytes() / 16)
                .<String, GzipParts.Part>weigher((key, header) -> header.weight())
                .build();
        this.readerValues = Caffeine.newBuilder()
                .expireAfterWrite(settings.lifetime())
                .maximumSize(10_000)
                .build();
    }

    @Nullable SharedPage page(String key) {
        return pages.getIfPresent(key);
    }

    GzipParts.@Nullable Part header(String key) {
        return headers.getIfPresent(key);
    }

    ReaderHeaders.@Nullable Values readerValues(String headerKey) {
        return readerValues.getIfPresent(headerKey);
    }

    /** Keeps what a reader's header shows of them, unless something was written since {@code askedIn} began. */
    void keepReaderValues(String headerKey, ReaderHeaders.Values values, long askedIn) {
        if (writes.generation() == askedIn) {
            readerValues.put(headerKey, values);
        }
        if (writes.generation() != askedIn) {
            readerValues.invalidate(headerKey);
        }
    }

    /** Whether pages at this path were kept lately with a query string: their addresses are worth looking up. */
    boolean sharedWithQueryStrings(String path) {
        return shared.getIfPresent(WITH_QUERY_STRINGS + path) != null;
    }

    void sharingWithQueryStrings(String path) {
        shared.put(WITH_QUERY_STRINGS + path, true);
    }

    long generation() {
        return writes.generation();
    }

    boolean fresh(SharedPage page) {
        return System.nanoTime() - page.renderedAt() < lifetimeNanos;
    }

    boolean wasShared(String pageKey) {
        return shared.getIfPresent(pageKey) != null;
    }

    /** Keeps the page and the reader's header, if it has one, unless something was written since {@code renderedIn} began; true if kept. */
    boolean keep(String pageKey, SharedPage page, String headerKey, GzipParts.@Nullable Part header, long renderedIn) {
        shared.put(pageKey, true);
        if (writes.generation() != renderedIn) {
            return false;
        }
        pages.put(pageKey, page);
        if (header != null) {
            headers.put(headerKey, header);
        }
        if (writes.generation() != renderedIn) {
            pages.invalidate(pageKey);
            headers.invalidate(headerKey);
            return false;
        }
        return true;
    }

    /** Keeps a reader's header rendered alone, unless something was written since {@code renderedIn} began. */
    void keepHeader(String headerKey, GzipParts.Part header, long renderedIn) {
        if (writes.generation() != renderedIn) {
            return;
        }
        headers.put(headerKey, header);
        if (writes.generation() != renderedIn) {
            headers.invalidate(headerKey);
        }
    }

    void clear() {
        pages.invalidateAll();
        headers.invalidateAll();
        readerValues.invalidateAll();
    }
}
