package org.parley.insights;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.account.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's insights are worth a look, and the Roadmap demo's term counts set beside the seed's own
 * ("the most used terms in the Roadmap are 'multistakeholder' (18) and 'inclusion' (17)", seed 001).
 * The demo text is Diplo's analysis of the Roadmap, not the Roadmap, so the counts differ: decision 30.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
class InsightsDemoTest {

    static final String ROADMAP = "roadmap-for-digital-cooperation";

    @LocalServerPort
    int port;

    @Autowired
    InsightsService insights;

    @Autowired
    TermCounter counter;

    @Test
    void theRoadmapsTermsBesideTheSeedsCounts() {
        var roadmap = insights.insights(ROADMAP, new Viewer(null, true), Locale.ENGLISH);
        var words = roadmap.terms().inText(Term.Kind.WORD);
        System.out.println("Roadmap demo, terms in the text: " + words);
        System.out.println("Roadmap demo, phrases in the text: " + roadmap.terms().inText(Term.Kind.PHRASE));
        assertThat(words).extracting(Term::surface).contains("digital", "cooperation", "roadmap");
        // the seed counts 'multistakeholder' (18) and 'inclusion' (17) in the Roadmap itself
        var all = counter.count(roadmap.consultation().id(), TextSearchLanguage.ENGLISH, 1000).all();
        assertThat(all).filteredOn(term -> term.kind() == Term.Kind.WORD && term.surface().equals("multi-stakeholder"))
                .singleElement().extracting(Term::inText).isEqualTo(5);
        assertThat(words).filteredOn(term -> term.surface().equals("inclusion"))
                .singleElement().extracting(Term::inText).isEqualTo(11);
        assertThat(roadmap.terms().inText(Term.Kind.PHRASE)).extracting(Term::surface).contains("digital cooperation");
        assertThat(roadmap.terms().inComments(Term.Kind.WORD)).isNotEmpty();
        assertThat(roadmap.participants()).isPositive();
        assertThat(roadmap.strip().rows()).anySatisfy(row -> assertThat(row.drawnTotal(roadmap.strip().drawn())).isPositive());
        assertThat(roadmap.activity().rows()).isNotEmpty();
    }

    @Test
    void aVisitorSeesTheDemosInsightsWhileItIsOpen() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/c/" + ROADMAP + "/insights")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("ul[aria-labelledby=terms-text-words] a").eachText()).contains("digital (46)", "inclusion (11)");
        assertThat(page.select("svg[role=img] title")).isNotEmpty();
        var reading = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/c/" + ROADMAP)).build(), BodyHandlers.ofString());
        assertThat(Jsoup.parse(reading.body()).select(".insights-link a").attr("href")).isEqualTo("/c/" + ROADMAP + "/insights");
    }
}
