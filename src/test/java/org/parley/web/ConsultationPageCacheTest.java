package org.parley.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Anonymous readers get the consultation page from the page cache until something is written. */
@SpringBootTest(properties = "parley.page-cache.enabled=true")
@AutoConfigureMockMvc
class ConsultationPageCacheTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    Discussions discussions;
    String slug;

    @BeforeEach
    void openConsultation() throws InterruptedException {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
        // Opening it published an event: its delivery commits after the request, on another thread (decision 32),
        // and like every write empties the caches. The tests start once it is done.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Integer.class).single() == 0);
        Thread.sleep(200); // the caches are emptied just after that commit, on the listener's thread
    }

    @Test
    void aSecondReaderGetsTheSamePageWithoutRenderingIt() {
        var first = anonymous();
        assertThat(first).hasStatusOk().headers().containsHeader(HttpHeaders.ETAG);
        // Written behind the application's back: no transaction tells the cache, so only a cached page hides it.
        retitle("Renamed behind the application's back");

        var second = anonymous();
        assertThat(body(second)).isEqualTo(body(first)).contains("Digital cooperation")
                .doesNotContain("Renamed behind");
        assertThat(second.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void aSeeInContextLinkIsKeptAsAPageOfItsOwn() {
        String anchor = discussions.firstAnchor(slug);
        var first = mvc.get().uri("/c/{slug}?open={anchor}", slug, anchor).exchange();
        assertThat(first).hasStatusOk();
        retitle("Renamed behind the application's back");

        var second = mvc.get().uri("/c/{slug}?open={anchor}", slug, anchor).exchange();
        var otherAddress = mvc.get().uri("/c/{slug}?open={anchor}&from=feed", slug, anchor).exchange();

        assertThat(body(second)).isEqualTo(body(first)).doesNotContain("Renamed behind");
        assertThat(body(second)).as("the thread open").contains("thread-heading-" + anchor);
        assertThat(body(otherAddress)).as("another address, rendered").contains("Renamed behind");
    }

    @Test
    void aReaderWhoHasThePageGetsNotModified() {
        String etag = anonymous().getResponse().getHeader(HttpHeaders.ETAG);

        var again = mvc.get().uri("/c/{slug}", slug).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();

        assertThat(again).hasStatus(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void gzipIsSentToClientsThatAcceptIt() throws IOException {
        String plain = body(anonymous());

        var zipped = mvc.get().uri("/c/{slug}", slug).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate").exchange();

        assertThat(zipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(zipped.getResponse().getHeader(HttpHeaders.ETAG)).endsWith("-gzip\"");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.getResponse().getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void aNewCommentEmptiesTheCache() throws Exception {
        String anchor = discussions.firstAnchor(slug);
        anonymous();
        retitle("Renamed behind the application's back");
        var me = discussions.participant("Cache Writer");
        String shownAt = discussions.shownAt(slug, anchor, me);

        assertThat(discussions.post(slug, anchor, me, "A comment that must show at once.", shownAt, "", "10.0.0.7"))
                .hasStatus3xxRedirection();

        assertThat(body(anonymous())).contains("A comment that must show at once.").contains("Renamed behind");
    }

    @Test
    void aSignedInReaderNeverGetsTheAnonymousPage() throws Exception {
        var anonymousPage = body(anonymous());
        assertThat(anonymousPage).doesNotContain("Sign out");
        var me = discussions.participant("Signed Reader");

        var signedIn = mvc.get().uri("/c/{slug}", slug).with(user(me)).exchange();

        assertThat(body(signedIn)).contains("Sign out");
        assertThat(body(anonymous())).doesNotContain("Sign out").doesNotContain("_csrf");
    }

    private MvcTestResult anonymous() {
        var result = mvc.get().uri("/c/{slug}", slug).exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private void retitle(String title) {
        jdbc.sql("UPDATE consultation SET title = ? WHERE slug = ?").params(title, slug).update();
    }
}
