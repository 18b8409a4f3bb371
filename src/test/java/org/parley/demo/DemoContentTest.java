package org.parley.demo;

import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ReadingService;
import org.parley.consultation.SessionAssignments;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionSource;
import org.parley.consultation.VersionView;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A newcomer's first start: an empty database gets the three seed consultations, an account per
 * role, and the seeds' discussions on their original dates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
@AutoConfigureMockMvc
class DemoContentTest {

    /** Reads the home page the moment the web server takes requests, as a newcomer's browser might. */
    @org.springframework.boot.test.context.TestConfiguration
    static class FirstPage implements org.springframework.context.ApplicationListener<
            org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent> {

        volatile @org.jspecify.annotations.Nullable String html;

        @Override
        public void onApplicationEvent(
                org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent started) {
            var home = java.net.URI.create("http://127.0.0.1:" + started.getWebServer().getPort() + "/");
            try {
                html = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(home).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("The home page did not answer", e);
            }
        }
    }

    @Autowired
    FirstPage firstPage;

    @Test
    void theFirstPageTheServerAnswersAlreadyShowsTheDemo() {
        assertThat(firstPage.html).contains("EuroDIG 2024 — Messages from Workshop 1a")
                .doesNotContain("There is no consultation to read yet");
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ReadingService reading;

    @Autowired
    SessionAssignments sessionAssignments;

    @Autowired
    TextService texts;

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

        var report = reading.page("age-of-digital-interdependence", false);
        var ways = report.sections().get(1);
        assertThat(ways.title()).isEqualTo("How can the UN add value in the digital transformation?");
        assertThat(ways.groups().get(0).isBulletList()).isTrue();
        assertThat(ways.groups().get(0).paragraphs()).hasSize(7);

        var eurodig = reading.page("eurodig-2024-workshop-1a", false);
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
        assertThat(sessionAssignments.sections("eurodig-2024-workshop-1a")).filteredOn(section -> section.sessionId() != null)
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
        var watermark = find(rows, "I would add here:");
        assertThat(watermark.createdAt()).isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 11, 4, 0, 0, berlin).toInstant());
        assertThat(watermark.quote()).isEqualTo("Watermarking and certification of origin should be a more reliable "
                + "means to authenticate content and should be supported by regulation.");
        var technologyOpen = find(rows, "New technology-open proposal for the first sentence");
        assertThat(technologyOpen.quote()).startsWith("To detect CSAM online, client-side scanning should not be used;");
        assertThat(rows).filteredOn(row -> row.quote() != null).containsExactly(technologyOpen, watermark);

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

        assertThat(rows).as("the organisers' changes are told by the versions' notes, not by comments repeating them")
                .filteredOn(row -> row.author().equals("Olga Organiser")).isEmpty();
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
                text -> assertThat(text).startsWith("Cybersecurity experts and crypto-technologists"),
                text -> assertThat(text).startsWith("From my perspective, the comments on technology"),
                text -> assertThat(text).startsWith("The first sentence says that CSA is"));
        assertThat(page.select(".recent-comments time").first().attr("datetime")).isEqualTo("2024-07-03T12:48:00Z");
        assertThat(page.select(".recent-comments a").eachAttr("href")).allMatch(href -> href.matches("/comments/\\d+"));
        assertThat(page.text()).doesNotContain("@parley.example");
    }

    @Test
    void theWorkshopsReportShowsTheOrganisersResponsesAndTheDeskWhatStillWaits() {
        var olga = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(new org.parley.account.SignedInAccount(accounts.idOf("organiser@parley.example").orElseThrow(),
                        "organiser@parley.example", "x", "Olga Organiser", org.parley.account.Role.PARTICIPANT, true));
        var report = org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a/report").with(olga).exchange());

        assertThat(report.select(".report-preview")).as("open: a preview for its organisers").hasSize(1);
        assertThat(report.select(".response-status").eachText()).contains("Addressed in version 2", "Noted", "Out of scope");
        assertThat(report.text()).contains("Torsten's proposal, which you supported, is in version 2",
                "by the decision of Olga Organiser on this proposal");
        assertThat(report.select(".report-no-response")).as("some still wait").isNotEmpty();
        assertThat(org.parley.Pages.html(mvc.get().uri("/proposals").with(olga).exchange()).select(".unanswered-comments li"))
                .as("on the desk").isNotEmpty();
        assertThat(mvc.get().uri("/c/eurodig-2024-workshop-1a/report")).as("not published yet").hasStatus(404);
    }

    @Test
    void theChangedMessagesHaveTheOrganisersSecondVersionsOnTheSeedsDates() {
        var rows = thread("eurodig-2024-workshop-1a");
        long olga = accounts.idOf("organiser@parley.example").orElseThrow();
        var torsten = find(rows, "From my perspective, the comments on technology take up too much space");
        var berlin = java.time.ZoneId.of("Europe/Berlin");

        var advancements = texts.versions(paragraphStarting("Advancements in legal and regulatory measures"));
        assertThat(advancements).extracting(VersionView::n, VersionView::source, VersionView::authorId,
                VersionView::proposalId, VersionView::changeNote).containsExactly(
                tuple(1, VersionSource.IMPORT, null, null, null),
                tuple(2, VersionSource.ORGANISER_EDIT, olga, null,
                        "After a meeting among the workshop organizers, this message was changed."));
        assertThat(advancements.get(0).text()).contains("Participants agreed that better regulation is needed");
        assertThat(advancements.get(1).text()).startsWith("**Advancements in legal and regulatory measures on Child "
                + "Sexual Abuse (CSA):** Workshop 1a discussed").endsWith("for monitoring illegal and harmful material "
                + "and safeguarding minors.");
        assertThat(advancements.get(1).createdAt())
                .isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 10, 58, 0, 0, berlin).toInstant());
        assertThat(advancements.get(0).createdAt()).as("the messages as EuroDIG 2024 presented them, before any comment")
                .isEqualTo(java.time.ZonedDateTime.of(2024, 6, 19, 12, 0, 0, 0, berlin).toInstant());

        String modified = "The session organizers and participants modified this message to better reflect the "
                + "discussion at the workshop.";
        var increasing = texts.versions(torsten.paragraph());
        assertThat(increasing).extracting(VersionView::n, VersionView::source, VersionView::authorId,
                VersionView::proposalId, VersionView::changeNote).containsExactly(
                tuple(1, VersionSource.IMPORT, null, null, null),
                tuple(2, VersionSource.PROPOSAL, olga, torsten.id(), modified));
        assertThat(increasing.get(1).text()).contains("preventing child sexual abuse should go hand in hand",
                "potential use of CSAM detection technology").endsWith("with a caution on risks to anonymity and participation.");
        assertThat(increasing.get(1).createdAt())
                .isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 11, 0, 0, 0, berlin).toInstant());

        var privacy = texts.versions(paragraphStarting("The interplay of privacy and safety"));
        assertThat(privacy).extracting(VersionView::n, VersionView::source, VersionView::authorId,
                VersionView::proposalId, VersionView::changeNote).containsExactly(
                tuple(1, VersionSource.IMPORT, null, null, null),
                tuple(2, VersionSource.ORGANISER_EDIT, olga, null, modified));
        assertThat(privacy.get(1).text()).endsWith("These measures should be centred on children’s rights and their "
                + "best interests, as a way forward to achieve this balance.");
        assertThat(privacy.get(1).createdAt())
                .isEqualTo(java.time.ZonedDateTime.of(2024, 7, 3, 11, 1, 0, 0, berlin).toInstant());

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE p.current_version > 1""").query(Long.class).single())
                .as("only the three messages the organisers changed have a second version").isEqualTo(3);
    }

    @Test
    void everyImportedVersionCarriesItsSourcesDateBeforeTheVersionsAfterIt() {
        assertThat(jdbc.sql("""
                        SELECT DISTINCT c.slug, v.created_at FROM paragraph_version v
                        JOIN paragraph p ON p.id = v.paragraph_id JOIN consultation c ON c.id = p.consultation_id
                        WHERE v.n = 1 ORDER BY 1""")
                .query((rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant()).list())
                .containsExactly(
                        "age-of-digital-interdependence 2019-06-10T12:00:00Z",
                        "eurodig-2024-workshop-1a 2024-06-19T10:00:00Z",
                        "roadmap-for-digital-cooperation 2020-06-16T10:00:00Z");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM paragraph_version later JOIN paragraph_version earlier
                        ON earlier.paragraph_id = later.paragraph_id AND earlier.n < later.n
                        WHERE earlier.created_at >= later.created_at""").query(Long.class).single())
                .as("versions out of order").isZero();
    }

    @Autowired
    org.parley.proposal.DecisionHistoryWriter decisionHistory;

    @Test
    void anImportedVersionKeepsTheExpectedVersionRule() {
        long olga = accounts.idOf("organiser@parley.example").orElseThrow();
        long privacy = paragraphStarting("The interplay of privacy and safety");

        org.assertj.core.api.Assertions.assertThatExceptionOfType(org.parley.consultation.ParagraphChanged.class)
                .isThrownBy(() -> decisionHistory.writeEdit(privacy, new org.parley.account.Viewer(olga, false), 1,
                        "**The interplay of privacy and safety:** Other words.", "Stale.", java.time.Instant.now()));
        assertThat(texts.versions(privacy)).hasSize(2);
    }

    @Test
    void theSeedsProposalsAreOpenOrAcceptedWithTheirSupports() {
        var proposals = jdbc.sql("""
                        SELECT a.display_name AS author, m.body, m.quote_exact AS quote, m.proposed_text,
                               m.proposal_status, d.display_name AS decided_by, m.decided_at, m.decision_reason,
                               (SELECT string_agg(s.display_name, ', ' ORDER BY s.display_name) FROM support x
                                JOIN account s ON s.id = x.account_id WHERE x.comment_id = m.id) AS supporters
                        FROM comment m JOIN account a ON a.id = m.author_id LEFT JOIN account d ON d.id = m.decided_by
                        WHERE m.proposed_text IS NOT NULL ORDER BY m.created_at""")
                .query((rs, n) -> java.util.Arrays.asList(rs.getString("author"), rs.getString("body"),
                        rs.getString("quote"), rs.getString("proposed_text"), rs.getString("proposal_status"),
                        rs.getString("decided_by"), rs.getString("decision_reason"), rs.getString("supporters"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant().toString()))
                .list();

        assertThat(proposals).hasSize(4);
        assertThat(proposals.get(0)).containsExactly("Lukas Brenner",
                "New technology-open proposal for the first sentence of the paragraph, as there was no explicit "
                        + "request in the workshop to exclude CCS:",
                "To detect CSAM online, client-side scanning should not be used; only techniques that can protect "
                        + "privacy by not learning anything about the content of a message other than whether an image "
                        + "matches known illegal content should be considered.",
                "To detect CSAM online, only techniques that can protect privacy by not learning anything about the "
                        + "content of a message other than whether an image matches known illegal content should be used.",
                "OPEN", null, null, "David", null);
        assertThat(proposals.get(1)).startsWith("Torsten Participant").containsSubsequence(
                "ACCEPTED_WITH_EDITS", "Olga Organiser",
                "The session organizers and participants modified this message to better reflect the discussion at "
                        + "the workshop.", "Emma Lindqvist, Ian Brooks", "2024-07-03T09:00:00Z");
        assertThat(proposals.get(1).get(1)).endsWith("Therefore, here is a suggestion to change the message:");
        assertThat(proposals.get(1).get(2)).as("for the whole message").isNull();
        assertThat(proposals.get(1).get(3)).startsWith("**CSA is currently increasing exponentially** and has serious")
                .contains("preventing sexual violence should go hand in hand")
                .endsWith("However, this should not be at the expense of anonymity and participation.");
        assertThat(proposals.get(2)).containsExactly("Nadia Haddad", "I would add here:",
                "Watermarking and certification of origin should be a more reliable means to authenticate content and "
                        + "should be supported by regulation.",
                "Watermarking and certification of origin should be a more reliable means to authenticate content and "
                        + "should be supported by regulation, keeping in mind that also these methods can be circumvented.",
                "OPEN", null, null, "Emma Lindqvist, Kristina Tamm", null);
        var kristina = proposals.get(3);
        assertThat(kristina.subList(0, 3)).containsExactly("Kristina Tamm",
                "The ideas discussed in this session were much broader. I propose to ionclude the following:", null);
        assertThat(kristina.get(3)).as("the message with the four paragraphs she proposes to include")
                .startsWith("**Digital public services:** Governments should digitalise their services with citizens in mind.")
                .contains("accessible to everyone. Citizens’ expectations from governments are increasing",
                        "Open policy-making and innovative thinking are crucial", "Success in digital services depends")
                .endsWith("Practical strategies and public co-creation are necessary for meaningful change.")
                .doesNotContain("\n");
        assertThat(kristina.subList(4, 9)).containsExactly("OPEN", null, null, null, null);
    }

    @Test
    void theThreadsShowTheProposalsWithTheirStatusAndSupporters() {
        var messages = org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a").exchange());
        assertThat(messages.text()).as("the current wording of the changed messages").contains(
                "An agreement was found on the need for better regulation in this field",
                "with a caution on risks to anonymity and participation",
                "These measures should be centred on children’s rights");

        var watermarking = threadPage("AI-generated abuse material");
        var nadia = watermarking.select(".proposal").first();
        assertThat(nadia.select(".proposal-status").text()).isEqualTo("Open proposal for the quoted passage");
        assertThat(nadia.select(".change-after").text()).contains("keeping in mind that also these methods can be circumvented.");
        assertThat(nadia.select(".supporters").text()).isEqualTo("Supported by 2 people: Emma Lindqvist, Kristina Tamm");

        var detection = threadPage("Detection technology");
        assertThat(detection.select(".proposal")).hasSize(1);
        assertThat(detection.select(".proposal .proposal-status").text()).isEqualTo("Open proposal for the quoted passage");
        assertThat(detection.select(".proposal .supporters").text()).isEqualTo("Supported by 1 person: David");

        var increasing = threadPage("CSA is currently increasing exponentially");
        var torsten = increasing.select(".proposal").first();
        assertThat(torsten.select(".proposal-status").text())
                .startsWith("Accepted with edits for the whole paragraph").contains("version 1");
        assertThat(torsten.select(".proposal-decision").text()).startsWith("Decided by Olga Organiser");
        assertThat(torsten.select(".supporters").text()).isEqualTo("Supported by 2 people: Emma Lindqvist, Ian Brooks");
    }

    @Test
    void theHistoryOfAChangedMessageShowsTheOrganisersNoteOnce() {
        String anchor = jdbc.sql("SELECT anchor FROM paragraph WHERE id = :id")
                .param("id", paragraphStarting("Advancements in legal and regulatory measures")).query(String.class).single();
        var history = org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a/p/" + anchor + "/history").exchange());

        assertThat(history.select(".change-note").eachText()).singleElement().asString()
                .contains("After a meeting among the workshop organizers, this message was changed.");
    }

    @Test
    void euroDigCallsItsUnitsMessages() {
        var reading = org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a").exchange());
        assertThat(reading.select(".paragraph-number").first().attr("aria-label")).isEqualTo("Message 1: link to this message");
        assertThat(reading.select(".recent-meta span").eachText()).isNotEmpty().allMatch(on -> on.startsWith("on message "));
        var home = org.parley.Pages.html(mvc.get().uri("/").exchange());
        assertThat(home.select(".consultation-card").text()).contains("7 messages", "16 paragraphs");

        var privacy = threadPage("The interplay of privacy and safety");
        assertThat(privacy.select("h1").text()).isEqualTo("Message 4");
        assertThat(privacy.select(".thread-heading").text()).startsWith("Comments on message 4");
        assertThat(privacy.select(".change-intro strong").text())
                .isEqualTo("The session organisers changed this message as follows:");
    }

    private org.jsoup.nodes.Document threadPage(String words) {
        String anchor = jdbc.sql("SELECT anchor FROM paragraph WHERE id = :id").param("id", paragraphStarting(words))
                .query(String.class).single();
        return org.parley.Pages.html(mvc.get().uri("/c/eurodig-2024-workshop-1a/p/" + anchor).exchange());
    }

    private long paragraphStarting(String words) {
        return jdbc.sql("""
                        SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = 1
                        WHERE c.slug = 'eurodig-2024-workshop-1a' AND v.text LIKE :start""")
                .param("start", "**" + words + "%").query(Long.class).single();
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
    void aDatabaseWithContentIsLeftAlone() {
        demo.start();

        assertThat(consultations.listAll()).hasSize(3);
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph").query(Long.class).single()).isEqualTo(16 + 47 + 7);
        assertThat(jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single()).isEqualTo(4 + 9);
    }
}
