package org.parley.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code parley.training=true}, Parley starts, reads its own first pages — the home page,
 * sign-in, the first consultation and one of its paragraphs — and stops. {@code bin/parley} runs
 * it once with the JVM recording every class it loads, so later starts find them, the ones the
 * first request needs included, in the class cache.
 */
@Component
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    /** A page that does not answer must not hold up the start that waits for the training. */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CONSULTATION = Pattern.compile("href=\"(/c/[^\"/?#]+)\"");
    private static final Pattern PARAGRAPH = Pattern.compile("href=\"(/c/[^\"/?#]+/p/[^\"/?#]+)\"");

    /** Read when Parley starts, not when it is built: Spring AOT fixes the beans at build time (docs/startup.md). */
    private final boolean enabled;

    TrainingRun(@Value("${parley.training:false}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void readPagesAndStop(ApplicationReadyEvent ready) throws InterruptedException {
        if (!enabled) {
            return;
        }
        var context = (WebServerApplicationContext) ready.getApplicationContext();
        try {
            log.info("Training run read {} and stops", readPages(URI.create("http://127.0.0.1:" + context.getWebServer().getPort())));
        } catch (IOException unreadable) {
            log.warn("Training run could not read its pages: {}", unreadable.getMessage());
        }
        System.exit(SpringApplication.exit(context));
    }

    /** Reads the first pages a visitor meets, each link found on the page before; returns their addresses. */
    List<String> readPages(URI base) throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var pages = new ArrayList<>(List.of("/", "/login"));
        for (int i = 0; i < pages.size(); i++) {
            String html = read(http, base.resolve(pages.get(i)));
            if (i == 0) {
                firstMatch(CONSULTATION, html).ifPresent(pages::add);
            } else if (i == 2) {
                firstMatch(PARAGRAPH, html).ifPresent(pages::add);
            }
        }
        return pages;
    }

    private static String read(HttpClient http, URI page) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(page).timeout(PAGE_TIMEOUT).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(page + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static Optional<String> firstMatch(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
