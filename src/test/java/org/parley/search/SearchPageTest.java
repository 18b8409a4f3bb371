package org.parley.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.SignedInAccount;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextLanguage;
import org.parley.consultation.TextOutline;
import org.parley.consultation.TextService;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.HistoricComment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Search against three consultations, in English, French and Spanish, and a draft: the query
 * syntax, stemming and accents per language, filters, what never shows, and escaped snippets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    static final Instant START = Instant.parse("2024-07-01T08:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    TextService texts;

    @Autowired
    AccountService accounts;

    @Autowired
    DiscussionHistoryWriter history;

    @Autowired
    JdbcClient jdbc;

    long amina;
    long bruno;
    long chen;
    long cooperationComment;
    long reply;
    long proposal;
    long tricky;
    long hidden;
    long withdrawn;
    long held;
    long sessionOne;
    SignedInAccount admin;
    SignedInAccount organiser;
    SignedInAccount participant;

    @BeforeAll
    void consultationsInThreeLanguages() {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        admin = discussions.admin("Ada Admin");
        organiser = discussions.participant("Olga Organiser");
        participant = discussions.participant("Pat Participant");
        amina = account("amina", "Amina Diallo", StakeholderGroup.CIVIL_SOCIETY);
        bruno = account("bruno", "Bruno Keller", StakeholderGroup.GOVERNMENT);
        chen = account("chen", "Chen Wei", StakeholderGroup.ACADEMIA);

        consultation("roadmap", TextLanguage.EN, ConsultationStatus.OPEN, new TextOutline(List.of(
                new SectionOutline("27", "Digital cooperation", List.of(
                        paragraph("27(a)", "Governments should strengthen digital cooperation across borders."),
                        paragraph("27(b)", "Internet access is a human right for all rural communities.")), List.of()),
                new SectionOutline("28", "Privacy", List.of(
                        paragraph("28(a)", "Data protection frameworks must respect privacy online.")), List.of()))));
        var paragraphs = paragraphIds("roadmap");
        long roadmap = consultations.summary("roadmap").id();
        sessionOne = discussions.session(roadmap, "WS1", "Privacy", organiser);
        cooperationComment = comment(paragraphs.get(0), amina, null, "We need stronger cooperation on cybersecurity.", null, 0);
        reply = comment(paragraphs.get(0), chen, cooperationComment, "Research cooperation between universities matters too.", null, 1);
        proposal = comment(paragraphs.get(0), bruno, null, "Say who cooperates.",
                "Governments shall strengthen international cooperation with civil society.", 2);
        tricky = comment(paragraphs.get(1), bruno, null, "Beware <script>alert(1)</script> and <mark>fake</mark> broadband claims.", null, 3);
        hidden = comment(paragraphs.get(1), amina, null, "Hiddenword broadband is rude.", null, 4);
        withdrawn = comment(paragraphs.get(1), amina, null, "Withdrawnword broadband second thoughts.", null, 5);
        held = comment(paragraphs.get(2), chen, null, "Heldword privacy concerns about trackers.", null, 6);
        jdbc.sql("UPDATE comment SET status = 'HIDDEN' WHERE id = ?").param(hidden).update();
        jdbc.sql("UPDATE comment SET status = 'WITHDRAWN' WHERE id = ?").param(withdrawn).update();
        jdbc.sql("UPDATE comment SET status = 'PENDING' WHERE id = ?").param(held).update();

        consultation("concertation", TextLanguage.FR, ConsultationStatus.OPEN, new TextOutline(List.of(
                new SectionOutline("1", "Le réseau", List.of(
                        paragraph("1", "La consultation porte sur le réseau numérique des écoles.")), List.of()))));
        comment(paragraphIds("concertation").get(0), amina, null, "Les consultations publiques sont utiles.", null, 7);

        // Spanish is chosen after the text is written: the text is stemmed again in Spanish.
        consultation("consulta", TextLanguage.EN, ConsultationStatus.OPEN, new TextOutline(List.of(
                new SectionOutline("1", "Conectividad", List.of(
                        paragraph("1", "Las consultas públicas sobre la conectividad rural.")), List.of()))));
        consultations.writtenIn("consulta", TextLanguage.ES);

        consultation("borrador", TextLanguage.EN, ConsultationStatus.DRAFT, new TextOutline(List.of(
                new SectionOutline("1", "Draft", List.of(paragraph("1", "Draftword cooperation, not yet public.")), List.of()))));
    }

    @Test
    void findsTheTextCommentsRepliesAndProposalsWithTheirSourceNumbersAndLinks() {
        var page = search("/c/roadmap/search?q=cooperation");

        assertThat(page.select("h1").text()).isEqualTo("Search in “Roadmap”");
        assertThat(page.select(".search-summary").text()).isEqualTo("5 results: 2 in the text, 2 comments, 1 proposal");
        var heading = page.select(".search-heading").first();
        assertThat(heading.select(".search-result-number").text()).isEqualTo("27");
        assertThat(heading.select("a.see-in-context").attr("href")).startsWith("/c/roadmap#section-");
        var paragraph = page.select(".search-paragraph").first();
        assertThat(paragraph.select(".search-result-number").text()).isEqualTo("Paragraph 27(a)");
        assertThat(paragraph.select(".search-snippet").html()).contains("digital <mark>cooperation</mark>");
        assertThat(paragraph.select("a.see-in-context").attr("href")).startsWith("/c/roadmap#p-");
        var replied = page.select(".search-comment:contains(universities)").first();
        assertThat(replied.select(".search-result-type").text()).isEqualTo("Reply");
        assertThat(replied.select(".search-result-author").text()).isEqualTo("by Chen Wei (Academia)");
        assertThat(replied.select("a.see-in-context").attr("href")).isEqualTo("/comments/" + reply);
        var proposed = page.select(".search-proposal").first();
        assertThat(proposed.select(".search-result-status").text()).isEqualTo("Open proposal");
        assertThat(proposed.select(".search-snippet").text()).contains("international cooperation with civil society");
    }

    @Test
    void readsPhrasesLeftOutWordsAndOr() {
        assertThat(snippets("/c/roadmap/search?q=\"digital cooperation\"")).hasSize(2)
                .anyMatch(snippet -> snippet.contains("<mark>digital</mark> <mark>cooperation</mark> across"));
        assertThat(snippets("/c/roadmap/search?q=\"cooperation digital\"")).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=cooperation -universities")).hasSize(4)
                .noneMatch(snippet -> snippet.contains("universities"));
        assertThat(snippets("/c/roadmap/search?q=trackers or hiddenword")).isEmpty(); // held and hidden never show
        assertThat(snippets("/c/roadmap/search?q=privacy or broadband")).hasSize(3)
                .anyMatch(snippet -> snippet.contains("<mark>broadband</mark> claims")).anyMatch(snippet -> snippet.contains("<mark>privacy</mark> online"));
    }

    @Test
    void stemsInTheConsultationsLanguageAndIgnoresAccents() {
        assertThat(snippets("/c/roadmap/search?q=strengthened")).hasSize(2);
        assertThat(snippets("/c/concertation/search?q=consultations")).hasSize(2);
        assertThat(snippets("/c/concertation/search?q=reseau")).hasSize(2).anyMatch(snippet -> snippet.contains("<mark>réseau</mark>"));
        assertThat(snippets("/c/consulta/search?q=consulta publica")).singleElement().asString()
                .contains("<mark>consultas</mark> <mark>públicas</mark>");
        assertThat(snippets("/search?q=reseau")).hasSize(2);
    }

    @Test
    void findsASourceNumberAsWritten() {
        var page = search("/c/roadmap/search?q=27(b)");

        assertThat(page.select(".search-result").first().select(".search-result-number").text()).isEqualTo("Paragraph 27(b)");
    }

    @Test
    void filtersBySectionSessionGroupKindStatusAndAuthor() {
        long privacy = jdbc.sql("SELECT id FROM section WHERE title = 'Privacy' AND consultation_id = (SELECT id FROM consultation WHERE slug = 'roadmap')")
                .query(Long.class).single();
        assertThat(snippets("/c/roadmap/search?q=privacy or cooperation&section=" + privacy)).hasSize(2);
        assertThat(snippets("/c/roadmap/search?q=privacy or cooperation&session=" + sessionOne)).hasSize(2);
        assertThat(snippets("/c/roadmap/search?q=cooperation&group=ACADEMIA")).singleElement().asString().contains("universities");
        assertThat(snippets("/c/roadmap/search?q=cooperation&kind=TEXT")).hasSize(2);
        assertThat(snippets("/c/roadmap/search?q=cooperation&kind=COMMENT")).hasSize(2);
        assertThat(snippets("/c/roadmap/search?q=cooperation&kind=PROPOSAL")).singleElement().asString().contains("international");
        assertThat(snippets("/c/roadmap/search?q=cooperation&status=OPEN")).hasSize(1);
        assertThat(snippets("/c/roadmap/search?q=cooperation&status=REJECTED")).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=cooperation&author=amina")).singleElement().asString().contains("cybersecurity");
        assertThat(snippets("/search?q=cooperation&group=GOVERNMENT")).singleElement().asString().contains("international");
    }

    @Test
    void hiddenAndWithdrawnNeverShowAndHeldOnlyForModeratorsWhoAsk() {
        for (var reader : List.of(participant, organiser, admin)) {
            assertThat(snippets("/c/roadmap/search?q=hiddenword or withdrawnword&held=on", reader)).isEmpty();
        }
        assertThat(snippets("/c/roadmap/search?q=heldword")).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=heldword&held=on")).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=heldword&held=on", participant)).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=heldword", admin)).isEmpty();
        assertThat(snippets("/c/roadmap/search?q=heldword&held=on", admin)).singleElement().asString().contains("trackers");
        assertThat(snippets("/search?q=heldword&held=on", organiser)).singleElement().asString().contains("trackers");
        assertThat(search("/c/roadmap/search?q=heldword&held=on", organiser).select(".search-result-held").text())
                .isEqualTo("Held for moderation");

        assertThat(search("/c/roadmap/search?q=x", participant).select("#search-held")).isEmpty();
        assertThat(search("/c/roadmap/search?q=x").select("#search-held")).isEmpty();
        assertThat(search("/c/roadmap/search?q=x", organiser).select("#search-held")).hasSize(1);
        assertThat(search("/c/concertation/search?q=x", organiser).select("#search-held")).isEmpty();
        assertThat(search("/search?q=x", admin).select("#search-held")).hasSize(1);
    }

    @Test
    void draftsAreSearchedOnlyWithinAndOnlyByAdmins() {
        assertThat(snippets("/search?q=draftword", admin)).isEmpty();
        assertThat(mvc.get().uri("/c/borrador/search?q=draftword").exchange()).hasStatus(404);
        assertThat(snippets("/c/borrador/search?q=draftword", admin)).hasSize(1);
    }

    @Test
    void snippetsAreEscapedButForTheirMarks() {
        var page = search("/c/roadmap/search?q=broadband");

        var snippet = page.select(".search-snippet").first();
        assertThat(snippet.html()).isEqualTo(
                "Beware &lt;script&gt;alert(1)&lt;/script&gt; and &lt;mark&gt;fake&lt;/mark&gt; <mark>broadband</mark> claims");
        assertThat(page.select("main script")).isEmpty();
        assertThat(snippet.select("mark")).hasSize(1);
    }

    @Test
    void saysWhatIsWrongWithAQuery() {
        var tooLong = mvc.get().uri("/search?q={q}", "a".repeat(10_000)).exchange();
        assertThat(tooLong).hasStatusOk();
        assertThat(Pages.html(tooLong).select(".problem").text()).isEqualTo("Search for at most 500 characters: this search has 10,000.");

        assertThat(search("/search?q=the of and").select(".notice").text()).isEqualTo("These words are too common to search for: add a less common one.");
        assertThat(search("/search?q=-cooperation").select(".problem").text()).isEqualTo("Add a word to look for: this search only leaves words out.");
        assertThat(search("/search?q=").select(".search-summary")).isEmpty();
        assertThat(mvc.get().uri("/c/roadmap/search?q=x&group=NOBODY").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/c/roadmap/search?q=x&section=99999999").exchange()).hasStatus(400);
        for (String q : List.of("a & | !(", "\"unbalanced", "' OR 1=1 --", "cooperation:*", "数字 合作 réseau", "!!", "(((", "<->")) {
            assertThat(mvc.get().uri("/search?q={q}", q).exchange()).as(q).hasStatusOk();
        }
    }

    @Test
    void pagesHaveRealLinks() {
        var page = search("/c/roadmap/search?q=cooperation or privacy or broadband&kind=COMMENT");
        assertThat(page.select(".page-of").text()).isEqualTo("page 1 of 1");
        assertThat(page.select("a[rel=next]")).isEmpty();
    }

    @Test
    void htmxGetsTheResultsRegionAlone() {
        var result = mvc.get().uri("/c/roadmap/search?q=cooperation").header("HX-Request", "true").exchange();

        var region = Pages.html(result);
        assertThat(region.select("#search-results")).hasSize(1);
        assertThat(region.select("header, form")).isEmpty();
        assertThat(region.select(".search-result")).hasSize(5);
    }

    @Test
    void theHeaderAndTheConsultationPageHaveASearchBox() {
        var home = Pages.html(mvc.get().uri("/").exchange());
        assertThat(home.select("header form.site-search").attr("action")).isEqualTo("/search");
        var consultation = Pages.html(mvc.get().uri("/c/roadmap").exchange());
        assertThat(consultation.select("form.consultation-search").attr("action")).isEqualTo("/c/roadmap/search");
    }

    private Document search(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Pages.html(result);
    }

    private Document search(String uri, SignedInAccount reader) {
        var result = mvc.get().uri(uri).with(user(reader)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Pages.html(result);
    }

    private List<String> snippets(String uri) {
        return htmlOf(search(uri));
    }

    private List<String> snippets(String uri, SignedInAccount reader) {
        return htmlOf(search(uri, reader));
    }

    private static List<String> htmlOf(Document page) {
        return page.select(".search-snippet").stream().map(element -> element.html()).toList();
    }

    private void consultation(String slug, TextLanguage language, ConsultationStatus status, TextOutline text) {
        consultations.create(new NewConsultation(slug, slug.substring(0, 1).toUpperCase() + slug.substring(1), null,
                START.minus(1, ChronoUnit.DAYS), Instant.now().plus(30, ChronoUnit.DAYS)));
        consultations.writtenIn(slug, language);
        texts.writeText(slug, text);
        if (status != ConsultationStatus.DRAFT) {
            consultations.changeStatus(slug, status);
        }
    }

    private List<Long> paragraphIds(String slug) {
        return jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position")
                .param(slug).query(Long.class).list();
    }

    private long comment(long paragraphId, long author, Long parent, String body, String proposedText, int minute) {
        return history.writeComment(new HistoricComment(paragraphId, author, parent, body, null,
                START.plus(minute, ChronoUnit.MINUTES), proposedText, List.of()));
    }

    private long account(String name, String displayName, StakeholderGroup group) {
        String email = name + "@search.example";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", displayName, Role.PARTICIPANT, null, group, null));
        return accounts.idOf(email).orElseThrow();
    }

    private static ParagraphOutline paragraph(String number, String text) {
        return new ParagraphOutline(ParagraphKind.PARAGRAPH, text, "<p>" + text + "</p>", number);
    }
}
