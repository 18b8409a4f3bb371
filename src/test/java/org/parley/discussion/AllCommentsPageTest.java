package org.parley.discussion;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;
import org.parley.consultation.TextService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of all comments and the Atom feed, against a consultation with nested sections and
 * 55 comments by four people whose emails must never show.
 */
@SpringBootTest(properties = "parley.base-url=https://parley.example.org/")
@AutoConfigureMockMvc
class AllCommentsPageTest {

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
    CommentService comments;

    @Autowired
    DiscussionHistoryWriter history;

    @Autowired
    JdbcClient jdbc;

    String slug;
    String run;
    long amina;
    long bruno;
    long chen;
    long tricky;
    List<Long> ids = new ArrayList<>();
    long sectionOne;
    long sectionOneOne;
    long sectionTwo;
    long replyId;

    @BeforeEach
    void aConsultationWithComments() {
        run = String.valueOf(System.nanoTime());
        slug = "all-comments-" + run;
        consultations.create(new NewConsultation(slug, "Messages", null, START.minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS)));
        texts.writeText(slug, new TextOutline(List.of(
                new SectionOutline("1", "Child safety", List.of(
                        paragraph("Advancements in legal and regulatory measures."),
                        paragraph("The interplay of privacy and safety.")),
                        List.of(new SectionOutline("1.1", "Detection", List.of(paragraph("To detect CSAM online.")),
                                List.of()))),
                new SectionOutline("2", "GovTech", List.of(paragraph("Digital public services for citizens.")),
                        List.of()))));
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        amina = account("amina", "Amina Diallo", StakeholderGroup.CIVIL_SOCIETY);
        bruno = account("bruno", "Bruno Keller", StakeholderGroup.GOVERNMENT);
        chen = account("chen", "Chen Wei", StakeholderGroup.ACADEMIA);
        tricky = account("tricky", "Tom & <Jerry>", StakeholderGroup.PRIVATE_SECTOR);

