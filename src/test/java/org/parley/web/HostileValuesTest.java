package org.parley.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 21, by hand: a NUL byte in any text, values that do not bind, and an overlong comment each
 * get a clear answer below 500 and write nothing. {@link EveryFormTest} tries the same on every form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileValuesTest {

    static final List<String> TABLES = List.of("account", "consultation", "session", "session_organiser", "comment",
            "audit_event", "login_throttle", "comment_flag");

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
    String anchor;
    SignedInAccount participant;
    SignedInAccount admin;

    @BeforeEach
    void anOpenConsultation() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
        anchor = discussions.firstAnchor(slug);
        participant = discussions.participant("Nora Nul");
        admin = discussions.admin("Adam Admin");
    }

    @Test
    void aNulByteInAnyTextIsRefusedWithAMessageAndWritesNothing() {
        String stamp = discussions.shownAt(slug, anchor, participant);
        assertThat(discussions.post(slug, anchor, participant, "Something to moderate.", stamp, "", "10.21.0.1"))
                .hasStatus3xxRedirection();
        long comment = discussions.lastCommentId(participant);
        long session = discussions.organise(slug, admin);
        String nul = "before\u0000after";
        Map<String, Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder>> requests = Map.ofEntries(
                Map.entry("sign-in", r -> post("/login").param("username", "a" + nul + "@example.org")
                        .param("password", "a long enough password")),
                Map.entry("registration", r -> post("/register").param("displayName", nul)
                        .param("email", "nul-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("stakeholderGroup", "ACADEMIA")),
                Map.entry("comment", r -> post("/c/" + slug + "/p/" + anchor + "/comments").with(user(participant))
                        .param("body", nul).param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", stamp)),
                Map.entry("proposal", r -> post("/c/" + slug + "/p/" + anchor + "/comments").with(user(participant))
                        .param("body", "Reword it.").param("proposedText", nul).param("proposalScope", "PARAGRAPH")
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", stamp)),
                Map.entry("profile name", r -> post("/profile").with(user(participant)).param("displayName", nul)
                        .param("stakeholderGroup", "ACADEMIA")),
                Map.entry("profile affiliation", r -> post("/profile").with(user(participant))
                        .param("displayName", "Nora").param("affiliation", nul).param("stakeholderGroup", "ACADEMIA")),
                Map.entry("audit filter", r -> MockMvcRequestBuilders.get("/admin/audit").with(user(admin))
                        .param("action", nul)),
                Map.entry("consultation title", r -> post("/admin/consultations").with(user(admin))
                        .param("slug", "nul-" + UUID.randomUUID().toString().substring(0, 8)).param("title", nul)
                        .param("moderationMode", "POST")),
                Map.entry("session code", r -> post("/admin/consultations/" + slug + "/sessions").with(user(admin))
                        .param("code", nul).param("title", "Workshop")),
                Map.entry("organiser email", r -> post("/admin/consultations/" + slug + "/sessions/" + session
                        + "/organisers").with(user(admin)).param("email", nul)),
                Map.entry("moderation reason", r -> post("/admin/moderation/comments/" + comment + "/hide")
                        .with(user(admin)).param("reason", nul)));
        var before = rowCounts();
        requests.forEach((what, request) -> {
            var result = mvc.perform(request.apply(null).accept("text/html"));
            assertThat(result).as(what).hasStatus(400);
            assertThat(Pages.html(result).select("main").text()).as(what)
                    .contains("control characters").contains("Nothing was saved");
        });
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(discussions.status(comment)).isEqualTo("PUBLISHED");
    }

    @Test
    void tabsAndNewLinesInACommentAreKept() {
        String body = "First line\n\tindented second line\r\nthird";
        assertThat(discussions.post(slug, anchor, participant, body, discussions.shownAt(slug, anchor, participant), "",
                "10.21.0.2")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").params(discussions.lastCommentId(participant))
                .query(String.class).single()).contains("\tindented");
    }

    @Test
    void aRegistrationWithAnUnknownGroupAndAShortPasswordComesBackWithMessages() {
        long accountsBefore = count("account");
        var result = mvc.perform(post("/register").param("displayName", "Nope Person")
                .param("email", "nope-" + UUID.randomUUID() + "@example.org").param("password", "short")
                .param("stakeholderGroup", "NOPE"));
        assertThat(result.getResponse().getStatus()).isIn(200, 400);
        var page = Pages.html(result);
        assertThat(page.select("input[name=displayName]").val()).isEqualTo("Nope Person");
        assertThat(page.select(".field-error, [role=alert]").text()).contains("values offered").contains("10");
        assertThat(count("account")).isEqualTo(accountsBefore);
    }

    @Test
    void aProfileWithAnUnknownGroupOrAFalseBooleanComesBackWithAMessage() {
        for (var values : List.of(Map.of("stakeholderGroup", "NOPE", "decisionMails", "true"),
                Map.of("stakeholderGroup", "ACADEMIA", "decisionMails", "x"))) {
            var request = post("/profile").with(user(participant)).param("displayName", "Renamed Nora");
            values.forEach(request::param);
            var result = mvc.perform(request);
            assertThat(result.getResponse().getStatus()).as(values.toString()).isIn(200, 400);
            var page = Pages.html(result);
            assertThat(page.select("input[name=displayName]").val()).isEqualTo("Renamed Nora");
            assertThat(page.select(".field-error, [role=alert]").text()).as(values.toString()).isNotBlank();
            assertThat(jdbc.sql("SELECT display_name FROM account WHERE id = ?").params(participant.id())
                    .query(String.class).single()).isEqualTo("Nora Nul");
        }
    }

    @Test
    void aHundredThousandCharacterCommentIsA400WithTheLimit() {
        String text = "x".repeat(100_000);
        MvcTestResult result = discussions.post(slug, anchor, participant, text,
                discussions.shownAt(slug, anchor, participant), "", "10.21.0.3");
        assertThat(result).hasStatus(400);
        assertThat(Pages.html(result).select("[role=alert]").text()).contains("at most 5,000");
        assertThat(discussions.commentCount(slug)).isZero();
    }

    private static MockHttpServletRequestBuilder post(String uri) {
        return MockMvcRequestBuilders.post(uri).with(csrf());
    }

    private Map<String, Long> rowCounts() {
        var counts = new java.util.TreeMap<String, Long>();
        TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
