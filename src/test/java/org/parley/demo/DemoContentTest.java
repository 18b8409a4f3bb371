package org.parley.demo;

import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.parley.consultation.ConsultationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first start: an empty database gets the three seed consultations, an account per
 * role, and the seeds' discussions on their original dates.
 */
@SpringBootTest(properties = "parley.demo.enabled=true")
@AutoConfigureMockMvc
class DemoContentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    DemoContent demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accounts;

    @Test
    void theSeedsBecomeThreeOpenConsultations() {
        var all = consultations.listPublic();

        assertThat(all).extracting(c -> c.slug()).containsExactlyInAnyOrder(
                "age-of-digital-interdependence", "roadmap-for-digital-cooperation", "eurodig-2024-workshop-1a");
        assertThat(all).allSatisfy(c -> assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN));
        assertThat(consultations.summary("age-of-digital-interdependence").title())
                .isEqualTo("The Age of Digital Interdependence — 4.3 The role of the UN");
        assertThat(consultations.summary("age-of-digital-interdependence").paragraphCount()).isEqualTo(16);
        assertThat(consultations.summary("roadmap-for-digital-cooperation").paragraphCount()).isEqualTo(47);

        var report = consultations.page("age-of-digital-interdependence", false);
        var ways = report.sections().get(1);
        assertThat(ways.title()).isEqualTo("How can the UN add value in the digital transformation?");
        assertThat(ways.groups().get(0).isBulletList()).isTrue();
        assertThat(ways.groups().get(0).paragraphs()).hasSize(7);

        var eurodig = consultations.page("eurodig-2024-workshop-1a", false);
        assertThat(eurodig.consultation().title()).isEqualTo("EuroDIG 2024 — Messages from Workshop 1a");
        assertThat(eurodig.consultation().paragraphCount()).isEqualTo(7);
        assertThat(eurodig.tableOfContents()).extracting(section -> section.title()).containsExactly(
                "EuroDIG 2024 — Messages from Workshop 1a",
                "Workshop 1a: Child safety online — update on legal regulatory requirements",
                "Digital public services and GovTech");
    }

    @Test
    void olgaOrganisesWorkshop1aWhichOwnsItsSection() {
        var eurodig = consultations.summary("eurodig-2024-workshop-1a");
        var workshops = sessions.sessions(eurodig.id());
        assertThat(workshops).extracting(SessionView::code, SessionView::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WS1a", "Workshop 1a: Child safety online — update on legal regulatory requirements"));
        long ws1a = workshops.get(0).id();
        assertThat(consultations.sections("eurodig-2024-workshop-1a")).filteredOn(section -> section.sessionId() != null)
                .extracting(section -> section.title())
                .containsExactly("Workshop 1a: Child safety online — update on legal regulatory requirements");
        long olga = accounts.idOf("organiser@parley.example").orElseThrow();
        assertThat(sessions.isOrganiser(ws1a, olga)).isTrue();
        assertThat(sessions.organisedBy(olga)).extracting(SessionView::id).containsExactly(ws1a);
        assertThat(sessions.isFinal(ws1a)).isFalse();
        assertThat(sessions.organisedBy(accounts.idOf("david@parley.example").orElseThrow())).isEmpty();
    }

    @Test
    void thereIsAnAccountForEachRole() {
        assertThat(jdbc.sql("SELECT email || ' ' || role FROM account ORDER BY id").query(String.class).list())
                .containsExactly(
                        "admin@parley.example ADMIN",
                        "organiser@parley.example PARTICIPANT",
                        "david@parley.example PARTICIPANT",
                        "torsten@parley.example PARTICIPANT",
                        "rezaul@parley.example PARTICIPANT",
                        "miguel@parley.example PARTICIPANT",
                        "jovan@parley.example PARTICIPANT",
                        "lukas@parley.example PARTICIPANT",
                        "ian@parley.example PARTICIPANT",
                        "nadia@parley.example PARTICIPANT",
                        "emma@parley.example PARTICIPANT",
                        "kristina@parley.example PARTICIPANT");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE verified_at IS NULL").query(Long.class).single())
                .as("demo accounts can comment at once").isZero();
    }

    @Test
    void theRoadmapHasItsReadersDiscussionWithJovanAnsweringDavid() {
        var rows = thread("roadmap-for-digital-cooperation");

        assertThat(rows).extracting(Row::author).containsExactly(
                "Md. Rezaul Islam", "Miguel Alcaine", "David", "Jovan Kurbalija");
        var rezaul = rows.get(0);
        var miguel = rows.get(1);
        var david = rows.get(2);
        var jovan = rows.get(3);
        assertThat(jovan.parentId()).isEqualTo(david.id());
        assertThat(jovan.body()).startsWith("Thank you, David, foryour interesting and clear inputs.")
                .contains("The most used terms in the Roadmap are ‘multistakeholder’ (18) and ‘inclusion’ (17).")
                .endsWith("Let us not waste the current crisis and the opportunities it offers!");
        assertThat(david.body()).contains("hasn’t the World Economic Forum already initiated several of the points above?");
        assertThat(rows).filteredOn(row -> row != jovan).allSatisfy(row -> assertThat(row.parentId()).isNull());
        assertThat(rezaul.paragraph()).isEqualTo(david.paragraph()).isEqualTo(jovan.paragraph());
        assertThat(paragraphText(rezaul.paragraph())).contains("IGF Plus");
        assertThat(paragraphText(miguel.paragraph())).contains("18th SDG");
        assertThat(miguel.body()).contains("a mapping between SDG, WSIS action lines and ITU objectives was made");
    }

    @Test
    void theEuroDigMessagesHaveTheSeedsCommentsOnTheirDatesWithQuotesAndReplies() {
        var rows = thread("eurodig-2024-workshop-1a");
        var berlin = java.time.ZoneId.of("Europe/Berlin");

        var govTech = find(rows, "The ideas discussed in this session were much broader.");
        assertThat(govTech.createdAt()).isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 14, 48, 0, 0, berlin).toInstant());
        assertThat(paragraphText(govTech.paragraph())).startsWith("Digital public services:");
        var watermark = find(rows, "I would add here: Watermarking");
        assertThat(watermark.createdAt()).isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 11, 4, 0, 0, berlin).toInstant());
        assertThat(watermark.quote()).isEqualTo("Watermarking and certification of origin should be a more reliable "
                + "means to authenticate content and should be supported by regulation.");
        assertThat(rows).filteredOn(row -> row.quote() != null).containsExactly(watermark);

        var torsten = find(rows, "From my perspective, the comments on technology take up too much space");
        assertThat(torsten.author()).startsWith("Torsten");
        assertThat(torsten.createdAt()).isEqualTo(java.time.ZonedDateTime.of(2024, 7, 2, 13, 2, 0, 0, berlin).toInstant());
        assertThat(find(rows, "I think Torsten’s suggestion for the last sentence of para.3").parentId()).isEqualTo(torsten.id());
        assertThat(find(rows, "Thanks Torsten").parentId()).isEqualTo(torsten.id());
        var likeDavid = find(rows, "Like David, I don’t think cybersecurity");
        var davids = rows.stream().filter(row -> row.id() == likeDavid.parentId()).findFirst().orElseThrow();
        assertThat(davids.author()).isEqualTo("David");
        assertThat(paragraphText(torsten.paragraph())).startsWith("CSA is currently increasing exponentially");
        assertThat(jdbc.sql("SELECT number FROM paragraph WHERE id = :id").param("id", torsten.paragraph())
                .query(String.class).single()).as("para.3, as the seed calls it").isEqualTo("3");

        assertThat(rows).filteredOn(row -> row.author().equals("Olga Organiser")).extracting(Row::body)
                .satisfiesExactly(
                        body -> assertThat(body).startsWith("After a meeting among the workshop organizers, this message was changed as follows: Advancements"),
                        body -> assertThat(body).startsWith("The session organizers and participants modified this message").contains("CSA is currently"),
                        body -> assertThat(body).startsWith("The session organizers and participants modified this message").contains("The interplay of privacy and safety"));
    }

    @Test
    void theRecentCommentsSidebarReadsLikeTheSeedsFeed() {
        var page = org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a").exchange());

        assertThat(page.select(".recent-comments .recent-excerpt").eachText()).hasSize(8).satisfiesExactly(
                text -> assertThat(text).startsWith("The ideas discussed in this session were much broader."),
                text -> assertThat(text).startsWith("Like David, I don’t think cybersecurity"),
                text -> assertThat(text).startsWith("I think Torsten’s suggestion"),
                text -> assertThat(text).startsWith("Thanks Torsten"),
                text -> assertThat(text).startsWith("I would add here"),
                text -> assertThat(text).startsWith("The session organizers and participants modified").contains("interplay"),
                text -> assertThat(text).startsWith("The session organizers and participants modified").contains("CSA is"),
                text -> assertThat(text).startsWith("After a meeting among the workshop organizers"));
        assertThat(page.select(".recent-comments time").first().attr("datetime")).isEqualTo("2024-07-03T12:48:00Z");
        assertThat(page.select(".recent-comments a").eachAttr("href")).allMatch(href -> href.matches("/comments/\\d+"));
        assertThat(page.text()).doesNotContain("@parley.example");
    }

    record Row(long id, @org.jspecify.annotations.Nullable Long parentId, String author, long paragraph, String body,
               @org.jspecify.annotations.Nullable String quote, java.time.Instant createdAt) {
    }

    private java.util.List<Row> thread(String slug) {
        return jdbc.sql("""
                        SELECT m.id, m.parent_id, a.display_name AS author, m.paragraph_id AS paragraph, m.body,
                               m.quote_exact AS quote, m.created_at
                        FROM comment m JOIN account a ON a.id = m.author_id
                        JOIN paragraph p ON p.id = m.paragraph_id JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug ORDER BY m.created_at""")
                .param("slug", slug)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getString("author"),
                        rs.getLong("paragraph"), rs.getString("body"), rs.getString("quote"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static Row find(java.util.List<Row> rows, String start) {
        return rows.stream().filter(row -> row.body().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No demo comment starting with " + start));
    }

    private String paragraphText(long paragraphId) {
        return jdbc.sql("""
                        SELECT v.text FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        WHERE p.id = :id""").param("id", paragraphId).query(String.class).single()
                .replace("**", "");
    }

    @Test
    void aDatabaseWithContentIsLeftAlone() throws Exception {
        demo.run(null);

        assertThat(consultations.listAll()).hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph").query(Long.class).single()).isEqualTo(16 + 47 + 7);
        assertThat(jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single()).isEqualTo(4 + 12);
    }
}
