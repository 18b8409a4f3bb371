package org.parley.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/** Test helper: one person's browser against the real server, without JavaScript: its own cookies, asks for HTML. */
final class HttpBrowser {

    private final int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpBrowser(int port) {
        this.port = port;
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        var login = Jsoup.parse(get("/login").body());
        return post("/login", Map.of("email", email, "password", password,
                "_csrf", login.select("input[name=_csrf]").val()));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(page(path).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(page(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofString());
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, BodyHandlers.ofByteArray());
    }

    /** Asks for HTML, as a browser does; error pages are JSON for other clients. */
    HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html,application/xhtml+xml");
    }
}