        var sections = jdbc.sql("SELECT s.id FROM section s JOIN consultation c ON c.id = s.consultation_id "
                + "WHERE c.slug = :slug ORDER BY s.position").param("slug", slug).query(Long.class).list();
        sectionOne = sections.get(0);
        sectionOneOne = sections.get(1);
        sectionTwo = sections.get(2);
        var paragraphs = jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id "
                + "WHERE c.slug = :slug ORDER BY p.position").param("slug", slug).query(Long.class).list();
        // 55 comments, one a minute: Amina on paragraph 1, Bruno on 2, Chen on 3 (section 1.1), Amina on 4 (section 2)
        long[] authors = {amina, bruno, chen, amina};
        for (int i = 0; i < 54; i++) {
            ids.add(history.writeComment(new HistoricComment(paragraphs.get(i % 4), authors[i % 4], null,
                    "Comment number " + i, null, START.plus(i, ChronoUnit.MINUTES))));
        }
        replyId = history.writeComment(new HistoricComment(paragraphs.get(0), tricky, ids.get(0),
                "Use <script>alert(1)</script> & more", "Advancements in legal", START.plus(54, ChronoUnit.MINUTES)));
        ids.add(replyId);
    }

    @Test
    void listsTheNewestTwentyFirstWithEverythingAboutEachComment() {
        var page = Pages.html(mvc.get().uri("/c/{slug}/comments", slug).exchange());

        assertThat(page.select("h1").text()).isEqualTo("All comments (55)");
        var entries = page.select(".listed-comment");
        assertThat(entries).hasSize(20);
        var newest = entries.first();
        assertThat(newest.id()).isEqualTo("c-" + replyId);
        assertThat(newest.select(".comment-author").text()).isEqualTo("Tom & <Jerry>");
        assertThat(newest.select(".comment-affiliation").text()).isEqualTo("Affiliation of tricky");
        assertThat(newest.select(".stakeholder").text()).isEqualTo("Private sector");
        assertThat(newest.select("time").attr("datetime")).isEqualTo("2024-07-01T08:54:00Z");
        assertThat(newest.select(".in-reply-to").text()).isEqualTo("in reply to Amina Diallo");
        assertThat(newest.select(".in-reply-to").attr("href")).isEqualTo("/comments/" + ids.get(0));
        assertThat(newest.select(".listed-paragraph").text())
                .isEqualTo("on paragraph 1: Advancements in legal and regulatory measures.");
        assertThat(newest.select(".quote").text()).contains("Advancements in legal");
        assertThat(newest.select(".comment-body").html()).isEqualTo("<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>");
        assertThat(newest.select("script")).isEmpty();
        assertThat(newest.select("a.see-in-context").attr("href")).isEqualTo("/comments/" + replyId);
        assertThat(entries.get(1).select(".comment-body").text()).isEqualTo("Comment number 53");
        assertThat(entries.get(1).select(".in-reply-to")).isEmpty();
    }

    @Test
    void sortsOldestFirstOnRequest() {
        var page = Pages.html(mvc.get().uri("/c/{slug}/comments?sort=oldest", slug).exchange());

        assertThat(page.select(".listed-comment .comment-body").eachText())
                .startsWith("Comment number 0", "Comment number 1", "Comment number 2").hasSize(20);
        assertThat(page.select("#filter-sort option[selected]").val()).isEqualTo("oldest");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/c/" + slug + "/comments?sort=oldest&page=2");
    }

    @Test
    void pagesHaveRealLinksBothWays() {
        var first = Pages.html(mvc.get().uri("/c/{slug}/comments", slug).exchange());
        assertThat(first.select(".page-of").text()).isEqualTo("page 1 of 3");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/c/" + slug + "/comments?page=2");

        var second = Pages.html(mvc.get().uri(first.select("a[rel=next]").attr("href")).exchange());
        assertThat(second.select(".page-of").text()).isEqualTo("page 2 of 3");
        assertThat(second.select(".listed-comment .comment-body").eachText()).first().isEqualTo("Comment number 34");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/c/" + slug + "/comments");

        var last = Pages.html(mvc.get().uri("/c/{slug}/comments?page=3", slug).exchange());
        assertThat(last.select(".listed-comment")).hasSize(15);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select(".listed-comment .comment-body").last().text()).isEqualTo("Comment number 0");
    }

    /** WCAG 2.5.3 Label in Name: "See in context" was named "See the comment of … in context". */
    @Test
    void everyLabelledLinkAndButtonIsNamedWithItsVisibleWords() {
        for (String path : List.of("/c/" + slug, "/c/" + slug + "/comments")) {
            var labelled = Pages.html(mvc.get().uri(path).exchange()).select("a[aria-label], button[aria-label]");
            assertThat(labelled.select("a:contains(See in context)")).as(path).isNotEmpty();
            for (var element : labelled) {
                assertThat(words(element.attr("aria-label"))).as("%s on %s", element, path).contains(words(element.text()));
            }
        }
    }

    private static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void aPagePastTheEndShowsTheLastPageAndSaysSo() {
        for (String page : List.of("4", "999", "99999999999999999999")) {
            var result = mvc.get().uri("/c/{slug}/comments?page={page}", slug, page).exchange();

            assertThat(result).as(page).hasStatusOk();
            var shown = Pages.html(result);
            assertThat(shown.select(".page-of").text()).as(page).isEqualTo("page 3 of 3");
            assertThat(shown.select(".listed-comment")).as(page).hasSize(15);
            assertThat(shown.select("[role=status]").text()).as(page).contains("this is the last page, page 3");
        }
    }

    @Test
    void aParentSectionIncludesItsSubsections() {
        var one = Pages.html(mvc.get().uri("/c/{slug}/comments?section={id}", slug, sectionOne).exchange());
        assertThat(one.select("h1").text()).isEqualTo("All comments (42)");
        assertThat(one.select(".listed-paragraph-number").eachText()).containsOnly(
                "on paragraph 1", "on paragraph 2", "on paragraph 3");
        assertThat(one.select("#filter-section option[selected]").val()).isEqualTo(String.valueOf(sectionOne));
        assertThat(one.select("a[rel=next]").attr("href"))
                .isEqualTo("/c/" + slug + "/comments?section=" + sectionOne + "&page=2");

        var detection = Pages.html(mvc.get().uri("/c/{slug}/comments?section={id}", slug, sectionOneOne).exchange());
        assertThat(detection.select("h1").text()).isEqualTo("All comments (13)");
        assertThat(detection.select(".listed-paragraph-number").eachText()).containsOnly("on paragraph 3");

        var govTech = Pages.html(mvc.get().uri("/c/{slug}/comments?section={id}", slug, sectionTwo).exchange());
        assertThat(govTech.select("h1").text()).isEqualTo("All comments (13)");
        assertThat(govTech.select(".listed-paragraph-number").eachText()).containsOnly("on paragraph 4");
        assertThat(govTech.select("#filter-session")).as("no sessions, no session filter").isEmpty();
    }

    @Test
    void filtersByGroupAndByAuthor() {
        var government = Pages.html(mvc.get().uri("/c/{slug}/comments?group=GOVERNMENT", slug).exchange());
        assertThat(government.select("h1").text()).isEqualTo("All comments (14)");
        assertThat(government.select(".comment-author").eachText()).containsOnly("Bruno Keller");

        var byAmina = Pages.html(mvc.get().uri("/c/{slug}/comments?author={id}&sort=oldest", slug, amina).exchange());
        assertThat(byAmina.select("h1").text()).isEqualTo("All comments (27)");
        assertThat(byAmina.select(".comment-author").eachText()).containsOnly("Amina Diallo");
        assertThat(byAmina.select("#filter-author option").eachText())
                .containsExactly("Everyone", "Amina Diallo", "Bruno Keller", "Chen Wei", "Tom & <Jerry>");

        var nobody = Pages.html(mvc.get().uri("/c/{slug}/comments?group=TECHNICAL_COMMUNITY", slug).exchange());
        assertThat(nobody.select(".listed-comment")).isEmpty();
        assertThat(nobody.select("p.notice").text()).startsWith("No comments match these filters.");
        assertThat(nobody.select(".page-of").text()).isEqualTo("page 1 of 1");
    }

    @Test
    void theSessionFilterAppearsOnceThereAreSessions() {
        long session = jdbc.sql("INSERT INTO session (consultation_id, code, title) "
                        + "SELECT id, 'WS 1a', 'Child safety online' FROM consultation WHERE slug = :slug RETURNING id")
                .param("slug", slug).query(Long.class).single();
        jdbc.sql("UPDATE section SET session_id = :session WHERE id = :section")
                .param("session", session).param("section", sectionOneOne).update();

        var page = Pages.html(mvc.get().uri("/c/{slug}/comments?session={id}", slug, session).exchange());

        assertThat(page.select("#filter-session option").eachText())
                .containsExactly("All sessions", "WS 1a — Child safety online");
        assertThat(page.select("h1").text()).isEqualTo("All comments (13)");
        assertThat(page.select(".listed-paragraph-number").eachText()).containsOnly("on paragraph 3");
        assertThat(page.select(".follow-link a").text()).isEqualTo("Follow the session WS 1a — Child safety online");
        assertThat(page.select(".follow-link a").attr("href")).isEqualTo("/follows?target=SESSION&id=" + session);
        assertThat(Pages.html(mvc.get().uri("/c/{slug}/comments", slug).exchange()).select(".follow-link"))
                .as("no session chosen, none to follow").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "section=abc | The section in the address is not a section of this consultation.",
            "section=1 OR 1=1 | The section in the address is not a section of this consultation.",
            "section='; DROP TABLE comment; -- | The section in the address is not a section of this consultation.",
            "section=999999999 | The section in the address is not a section of this consultation.",
            "section=99999999999999999999999 | The section in the address is not a section of this consultation.",
            "session=1 | The session in the address is not a session of this consultation.",
            "author=-1 | The author in the address has no comments in this consultation.",
            "author=1 OR 1=1 | The author in the address has no comments in this consultation.",
            "group=' OR ''=' | The stakeholder group in the address is not one of Parley's stakeholder groups.",
            "sort=id; DROP TABLE comment | The order in the address is unknown: the list is sorted newest first or oldest first.",
            "page=0 | The page in the address is not a page number: pages are counted from 1.",
            "page=two | The page in the address is not a page number: pages are counted from 1."})
    void badFiltersGetA400ThatSaysWhatIsWrongAndShowNoComments(String parameter, String message) {
        String name = parameter.substring(0, parameter.indexOf('='));
        String value = parameter.substring(parameter.indexOf('=') + 1);

        var result = mvc.get().uri("/c/{slug}/comments", slug).param(name, value).exchange();

        assertThat(result).hasStatus(400);
        var page = Pages.html(result);
        assertThat(page.select(".problem").text()).isEqualTo(message);
        assertThat(page.select(".listed-comment")).isEmpty();
        assertThat(page.text()).doesNotContain("Comment number");
        assertThat(jdbc.sql("SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id "
                + "JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug")
                .param("slug", slug).query(Long.class).single()).isEqualTo(55);
    }

    @Test
    void anotherConsultationsSectionIsRefused() {
        String other = "other-" + run;
        consultations.create(new NewConsultation(other, "Other", null, null, null));
        consultations.changeStatus(other, ConsultationStatus.OPEN);

        assertThat(mvc.get().uri("/c/{slug}/comments?section={id}", other, sectionOne)).hasStatus(400);
        assertThat(mvc.get().uri("/c/{slug}/comments?author={id}", other, amina)).hasStatus(400);
    }

    @Test
    void theFeedHasTheFiftyNewestEntriesWithAbsoluteLinksAndEscapedText() throws Exception {
        var result = mvc.get().uri("/c/{slug}/comments.atom", slug).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(feed.getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "title").getTextContent()).isEqualTo("Messages");
        assertThat(child(feed, "id").getTextContent()).isEqualTo("https://parley.example.org/c/" + slug);
        assertThat(child(feed, "updated").getTextContent()).isEqualTo("2024-07-01T08:54:00Z");
        var links = feed.getElementsByTagNameNS(atom, "link");
        assertThat(((Element) links.item(0)).getAttribute("rel")).isEqualTo("self");
        assertThat(((Element) links.item(0)).getAttribute("href"))
                .isEqualTo("https://parley.example.org/c/" + slug + "/comments.atom");
        assertThat(((Element) links.item(1)).getAttribute("rel")).isEqualTo("alternate");

        var entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(50);
        var newest = (Element) entries.item(0);
        assertThat(child(newest, "id").getTextContent()).isEqualTo("https://parley.example.org/comments/" + replyId);
        assertThat(child(newest, "title").getTextContent()).isEqualTo("Tom & <Jerry> on paragraph 1");
        assertThat(child(child(newest, "author"), "name").getTextContent()).isEqualTo("Tom & <Jerry>");
        assertThat(child(newest, "published").getTextContent()).isEqualTo("2024-07-01T08:54:00Z");
        assertThat(child(newest, "link").getAttribute("href")).isEqualTo("https://parley.example.org/comments/" + replyId);
        assertThat(child(newest, "content").getAttribute("type")).isEqualTo("html");
        assertThat(child(newest, "content").getTextContent().strip())
                .isEqualTo("<p><strong>Quoted passage:</strong></p><blockquote><p>Advancements in legal</p></blockquote>"
                        + "<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>");
        assertThat(xml).doesNotContain("<script>").doesNotContain("<Jerry>")
                .contains("Tom &amp; &lt;Jerry&gt;");
        assertThat(child((Element) entries.item(49), "title").getTextContent()).isEqualTo("Bruno Keller on paragraph 2");
        assertThat(child((Element) entries.item(49), "id").getTextContent())
                .isEqualTo("https://parley.example.org/comments/" + ids.get(5));
    }

    @Test
    void noEmailAppearsOnThePagesOrInTheFeed() throws Exception {
        var pages = List.of(
                mvc.get().uri("/c/{slug}/comments", slug).exchange(),
                mvc.get().uri("/c/{slug}/comments?page=3&sort=oldest", slug).exchange(),
                mvc.get().uri("/c/{slug}/comments.atom", slug).exchange(),
                mvc.get().uri("/c/{slug}", slug).exchange());
        for (var page : pages) {
            assertThat(page).hasStatusOk();
            assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Amina Diallo")
                    .doesNotContain("@secret.example").doesNotContain("amina-" + run);
        }
    }

    @Test
    void theConsultationPageLinksToTheListAndTheFeed() {
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());

        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/c/" + slug + "/comments.atom");
        assertThat(page.select(".all-comments-links a").first().text()).isEqualTo("All comments (55)");
        assertThat(page.select(".all-comments-links a").first().attr("href")).isEqualTo("/c/" + slug + "/comments");
        assertThat(page.select(".all-comments-links a.feed-link").attr("href")).isEqualTo("/c/" + slug + "/comments.atom");
    }

    @Test
    void aDraftIsNotListedForReaders() {
        String draft = "draft-" + run;
        consultations.create(new NewConsultation(draft, "Draft", null, null, null));

        assertThat(mvc.get().uri("/c/{slug}/comments", draft)).hasStatus(404);
        assertThat(mvc.get().uri("/c/{slug}/comments.atom", draft)).hasStatus(404);
    }

    @Test
    void aQuoteThatIsNotInTheParagraphIsRefusedLoudly() {
        long paragraph = jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id "
                + "WHERE c.slug = :slug ORDER BY p.position LIMIT 1").param("slug", slug).query(Long.class).single();

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> history.writeComment(
                new HistoricComment(paragraph, amina, null, "Body", "words that are not there", START)));
    }

    @Test
    void aHistoricProposalKeepsTheRulesOfProposals() {
        long paragraph = jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id "
                + "WHERE c.slug = :slug ORDER BY p.position LIMIT 1").param("slug", slug).query(Long.class).single();
        String current = comments.proposal(history.writeComment(new HistoricComment(paragraph, amina, null, "Better:",
                null, START, "Some new wording.", java.util.List.of(tricky)))).proposedText();
        assertThat(current).isEqualTo("Some new wording.");
        long first = history.writeComment(new HistoricComment(paragraph, amina, null, "First", null, START));

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("a reply proposes nothing")
                .isThrownBy(() -> history.writeComment(new HistoricComment(paragraph, tricky, first, "Reply", null,
                        START, "Other wording.", java.util.List.of())));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("nobody supports their own proposal")
                .isThrownBy(() -> history.writeComment(new HistoricComment(paragraph, amina, null, "Mine", null,
                        START, "Other wording.", java.util.List.of(amina))));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("no supports without a proposal")
                .isThrownBy(() -> history.writeComment(new HistoricComment(paragraph, amina, null, "Plain", null,
                        START, null, java.util.List.of(tricky))));
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0);
    }

    private static ParagraphOutline paragraph(String text) {
        return new ParagraphOutline(ParagraphKind.PARAGRAPH, text, "<p>" + text + "</p>");
    }

    private long account(String name, String displayName, StakeholderGroup group) {
        String email = name + "-" + run + "@secret.example";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", displayName, Role.PARTICIPANT,
                "Affiliation of " + name, group, null));
        return accounts.idOf(email).orElseThrow();
    }
}
