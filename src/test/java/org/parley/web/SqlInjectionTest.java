package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * SQL in every query parameter of the public pages, and in the slug: a 400, a 404 or an ordinary
 * page, never a server error, and the comments are all still there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SqlInjectionTest {

    static final List<String> PAYLOADS = List.of("' OR 1=1 --", "1; DROP TABLE comment", "%27", "1' OR '1'='1",
            "\u2019 OR 1=1 --", "\u02bc; DROP TABLE comment; --", "\" OR \"\"=\"", "1)) UNION SELECT email FROM account --",
            "\\'; SELECT pg_sleep(5); --", "%00", "' || (SELECT password_hash FROM account LIMIT 1) || '");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Test
    void sqlInQueryParametersAndSlugsNeverReachesTheDatabase() {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        SignedInAccount author = discussions.participant("Arno Author");
        assertThat(discussions.post(slug, anchor, author, "A comment that must survive.",
                discussions.shownAt(slug, anchor, author), "", "10.0.0.3")).hasStatus3xxRedirection();
        long comments = jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single();
        long accountsBefore = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();

        Map<String, List<String>> pages = Map.of(
                "/c/" + slug + "/comments", List.of("section", "session", "group", "author", "sort", "page"),
                "/c/" + slug, List.of("open", "comment", "lang"),
                "/c/" + slug + "/p/" + anchor, List.of("replyTo", "quote", "prefix", "start", "comment", "lang"),
                "/c/" + slug + "/p/" + anchor + "/history", List.of("from", "to"),
                "/c/" + slug + "/comments.csv", List.of("all"),
                "/c/" + slug + "/comments.json", List.of("all"),
                "/c/" + slug + "/export.md", List.of("history"),
                "/account/confirm", List.of("token"),
                "/password/reset", List.of("token"),
                "/", List.of("lang", "signedOut"));
        var failures = new ArrayList<String>();
        int requests = 0;
        for (var page : pages.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String payload : PAYLOADS) {
                    for (var signedIn : new boolean[] {false, true}) {
                        var request = mvc.get().uri(page.getKey()).param(parameter, payload).accept("text/html");
                        if (signedIn) {
                            request = request.with(user(author));
                        }
                        check(request.exchange(), page.getKey() + "?" + parameter + "=" + payload, failures);
                        requests++;
                    }
                }
            }
        }
        for (String payload : PAYLOADS) {
            for (String path : List.of("/c/{slug}", "/c/{slug}/comments", "/c/{slug}/comments.atom", "/c/{slug}/export.md")) {
                check(mvc.get().uri(path, payload).accept("text/html").exchange(), path + " slug " + payload, failures);
                requests++;
            }
            check(mvc.get().uri("/c/{slug}/p/{anchor}", slug, payload).accept("text/html").exchange(), "anchor " + payload, failures);
            check(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, payload).accept("text/html").exchange(),
                    "history anchor " + payload, failures);
            requests += 2;
        }

        assertThat(requests).isGreaterThan(500);
        assertThat(failures).as("server errors").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single()).isEqualTo(comments);
        assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(accountsBefore);
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor)).hasStatusOk()
                .bodyText().contains("A comment that must survive.");
    }

    private static void check(MvcTestResult result, String what, List<String> failures) {
        if (result.getUnresolvedException() != null) {
            failures.add(what + " threw " + result.getUnresolvedException());
            return;
        }
        int status = result.getResponse().getStatus();
        if (!(status == 200 || status == 400 || status == 404 || (status >= 300 && status < 400))) {
            failures.add(what + " answered " + status);
        }
    }
}
