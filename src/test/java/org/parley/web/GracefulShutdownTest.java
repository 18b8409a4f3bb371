package org.parley.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping Parley (a deployment, a scale-down) lets the requests in flight finish: a slow request
 * that started before the stop still gets its whole answer. Uses its own application, started and
 * stopped here, with one slow page added for the test.
 */
class GracefulShutdownTest {

    static final CountDownLatch ENTERED = new CountDownLatch(1);

    @Test
    void aRequestInFlightFinishesWhileTheServerStops() throws Exception {
        var app = new SpringApplicationBuilder(ParleyApplication.class, SlowPage.class)
                .properties("server.port=0").run();
        assertThat(app.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        var inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow")).build(),
                BodyHandlers.ofString());
        assertThat(ENTERED.await(30, TimeUnit.SECONDS)).as("the slow request started").isTrue();
        long stopping = System.nanoTime();
        var closed = CompletableFuture.runAsync(app::close);

        var response = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        closed.get(60, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("the stop waited for the request")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(app.isActive()).isFalse();
    }

    /** Registered only in this test's application; nested in a test class, so other test contexts leave it out. */
    @RestController
    static class SlowPage {

        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            ENTERED.countDown();
            Thread.sleep(2000);
            return "finished";
        }
    }
}
