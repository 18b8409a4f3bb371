package org.parley.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in readers get the consultation page rendered once for all of them, each with their own
 * header: never another reader's name, menu or token, and never an anonymous reader's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.page-cache.enabled=true")
@AutoConfigureMockMvc
class SignedInPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    SignedInPages pages;

    Discussions discussions;
    String slug;

    @BeforeEach
    void openConsultation() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
    }

    @Test
    void twoParticipantsShareThePageButEachSeesTheirOwnHeader() throws Exception {
        var amina = signedIn(discussions.participant("Amina Shared"));
        var bruno = signedIn(discussions.participant("Bruno Shared"));
        var anonymous = new HttpBrowser(port);

        var aminaRendered = page(amina);
        var brunoRendered = page(bruno);
        retitle("Renamed behind the application's back");
        var aminaKept = page(amina);
        var brunoKept = page(bruno);
        var anonymousPage = Jsoup.parse(anonymous.get("/c/" + slug).body());

        assertThat(aminaKept.select("h1").text()).as("from the kept page").isEqualTo("Digital cooperation");
        assertThat(brunoKept.select("h1").text()).isEqualTo("Digital cooperation");
        assertThat(aminaKept.select(".signed-in-as").text()).contains("Amina Shared");
        assertThat(brunoKept.select(".signed-in-as").text()).contains("Bruno Shared");
        assertThat(aminaKept.text()).doesNotContain("Bruno Shared");
        assertThat(brunoKept.text()).doesNotContain("Amina Shared");
        assertThat(token(aminaKept)).isNotBlank().isNotEqualTo(token(brunoKept));
        assertThat(withoutTokens(aminaKept)).isEqualTo(withoutTokens(aminaRendered));
        assertThat(withoutTokens(brunoKept)).isEqualTo(withoutTokens(brunoRendered));
        assertThat(anonymousPage.select(".signed-in-as")).isEmpty();
        assertThat(anonymousPage.select("input[name=_csrf]")).isEmpty();
        assertThat(anonymousPage.text()).doesNotContain("Amina Shared").doesNotContain("Bruno Shared");
    }

    @Test
    void aReadersHeaderRenderedAloneIsTheOneTheirWholePageHas() throws Exception {
        var amina = signedIn(discussions.participant("Amina Alone"));
        var bruno = signedIn(discussions.participant("Bruno Alone"));
        page(amina);
        page(amina);
        retitle("Renamed behind the application's back");

        var brunoHeaderAlone = page(bruno);
        pages.clear();
        var brunoWholePage = page(bruno);

        assertThat(brunoHeaderAlone.select("h1").text()).as("the page kept for Amina").isEqualTo("Digital cooperation");
        assertThat(brunoWholePage.select("h1").text()).isEqualTo("Renamed behind the application's back");
        assertThat(brunoHeaderAlone.select("header.site-header").outerHtml().replaceAll("value=\"[^\"]*\"", ""))
                .isEqualTo(brunoWholePage.select("header.site-header").outerHtml().replaceAll("value=\"[^\"]*\"", ""))
                .contains("Bruno Alone").doesNotContain("Amina Alone");
        var signOut = bruno.post("/logout", Map.of("_csrf", token(brunoHeaderAlone)));
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?signedOut"));
    }

    @Test
    void theTokenInAKeptHeaderSignsItsReaderOut() throws Exception {
        var reader = signedIn(discussions.participant("Carla Token"));
        page(reader);
        var kept = page(reader);

        var signOut = reader.post("/logout", Map.of("_csrf", token(kept)));

        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/?signedOut"));
        assertThat(Jsoup.parse(reader.get("/c/" + slug).body()).select(".signed-in-as")).isEmpty();
    }

    @Test
    void aNewCommentShowsAtOnceToSignedInReaders() throws Exception {
        var writer = discussions.participant("Dora Writer");
        var reader = signedIn(discussions.participant("Emil Reader"));
        page(reader);
        page(reader);
        retitle("Renamed behind the application's back");
        String anchor = discussions.firstAnchor(slug);

        assertThat(discussions.post(slug, anchor, writer, "A comment every reader must see.",
                discussions.shownAt(slug, anchor, writer), "", "10.0.0.9")).hasStatus3xxRedirection();

        var after = page(reader);
        assertThat(after.select("h1").text()).isEqualTo("Renamed behind the application's back");
        assertThat(after.text()).contains("A comment every reader must see.");
    }

    @Test
    void anAdminsDraftIsNeverServedToAParticipant() throws Exception {
        String draft = "draft-" + System.nanoTime();
        consultations.create(new NewConsultation(draft, "A draft only admins read", null, null, null));
        var admin = new HttpBrowser(port);
        var adminAccount = discussions.admin("Ada Drafts");
        admin.signIn(adminAccount.getUsername(), "a long enough password");
        var participant = signedIn(discussions.participant("Finn Participant"));

        assertThat(admin.get("/c/" + draft).statusCode()).isEqualTo(200);
        assertThat(admin.get("/c/" + draft).body()).contains("A draft only admins read");

        var refused = participant.get("/c/" + draft);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("A draft only admins read");
    }

    @Test
    void aKeptPageCarriesTheSecurityHeadersAndIsNotKeptByTheBrowser() throws Exception {
        var reader = signedIn(discussions.participant("Jon Headers"));
        page(reader);

        var kept = reader.get("/c/" + slug);

        assertThat(kept.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(kept.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        assertThat(kept.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(kept.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aKeptPageIsTheSameGzipped() throws Exception {
        var reader = signedIn(discussions.participant("Gita Gzip"));
        var plain = withoutTokens(page(reader));

        var zipped = reader.sendForBytes(reader.page("/c/" + slug).header("Accept-Encoding", "gzip").GET().build());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(withoutTokens(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))).isEqualTo(plain);
        }
    }

    @Test
    void aPageRenderedForOneReaderComesGzippedAsWell() throws Exception {
        var reader = signedIn(discussions.participant("Lena Thread"));
        String thread = "/c/" + slug + "?open=" + discussions.firstAnchor(slug);
        var plain = withoutTokens(Jsoup.parse(reader.get(thread).body()));

        var zipped = reader.sendForBytes(reader.page(thread).header("Accept-Encoding", "gzip").GET().build());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            var page = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(page.select(".signed-in-as").text()).contains("Lena Thread");
            assertThat(withoutTokens(page)).isEqualTo(plain);
        }
    }

    @Test
    void aSeeInContextLinkIsNeverKeptAsTheConsultationPage() throws Exception {
        var reader = signedIn(discussions.participant("Mia Context"));
        String anchor = discussions.firstAnchor(slug);
        reader.get("/c/" + slug + "?open=" + anchor);
        reader.get("/c/" + slug + "?open=" + anchor);

        assertThat(page(reader).select("#thread-" + anchor + " .thread")).as("the plain page has no thread open").isEmpty();
    }

    @Test
    void pagesThatShowTheReadersOwnThingsAreRenderedForEachReader() throws Exception {
        var hana = signedIn(discussions.participant("Hana Thread"));
        var ivo = signedIn(discussions.participant("Ivo Thread"));
        String thread = "/c/" + slug + "/p/" + discussions.firstAnchor(slug);
        hana.get(thread);
        hana.get(thread);
        retitle("Renamed behind the application's back");

        assertThat(hana.get(thread).body()).as("rendered again, not kept").contains("Renamed behind");
        assertThat(ivo.get(thread).body()).contains("Ivo Thread").doesNotContain("Hana Thread");
    }

    @Test
    void participantsShareASearchPageAndAnOrganiserStillGetsTheirOwn() throws Exception {
        var amina = signedIn(discussions.participant("Amina Search"));
        var bruno = signedIn(discussions.participant("Bruno Search"));
        var organiser = discussions.participant("Olga Search");
        discussions.organise(slug, organiser);
        var olga = signedIn(organiser);
        String search = "/c/" + slug + "/search?q=cooperation";
        amina.get(search);
        amina.get(search);
        retitle("Renamed behind the application's back");

        var brunoKept = Jsoup.parse(bruno.get(search).body());
        var olgaOwn = Jsoup.parse(olga.get(search).body());

        assertThat(brunoKept.select("h1").text()).as("the page kept for Amina").contains("Digital cooperation");
        assertThat(brunoKept.select(".signed-in-as").text()).contains("Bruno Search");
        assertThat(brunoKept.text()).doesNotContain("Amina Search");
        assertThat(brunoKept.select("#search-held")).isEmpty();
        assertThat(olgaOwn.select("h1").text()).as("rendered for her").contains("Renamed behind");
        assertThat(olgaOwn.select("#search-held")).as("organisers may ask for held comments").hasSize(1);
    }

    @Test
    void searchResultsAskedForByHtmxAreKeptApartFromTheWholePage() throws Exception {
        var amina = signedIn(discussions.participant("Amina Typing"));
        var bruno = signedIn(discussions.participant("Bruno Typing"));
        String search = "/c/" + slug + "/search?q=cooperation";
        amina.get(search);
        amina.get(search);
        var asked = bruno.page(search).header("HX-Request", "true").header("HX-Target", "search-results").GET().build();
        bruno.send(asked);

        var results = bruno.send(asked);

        assertThat(results.statusCode()).isEqualTo(200);
        var part = Jsoup.parse(results.body());
        assertThat(part.select("#search-results")).hasSize(1);
        assertThat(part.select("header.site-header, form.search-form")).as("the results alone, no one's header").isEmpty();
    }

    @Test
    void insightsKeptForOrganisersAreNeverServedToTheOrganiserOfAnotherConsultation() throws Exception {
        var olgaAccount = discussions.participant("Olga Insights");
        var ottoAccount = discussions.participant("Otto Insights");
        var piaAccount = discussions.participant("Pia Elsewhere");
        long session = discussions.organise(slug, olgaAccount);
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(session, ottoAccount.id()).update();
        discussions.organise(discussions.openConsultation(), piaAccount);
        var olga = signedIn(olgaAccount);
        var otto = signedIn(ottoAccount);
        var pia = signedIn(piaAccount);
        String insights = "/c/" + slug + "/insights";
        olga.get(insights);
        olga.get(insights);
        retitle("Renamed behind the application's back");

        var ottos = otto.get(insights);
        var pias = pia.get(insights);

        assertThat(ottos.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(ottos.body()).select("main").text()).as("the page kept for Olga").contains("Digital cooperation");
        assertThat(ottos.body()).contains("Otto Insights").doesNotContain("Olga Insights");
        assertThat(pias.statusCode()).isEqualTo(404);
        assertThat(pias.body()).doesNotContain("Digital cooperation");
    }

    @Test
    void aReaderYetToConfirmSharesThePageAndGetsTheirOwnBanner() throws Exception {
        var confirmed = signedIn(discussions.participant("Rita Confirmed"));
        var pending = discussions.participant("Sami Pending");
        jdbc.sql("UPDATE account SET verified_at = NULL WHERE id = ?").params(pending.id()).update();
        var unconfirmed = signedIn(pending);
        page(confirmed);
        page(confirmed);
        retitle("Renamed behind the application's back");

        var theirs = page(unconfirmed);

        assertThat(theirs.select("h1").text()).as("the page kept for a confirmed reader").isEqualTo("Digital cooperation");
        assertThat(theirs.select(".confirm-banner")).hasSize(1);
        assertThat(page(confirmed).select(".confirm-banner")).isEmpty();
    }

    private HttpBrowser signedIn(SignedInAccount account) throws Exception {
        var browser = new HttpBrowser(port);
        assertThat(browser.signIn(account.getUsername(), "a long enough password").statusCode()).isEqualTo(302);
        return browser;
    }

    private Document page(HttpBrowser browser) throws Exception {
        var response = browser.get("/c/" + slug);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String token(Document page) {
        return page.select("form[action=/logout] input[name=_csrf]").val();
    }

    /** The page as HTML with what each rendering makes anew blanked: the masked CSRF token, the form's stamps. */
    private static String withoutTokens(Document page) {
        page.select("input[name=_csrf], input[name=shownAt], input[name=idempotencyKey]").attr("value", "");
        return page.html();
    }

    private void retitle(String title) {
        jdbc.sql("UPDATE consultation SET title = ? WHERE slug = ?").params(title, slug).update();
    }
}
