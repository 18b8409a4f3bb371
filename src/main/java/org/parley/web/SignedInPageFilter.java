package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves signed-in readers the pages marked {@link SameForEveryReader} without rendering them
 * for each: the page comes from {@link SignedInPages} as readers with the same roles and the same
 * header values see it (a search's under its query string too), the
 * header (name, menu, sign-out form with its CSRF token) as this reader's session last rendered
 * it, or rendered alone now ({@link ReaderHeaders}). Without the page, it is rendered as usual
 * and, if it may be shared, cut in two at the layout's marks around the header and kept. A page
 * that was shared before and has just been emptied by a write is rendered by one request while
 * the others with the same key wait for it, as {@link PageCacheFilter} does for anonymous pages. Runs after Spring Security, which has put
 * the reader in the security context and will add its headers to the answer.
 */
class SignedInPageFilter extends OncePerRequestFilter {

    /** Where layout.html puts the reader's own part; the first of each, both before the page's content. */
    private static final byte[] START = "<!--personal-->".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "<!--/personal-->".getBytes(StandardCharsets.US_ASCII);

    /** Never in a shared part: a form's token, a session in an address. */
    private static final byte[][] PERSONAL = {"name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII),
            ";jsessionid=".getBytes(StandardCharsets.US_ASCII)};

    private final SignedInPages pages;
    private final LocaleResolver locales;
    private final BoundedFlashMaps flashMaps;
    private final ReaderHeaders headers;
    private final ConcurrentMap<String, CompletableFuture<SignedInPages.@Nullable SharedPage>> rendering = new ConcurrentHashMap<>();

    SignedInPageFilter(SignedInPages pages, LocaleResolver locales, BoundedFlashMaps flashMaps, ReaderHeaders headers) {
        this.pages = pages;
        this.locales = locales;
        this.flashMaps = flashMaps;
        this.headers = headers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || reader() == null
                || request.getSession(false) == null || request.getRequestURI().startsWith("/assets/")
                || flashMaps.hasMessageFor(request);
    }

    private static @Nullable Authentication reader() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var reader = reader();
        var session = request.getSession(false);
        if (reader == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        if (query != null && !pages.sharedWithQueryStrings(request.getRequestURI())) {
            // A page of its own (?open=, ?page=): rendered for this reader, never kept, compressed fast.
            render(null, null, null, request, response, chain);
            return;
        }
        String locale = locales.resolveLocale(request).toLanguageTag();
        String headerKey = session.getId() + '|' + reader.getName() + '|' + locale;
        var values = readerValues(headerKey);
        String pageKey = request.getRequestURI() + (query == null ? "" : '?' + query) + '|' + locale
                + '|' + request.getHeader("HX-Request") + '|' + request.getHeader("HX-Target")
                + '|' + roles(reader) + '|' + values.key();
        var page = pages.page(pageKey);
        boolean stale = page != null && !pages.fresh(page);
        if (stale || page == null && pages.wasShared(pageKey)) {
            // Past its lifetime, one request renders it again while the others still get it; emptied
            // by a write, one request renders it again and the others wait for that one.
            var mine = new CompletableFuture<SignedInPages.@Nullable SharedPage>();
            var other = rendering.putIfAbsent(pageKey, mine);
            if (other == null) {
                SignedInPages.SharedPage kept = null;
                try {
                    kept = render(pageKey, headerKey, values, request, response, chain);
                } finally {
                    mine.complete(kept);
                    rendering.remove(pageKey, mine);
                }
                return;
            }
            if (!stale) {
                page = PageCacheFilter.awaitPage(other);
            }
        }
        if (page != null && !page.withHeader()) {
            send(page, null, request, response);
            return;
        }
        if (page != null) {
            var header = pages.header(headerKey);
            if (header == null) {
                header = renderHeader(headerKey, values, request, response);
            }
            if (header != null) {
                send(page, header, request, response);
                return;
            }
        }
        render(pageKey, headerKey, values, request, response, chain);
    }

    /** What the reader's header shows of them, kept for their session until the next write. */
    private ReaderHeaders.Values readerValues(String headerKey) {
        var values = pages.readerValues(headerKey);
        if (values == null) {
            long generation = pages.generation();
            values = headers.values();
            pages.keepReaderValues(headerKey, values, generation);
        }
        return values;
    }

    /**
     * Renders the page for this reader, keeps its halves if it may be shared (and has keys), and
     * sends it; returns the page kept, if any.
     */
    private SignedInPages.@Nullable SharedPage render(@Nullable String pageKey, @Nullable String headerKey,
                                                      ReaderHeaders.@Nullable Values values, HttpServletRequest request,
                                                      HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long generation = pages.generation();
        var rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        SignedInPages.SharedPage kept = null;
        boolean mayShare = SharedPageMarks.mayShare(request) && keepable(rendered);
        if (mayShare && pageKey == null) {
            // The first of a page kept under its query string: the next ones at this path are looked up.
            pages.sharingWithQueryStrings(request.getRequestURI());
        }
        if (mayShare && pageKey != null && headerKey != null) {
            var halves = cut(rendered);
            if (halves.isPresent() && pages.keep(pageKey, halves.get().page(), headerKey, halves.get().header(), generation)) {
                kept = halves.get().page();
            }
        }
        sendRendered(rendered, request, response);
        return kept;
    }

    /**
     * A page rendered for one reader, compressed at the fastest level (as nginx compresses by
     * default): it is compressed for every request, where a kept page was compressed once.
     */
    private static void sendRendered(ContentCachingResponseWrapper rendered, HttpServletRequest request,
                                     HttpServletResponse response) throws IOException {
        byte[] body = rendered.getContentAsByteArray();
        if (body.length < GzipParts.WORTH_COMPRESSING || !keepable(rendered) || !PageCacheFilter.acceptsGzip(request)) {
            rendered.copyBodyToResponse();
            return;
        }
        byte[] zipped = GzipParts.fast(body);
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        response.setContentLength(zipped.length);
        response.getOutputStream().write(zipped);
    }

    private GzipParts.@Nullable Part renderHeader(String headerKey, ReaderHeaders.Values values, HttpServletRequest request,
                                                  HttpServletResponse response) throws ServletException, IOException {
        long generation = pages.generation();
        byte[] rendered = headers.render(values, request, response);
        int[] marked = marked(rendered);
        if (marked == null) {
            return null;
        }
        var header = GzipParts.Part.of(Arrays.copyOfRange(rendered, marked[0], marked[1]));
        pages.keepHeader(headerKey, header, generation);
        return header;
    }

    /** Where the reader's part starts and ends (after its closing mark) in rendered HTML, or null without the marks. */
    private static int @Nullable [] marked(byte[] html) {
        int start = PageCacheFilter.indexOf(html, START, 0);
        int end = start < 0 ? -1 : PageCacheFilter.indexOf(html, END, start);
        return end < 0 ? null : new int[] {start, end + END.length};
    }

    private static String roles(Authentication reader) {
        return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","));
    }

    private static boolean keepable(ContentCachingResponseWrapper response) {
        var type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null;
    }

    private record Halves(SignedInPages.SharedPage page, GzipParts.@Nullable Part header) {
    }

    /**
     * The page without the reader's header, and the header; a part without the layout (htmx's) whole,
     * without a header; nothing when a shared part is personal.
     */
    private static Optional<Halves> cut(ContentCachingResponseWrapper response) {
        byte[] body = response.getContentAsByteArray();
        int[] marked = marked(body);
        int start = marked == null ? body.length : marked[0];
        int end = marked == null ? body.length : marked[1];
        byte[] before = Arrays.copyOfRange(body, 0, start);
        byte[] after = Arrays.copyOfRange(body, end, body.length);
        for (byte[] personal : PERSONAL) {
            if (PageCacheFilter.indexOf(before, personal, 0) >= 0 || PageCacheFilter.indexOf(after, personal, 0) >= 0) {
                return Optional.empty();
            }
        }
        var page = new SignedInPages.SharedPage(response.getContentType(), response.getLocale().toLanguageTag(),
                GzipParts.Part.of(before), GzipParts.Part.of(after), marked != null, System.nanoTime());
        return Optional.of(new Halves(page, marked == null ? null : GzipParts.Part.of(Arrays.copyOfRange(body, start, end))));
    }

    private static void send(SignedInPages.SharedPage page, GzipParts.@Nullable Part header, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        var parts = header == null ? new GzipParts.Part[] {page.before(), page.after()}
                : new GzipParts.Part[] {page.before(), header, page.after()};
        boolean gzip = PageCacheFilter.acceptsGzip(request);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        byte[] body = gzip ? GzipParts.gzip(parts) : GzipParts.plain(parts);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

}
