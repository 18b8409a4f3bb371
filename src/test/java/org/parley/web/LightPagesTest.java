package org.parley.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages weigh over the wire, gzip'd as a browser receives them, with the stylesheet and
 * scripts they need; and that those files are fingerprinted and cached for a year, from our own
 * address only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
class LightPagesTest {

    static final String SEED_REPORT = "/c/age-of-digital-interdependence";
    static final int BUDGET = 60 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theSeedReportWithEverythingItNeedsIsUnderSixtyKilobytesCompressed() throws Exception {
        var sizes = new LinkedHashMap<String, Integer>();
        var page = fetch(SEED_REPORT);
        sizes.put(SEED_REPORT, page.body().length);
        for (String asset : assets(html(page))) {
            sizes.put(asset, fetch(asset).body().length);
        }
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("Compressed sizes of the seed report page: " + sizes + " total " + total);

        assertThat(sizes.keySet()).anyMatch(path -> path.endsWith(".css")).anyMatch(path -> path.contains("htmx"));
        assertThat(total).as("gzip'd bytes of %s", sizes).isLessThan(BUDGET);
    }

    @Test
    void mainPagesAreGzippedAndNameNoOtherSite() throws Exception {
        var sizes = new LinkedHashMap<String, Integer>();
        for (String path : List.of("/", SEED_REPORT, "/c/roadmap-for-digital-cooperation", "/c/eurodig-2024-workshop-1a",
                SEED_REPORT + "/comments", "/login", "/register")) {
            var response = fetch(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            sizes.put(path, response.body().length);
            var page = html(response);
            var external = page.select("script[src], link[href], img[src], iframe, source[src]").stream()
                    .map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
                    .filter(url -> url.contains("//"))
                    .toList();
            assertThat(external).as("addresses of other sites on %s", path).isEmpty();
            assertThat(page.select("style, [style]")).as("inline styles on %s", path).isEmpty();
            assertThat(page.select("script:not([src])")).as("inline scripts on %s", path).isEmpty();
        }
        System.out.println("Compressed sizes of the main pages: " + sizes);
    }

    @Test
    void assetsHaveFingerprintedNamesAndAreCachedForAYear() throws Exception {
        var assets = assets(html(fetch("/")));

        assertThat(assets).hasSize(4).allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js|svg)"))
                .as("an icon of our own, so that browsers do not ask for /favicon.ico").anyMatch(path -> path.endsWith(".svg"));
        for (String asset : assets) {
            var response = fetch(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(asset)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000", "public", "immutable"));
            if (!asset.endsWith(".svg")) {   // the icon's few hundred bytes are under the 2 KB worth compressing
                assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
            }
        }
    }

    @Test
    void anUnknownAssetIsOurNotFoundPage() throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/css/nothing-here.css"))
                .header("Accept", "text/html").build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("This page does not exist");
    }

    private static List<String> assets(Document page) {
        var assets = new ArrayList<String>();
        page.select("link[rel=stylesheet], link[rel=icon]").forEach(link -> assets.add(link.attr("href")));
        page.select("script[src]").forEach(script -> assets.add(script.attr("src")));
        return assets;
    }

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*").header("Accept-Encoding", "gzip").build(), BodyHandlers.ofByteArray());
    }

    private static Document html(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return Jsoup.parse(new String(body, StandardCharsets.UTF_8));
    }

}
