package org.parley.insights;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.SessionAssignments;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.parley.session.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The insights of a small consultation whose every number is known: nine people, five of civil
 * society from France and four of government from Kenya (fewer than five: "other"), comments on
 * two days, four proposals decided after 2, 4 and 6 days or still open, supports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InsightsFragments fragments;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionAssignments assignments;

    @Autowired
    JdbcClient jdbc;

    String slug;
    List<Long> civilSociety = new ArrayList<>();
    List<Long> government = new ArrayList<>();
    long organiser;
    long openProposal;

    @BeforeEach
    void aSmallConsultation() {
        slug = "insights-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Insights", null, null, null));
        imports.importText(slug, """
                ## 1 Cooperation

                Digital cooperation needs multistakeholder inclusion.

                Inclusion of every stakeholder group matters.

                ## 2 Trust

                Trust and security online.
                """, ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultation = consultations.summary(slug).id();
        var session = sessions.create(consultation, "WS1", "Workshop one");
        long firstSection = assignments.sections(slug).get(0).id();
        assignments.assignSession(slug, firstSection, session.id());
        for (int i = 0; i < 5; i++) {
            civilSociety.add(account(StakeholderGroup.CIVIL_SOCIETY, "FR"));
        }
        for (int i = 0; i < 4; i++) {
            government.add(account(StakeholderGroup.GOVERNMENT, "KE"));
        }
        organiser = account(StakeholderGroup.ACADEMIA, "DE");
        sessions.appoint(session.id(), email(organiser));

        var paragraphs = jdbc.sql("""
                        SELECT p.id, v.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id WHERE c.slug = ? ORDER BY p.position""")
                .params(slug).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        var day1 = Instant.parse("2026-01-10T09:00:00Z");
        for (long author : civilSociety) {
            comment(paragraphs.get(0), author, "Multistakeholder inclusion and accountability matter.", day1);
        }
        for (long author : government) {
            comment(paragraphs.get(0), author, "Accountability of platforms, accountability of states.", day1.plus(2, ChronoUnit.DAYS));
        }
        var day2 = day1.plus(1, ChronoUnit.DAYS);
        openProposal = proposal(paragraphs.get(1), civilSociety.get(0), "OPEN", day2, null);
        long accepted = proposal(paragraphs.get(1), civilSociety.get(1), "ACCEPTED", day2, day2.plus(2, ChronoUnit.DAYS));
        proposal(paragraphs.get(1), civilSociety.get(2), "REJECTED", day2, day2.plus(4, ChronoUnit.DAYS));
        proposal(paragraphs.get(1), civilSociety.get(3), "ACCEPTED_WITH_EDITS", day2, day2.plus(6, ChronoUnit.DAYS));
        for (long supporter : government) {
            support(openProposal, supporter);
        }
        support(accepted, civilSociety.get(4));
    }

    @Test
    void participationByGroupCountryAndRegionMergesGroupsOfFewerThanFive() {
        var page = page(admin());
        assertThat(dataRows(page, "groups")).containsExactly(
                List.of("Civil society", "5", "5", "4", "1"),
                List.of("Other (groups of fewer than 5)", "4", "4", "0", "4"));
        assertThat(dataRows(page, "countries")).containsExactly(
                List.of("France", "5", "5", "4", "1"),
                List.of("Other (groups of fewer than 5)", "4", "4", "0", "4"));
        assertThat(dataRows(page, "regions")).containsExactly(
                List.of("Western European and Other States", "5", "5", "4", "1"),
                List.of("Other (groups of fewer than 5)", "4", "4", "0", "4"));
        assertThat(page.text()).doesNotContain("Kenya").doesNotContain("African States").contains("9 people took part");
        // the session holds the first section: both paragraphs' people, by group and by region
        assertThat(dataRows(page, "sessions")).contains(List.of("WS1 Workshop one · Civil society", "5", "5", "4", "1"),
                List.of("WS1 Workshop one · Other (groups of fewer than 5)", "4", "4", "0", "4"));
        // the first paragraph alone has 9 comments; the second 4 proposals by civil society and supports
        var strip = dataRows(page, "strip");
        assertThat(strip).hasSize(3);
        assertThat(strip.get(0)).containsExactly("Paragraph 1", "5", "4", "9", "0");
        assertThat(strip.get(1)).containsExactly("Paragraph 2", "4", "0", "0", "4");
        assertThat(strip.get(2)).containsExactly("Paragraph 3", "0", "0", "0", "0");
        assertThat(page.select("#chart-strip svg a").get(0).attr("href")).startsWith("/c/" + slug + "/p/");
    }

    @Test
    void aFifthPersonOfACountryMakesItShown() {
        assertThat(dataRows(page(admin()), "countries")).doesNotContain(List.of("Kenya", "4", "4", "0", "4"));
        long fifth = account(StakeholderGroup.GOVERNMENT, "KE");
        support(openProposal, fifth);
        var page = page(admin());
        assertThat(dataRows(page, "countries")).containsExactly(List.of("France", "5", "5", "4", "1"),
                List.of("Kenya", "5", "4", "0", "5"));
        assertThat(dataRows(page, "groups")).contains(List.of("Government", "5", "4", "0", "5"));
        assertThat(dataRows(page, "regions")).contains(List.of("African States", "5", "4", "0", "5"));
    }

    @Test
    void theContentIsDrawnOnceForEveryoneWhoMaySeeIt() {
        var first = page(admin());
        long drawn = fragments.renderings();
        var again = page(signedIn(organiser, Role.PARTICIPANT));
        assertThat(fragments.renderings()).as("the organiser gets what the admin's request drew").isEqualTo(drawn);
        assertThat(again.select("main").html()).isEqualTo(first.select("main").html());
        assertThat(again.select(".signed-in-as").text()).isNotEqualTo(first.select(".signed-in-as").text());
    }

    @Test
    void proposalsBySessionWithTimesToDecisionAndTheMostSupported() {
        var page = page(admin());
        var rows = dataRows(page, "proposals");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(0, 6)).containsExactly("WS1 Workshop one", "1", "1", "1", "1", "4 d 0 h");
        assertThat(rows.get(1).subList(0, 6)).containsExactly("All proposals", "1", "1", "1", "1", "4 d 0 h");
        long openDays = ChronoUnit.DAYS.between(Instant.parse("2026-01-11T09:00:00Z"), Instant.now());
        assertThat(rows.get(0).get(6)).startsWith(openDays + " d ");
        var supported = page.select(".most-supported li");
        assertThat(supported).hasSize(2);
        assertThat(supported.get(0).text()).contains("Proposed wording OPEN").contains("4 supports").contains("Open proposal");
        assertThat(supported.get(0).select("a").attr("href")).isEqualTo("/comments/" + openProposal);
        assertThat(supported.get(1).text()).contains("1 support");
    }

    @Test
    void activityPerDayWithQuietDaysAtZero() {
        assertThat(dataRows(page(admin()), "activity")).containsExactly(
                List.of("2026-01-10", "5", "0"), List.of("2026-01-11", "0", "4"), List.of("2026-01-12", "4", "0"));
    }

    @Test
    void termsAreStemmedCountedAndLinkedToASearch() {
        var page = page(admin());
        var inText = page.select("ul[aria-labelledby=terms-text-words] a").eachText();
        assertThat(inText).contains("inclusion (2)", "multistakeholder (1)");
        var inComments = page.select("ul[aria-labelledby=terms-comment-words] a").eachText();
        assertThat(inComments).contains("accountability (13)", "multistakeholder (5)");
        assertThat(page.select("ul[aria-labelledby=terms-comment-phrases] a").eachText()).contains("multistakeholder inclusion (5)");
        assertThat(page.select("ul[aria-labelledby=terms-gap] a").eachText()).contains("accountability (13)")
                .doesNotContain("inclusion (5)");
        assertThat(page.select("ul[aria-labelledby=terms-text-words] a").first().attr("href"))
                .startsWith("/c/" + slug + "/search?q=");
    }

    @Test
    void theSvgTheTableAndTheCsvSayTheSame() {
        var page = page(admin());
        var bars = page.select("#chart-groups svg rect title").eachText();
        assertThat(bars).containsExactly("Civil society, Participants: 5", "Other (groups of fewer than 5), Participants: 4");
        assertThat(page.select("#chart-groups svg text.chart-value").eachText()).containsExactly("5", "4");
        assertThat(page.select("#chart-groups svg title").first().text()).isEqualTo("Participants by stakeholder group");
        assertThat(page.select("#chart-groups svg desc")).hasSize(1);
        String csv = csv("groups", admin());
        assertThat(csv).startsWith("\uFEFF").contains("\r\n");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "\"Stakeholder group\",\"Participants\",\"Comments\",\"Proposals\",\"Supports\"",
                "\"Civil society\",\"5\",\"5\",\"4\",\"1\"",
                "\"Other (groups of fewer than 5)\",\"4\",\"4\",\"0\",\"4\"");
        for (var chart : List.of("countries", "regions", "sessions", "sections", "strip", "proposals", "activity", "terms")) {
            var rows = dataRows(page, chart);
            var lines = csv(chart, admin()).substring(1).split("\r\n");
            assertThat(lines).as(chart).hasSize(rows.size() + 1);
        }
    }

    @Test
    void aCsvCellThatLooksLikeAFormulaStaysText() {
        assertThat(new String(InsightsCsv.write(new SvgBarChart("x", "X", "X", false, "Term", List.of("n"), 1, List.of(),
                List.of(new SvgBarChart.Row("=HYPERLINK(\"x\")", null, List.of(1), List.of())))), StandardCharsets.UTF_8))
                .contains("\"'=HYPERLINK(\"\"x\"\")\",\"1\"");
    }

    @Test
    void hiddenWhileOpenUnlessAnAdminMakesThemPublicAndAlwaysPublicOncePublished() {
        assertThat(mvc.get().uri("/c/{slug}/insights", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/c/{slug}/insights/groups.csv", slug)).hasStatus(404);
        assertThat(mvc.get().uri("/c/{slug}/insights", slug).with(signedIn(civilSociety.get(0), Role.PARTICIPANT))).hasStatus(404);
        assertThat(mvc.get().uri("/c/{slug}/insights", slug).with(signedIn(organiser, Role.PARTICIPANT))).hasStatusOk();
        assertThat(mvc.get().uri("/c/{slug}/insights", slug).with(admin())).hasStatusOk();
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).exchange()).select(".insights-link")).isEmpty();

        consultations.showInsightsWhileOpen(slug, true);
        assertThat(mvc.get().uri("/c/{slug}/insights", slug)).hasStatusOk();
        assertThat(Pages.html(mvc.get().uri("/c/{slug}", slug).exchange()).select(".insights-link a").attr("href"))
                .isEqualTo("/c/" + slug + "/insights");

        consultations.showInsightsWhileOpen(slug, false);
        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        assertThat(mvc.get().uri("/c/{slug}/insights", slug)).hasStatusOk();
        assertThat(mvc.get().uri("/c/{slug}/insights/groups.csv", slug)).hasStatusOk();
    }

    @Test
    void theAdminSetsInsightsPublicInTheConsultationForm() {
        assertThat(Pages.html(mvc.get().uri("/admin/consultations/{slug}/edit", slug).with(admin()).exchange())
                .select("input[name=insightsPublic][type=checkbox]")).hasSize(1);
        assertThat(mvc.post().uri("/admin/consultations/{slug}", slug).with(admin())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("slug", slug).param("title", "Insights").param("moderationMode", "POST").param("insightsPublic", "true"))
                .hasStatus3xxRedirection();
        assertThat(consultations.insightsPublicWhileOpen(slug)).isTrue();
        assertThat(mvc.get().uri("/c/{slug}/insights", slug)).hasStatusOk();
    }

    @Test
    void oddAddressesAreNotFoundNeverAnError() {
        assertThat(mvc.get().uri("/c/{slug}/insights/nonsense.csv", slug).with(admin())).hasStatus(404);
        assertThat(mvc.get().uri("/c/no-such-consultation/insights").with(admin())).hasStatus(404);
        assertThat(mvc.get().uri("/c/{slug}/insights?chart=%00&q=%27", slug).with(admin())).hasStatusOk();
    }

    private Document page(RequestPostProcessor viewer) {
        var result = mvc.get().uri("/c/{slug}/insights", slug).with(viewer).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private String csv(String chart, RequestPostProcessor viewer) {
        var result = mvc.get().uri("/c/{slug}/insights/{chart}.csv", slug, chart).with(viewer).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static List<List<String>> dataRows(Document page, String chart) {
        return page.select("#data-" + chart + " tbody tr").stream().map(row -> row.select("th, td").eachText()).toList();
    }

    private RequestPostProcessor admin() {
        return user(new SignedInAccount(organiser, email(organiser), "x", "Admin", Role.ADMIN, true));
    }

    private RequestPostProcessor signedIn(long id, Role role) {
        return user(new SignedInAccount(id, email(id), "x", "Someone", role, true));
    }

    private long account(StakeholderGroup group, String country) {
        String email = "insights-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Person " + email.substring(9, 14),
                Role.PARTICIPANT, null, group, country));
        return jdbc.sql("SELECT id FROM account WHERE email = ?").params(email).query(Long.class).single();
    }

    private String email(long id) {
        return jdbc.sql("SELECT email FROM account WHERE id = ?").params(id).query(String.class).single();
    }

    private void comment(long[] paragraph, long author, String body, Instant at) {
        jdbc.sql("INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(paragraph[0], paragraph[1], author, body, "<p>" + body + "</p>", java.sql.Timestamp.from(at)).update();
    }

    private long proposal(long[] paragraph, long author, String status, Instant at, Instant decidedAt) {
        return jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, proposed_text, proposal_status,
                                             decided_at, decision_reason, created_at)
                        VALUES (?, ?, ?, 'A better wording.', '<p>A better wording.</p>', ?, ?, ?, ?, ?) RETURNING id""")
                .params(paragraph[0], paragraph[1], author, "Proposed wording " + status, status,
                        decidedAt == null ? null : java.sql.Timestamp.from(decidedAt), status.equals("REJECTED") ? "No." : null,
                        java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    private void support(long proposal, long account) {
        jdbc.sql("INSERT INTO support (comment_id, account_id) VALUES (?, ?)").params(proposal, account).update();
    }
}
