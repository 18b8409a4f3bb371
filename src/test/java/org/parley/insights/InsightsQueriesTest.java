package org.parley.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.SizedConsultations;
import org.parley.StatementCounter;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The insights page asks the database the same few questions whether the text and its discussion are small or large. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class InsightsQueriesTest {

    /** With the header's questions for a signed-in reader (the unread notifications' count among them). */
    static final int MOST = 13;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void statementsDoNotGrowWithParagraphsCommentsOrPeople() {
        var few = people(3);
        var many = people(40);
        String small = consultation(3, 2, few);
        String large = consultation(300, 3000, many);
        var admin = admin();

        int smallPage = statementsFor("/c/" + small + "/insights", admin);
        int largePage = statementsFor("/c/" + large + "/insights", admin);
        var organiser = organiser(small, 1, large, 10);
        int smallOrganiser = statementsFor("/c/" + small + "/insights", organiser);
        int largeOrganiser = statementsFor("/c/" + large + "/insights", organiser);
        int smallCsv = statementsFor("/c/" + small + "/insights/strip.csv", admin);
        int largeCsv = statementsFor("/c/" + large + "/insights/strip.csv", admin);
        consultations.changeStatus(small, ConsultationStatus.PUBLISHED);
        consultations.changeStatus(large, ConsultationStatus.PUBLISHED);
        int smallAnonymous = statementsFor("/c/" + small + "/insights", null);
        int largeAnonymous = statementsFor("/c/" + large + "/insights", null);

        assertThat(largePage).isEqualTo(smallPage).isLessThanOrEqualTo(MOST);
        assertThat(largeCsv).isEqualTo(smallCsv).isLessThanOrEqualTo(smallPage);
        assertThat(largeOrganiser).as("organiser of one of 1 or of 10 sessions").isEqualTo(smallOrganiser)
                .isLessThanOrEqualTo(MOST + 1);
        assertThat(largeAnonymous).isEqualTo(smallAnonymous).isLessThanOrEqualTo(smallPage);
        long started = System.nanoTime();
        statementsFor("/c/" + large + "/insights", admin);
        System.out.printf("Insights, 300 paragraphs and 3,000 comments: %d statements, %d ms%n", largePage,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int statementsFor(String url, RequestPostProcessor viewer) {
        StatementCounter.reset();
        var request = mvc.get().uri(url);
        assertThat(viewer == null ? request : request.with(viewer)).hasStatusOk();
        return StatementCounter.count();
    }

    private RequestPostProcessor admin() {
        String email = "insights-admin-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Ada Insights", Role.ADMIN, null,
                StakeholderGroup.OTHER, null));
        long id = jdbc.sql("SELECT id FROM account WHERE email = ?").params(email).query(Long.class).single();
        return user(new SignedInAccount(id, email, "x", "Ada Insights", Role.ADMIN, true));
    }

    /** Organises the last of one consultation's sessions and of the other's. */
    private RequestPostProcessor organiser(String small, int smallSessions, String large, int largeSessions) {
        long id = people(1).get(0);
        for (var consultation : List.of(java.util.Map.entry(small, smallSessions), java.util.Map.entry(large, largeSessions))) {
            long consultationId = consultations.summary(consultation.getKey()).id();
            long session = 0;
            for (int i = 1; i <= consultation.getValue(); i++) {
                session = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, ?, ?) RETURNING id")
                        .params(consultationId, "WS" + i, "Workshop " + i).query(Long.class).single();
            }
            jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(session, id).update();
        }
        String email = jdbc.sql("SELECT email FROM account WHERE id = ?").params(id).query(String.class).single();
        return user(new SignedInAccount(id, email, "x", "Olga Insights", Role.PARTICIPANT, true));
    }

    private List<Long> people(int count) {
        var groups = StakeholderGroup.values();
        var countries = List.of("FR", "KE", "BR", "IN", "PL", "US", "CH");
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            String email = "insights-q-" + UUID.randomUUID() + "@example.org";
            accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Person " + i, Role.PARTICIPANT, null,
                    groups[i % groups.length], countries.get(i % countries.size())));
            ids.add(jdbc.sql("SELECT id FROM account WHERE email = ?").params(email).query(Long.class).single());
        }
        return ids;
    }

    private String consultation(int paragraphs, int comments, List<Long> authors) {
        var sized = new SizedConsultations(consultations, imports, jdbc, dataSource);
        String slug = sized.open("insights-size", paragraphs);
        var versions = sized.paragraphVersions(slug);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < comments; i++) {
            long[] paragraph = versions.get(i % versions.size());
            boolean proposal = i % 10 == 0;
            rows.add(new Object[] {paragraph[0], paragraph[1], authors.get(i % authors.size()),
                    "Comment " + i + " on multistakeholder accountability", "<p>Comment " + i + "</p>",
                    proposal ? "Proposed wording " + i : null, proposal ? "OPEN" : null});
        }
        new JdbcTemplate(dataSource).batchUpdate("""
                INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, proposed_text, proposal_status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("""
                INSERT INTO support (comment_id, account_id)
                SELECT m.id, a.id FROM comment m JOIN paragraph p ON p.id = m.paragraph_id JOIN consultation c ON c.id = p.consultation_id
                CROSS JOIN unnest(?::bigint[]) AS a (id)
                WHERE c.slug = ? AND m.proposal_status = 'OPEN' AND m.author_id <> a.id AND m.id % 3 = 0""")
                .params(authors.subList(0, Math.min(5, authors.size())).toArray(Long[]::new), slug).update();
        return slug;
    }
}
