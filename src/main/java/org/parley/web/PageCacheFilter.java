package org.parley.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers from {@link PageCache}: a GET with no session cookie and no
 * credentials. A page is kept only if rendering it set no cookie, made no session and put no
 * CSRF token in it, so nothing personal can ever be served to another reader. Cached pages
 * carry an ETag (a reader who has the page gets a 304) and are sent gzipped, compressed once,
 * to clients that accept it. The key: path and query string (a See-in-context link's
 * {@code ?open=} is a page of its own), language and the htmx headers that pick a fragment;
 * addresses asked for once do not push out the pages many ask for (Caffeine admits by frequency).
 * When a page outlives its lifetime, one request renders it again while the others still get
 * the old one; when nothing is kept yet, they wait for that one rendering.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Not repeated from the first response: set per answer, or by this filter. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "content-type",
            "content-language", "content-encoding", "transfer-encoding", "date", "etag", "vary", "cache-control");

    private static final byte[] CSRF_FIELD = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);

    private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(10);

    private final PageCache cache;
    private final LocaleResolver locales;
    private final ConcurrentMap<String, CompletableFuture<PageCache.@Nullable Page>> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(PageCache cache, LocaleResolver locales) {
        this.cache = cache;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getRequestedSessionId() != null || request.getSession(false) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || signedIn()
                || request.getRequestURI().startsWith("/assets/");
    }

    /** Before Spring Security's filters only a test, or a filter of ours, has put someone here. */
    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        PageCache.@Nullable Page page = cache.get(key);
        if (page != null && (cache.fresh(page) || rendering.containsKey(key))) {
            send(page, request, response);
            return;
        }
        var mine = new CompletableFuture<PageCache.@Nullable Page>();
        var other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            if (page != null) {
                send(page, request, response);
                return;
            }
            page = awaitPage(other);
            if (page != null) {
                send(page, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            page = render(key, request, response, chain);
        } finally {
            mine.complete(page);
            rendering.remove(key, mine);
        }
    }

    /** Renders the page, keeps it if it may be kept, and returns it if it was kept. */
    private PageCache.@Nullable Page render(String key, HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
        long generation = cache.generation();
        var rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        var page = keepable(request, rendered) ? page(rendered) : null;
        if (page == null) {
            rendered.copyBodyToResponse();
            return null;
        }
        boolean kept = cache.put(key, page, generation);
        rendered.resetBuffer();
        send(page, request, response);
        return kept ? page : null;
    }

    /**
     * Waits for the same page that another request is rendering: a crowd arriving when the page
     * has just expired costs one rendering, not one each (and not their memory at once).
     */
    static <T> @Nullable T awaitPage(CompletableFuture<@Nullable T> other) {
        try {
            return other.get(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query) + '|' + locales.resolveLocale(request).toLanguageTag()
                + '|' + request.getHeader("HX-Request") + '|' + request.getHeader("HX-Target");
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        var type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null
                && (type.startsWith("text/html") || type.startsWith("application/atom+xml"))
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && request.getSession(false) == null
                && indexOf(response.getContentAsByteArray(), CSRF_FIELD, 0) < 0;
    }

    private static PageCache.Page page(ContentCachingResponseWrapper response) {
        var headers = new ArrayList<PageCache.Header>();
        headers.add(new PageCache.Header(HttpHeaders.CONTENT_TYPE, response.getContentType()));
        headers.add(new PageCache.Header(HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag()));
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new PageCache.Header(name, value)));
            }
        }
        byte[] body = response.getContentAsByteArray();
        String hash = DigestUtils.md5DigestAsHex(body);
        return new PageCache.Page(headers, body, gzip(body), '"' + hash + '"', "\"" + hash + "-gzip\"", System.nanoTime());
    }

    private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request);
        String etag = gzip ? page.gzipEtag() : page.etag();
        for (var header : page.headers()) {
            response.setHeader(header.name(), header.value());
        }
        // Public text, the same for every anonymous reader: a browser may keep it if it asks again.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean acceptsGzip(HttpServletRequest request) {
        var accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static boolean matches(@Nullable String ifNoneMatch, PageCache.Page page) {
        return ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.gzipEtag())
                || ifNoneMatch.trim().equals("*"));
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out, 8192)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where {@code part} first occurs in {@code text} from {@code from} on, or -1. */
    static int indexOf(byte[] text, byte[] part, int from) {
        outer:
        for (int i = from; i <= text.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
