package org.parley.consultation;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's language: from the browser, switched with ?lang= on any page, kept in a cookie. */
@SpringBootTest
@AutoConfigureMockMvc
class ReadingInOtherLanguagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    String slug;

    @BeforeEach
    void createConsultation() {
        slug = "languages-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Digital cooperation", "About it",
                Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2099-12-03T14:00:00Z")));
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
    }

    @Test
    void followsTheBrowsersLanguage() {
        var page = Pages.html(mvc.get().uri("/").header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").exchange());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("h1").text()).isEqualTo("Consultations");
        assertThat(page.select(".skip-link").text()).isEqualTo("Aller au contenu");
        assertThat(page.select(".lead, main p").eachText()).contains("Lisez les textes soumis à consultation et commentez-les paragraphe par paragraphe.");
        assertThat(page.select(".site-nav").text()).contains("S’inscrire");
    }

    @Test
    void picksTheFirstLanguageWeHaveAndOtherwiseEnglish() {
        assertThat(lang(mvc.get().uri("/").header("Accept-Language", "de-DE, de;q=0.9, es;q=0.5"))).isEqualTo("es");
        assertThat(lang(mvc.get().uri("/").header("Accept-Language", "de-DE, ar;q=0.9"))).isEqualTo("en");
        assertThat(lang(mvc.get().uri("/?lang=de"))).isEqualTo("en");
    }

    @Test
    void switchingLanguageIsRememberedInACookie() {
        var switched = mvc.get().uri("/?lang=es").header("Accept-Language", "fr").exchange();
        var page = Pages.html(switched);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.select(".skip-link").text()).isEqualTo("Ir al contenido");
        var cookie = switched.getResponse().getCookie("parley-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("es");
        assertThat(cookie.getMaxAge()).isPositive();

        var next = Pages.html(mvc.get().uri("/c/{slug}", slug).header("Accept-Language", "fr")
                .cookie(new Cookie("parley-lang", cookie.getValue())).exchange());
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(next.select(".status .badge").text()).isEqualTo("Abierta a comentarios");
    }

    @Test
    void everyPageOffersTheLanguagesEachInItsOwnLanguage() {
        var page = Pages.html(mvc.get().uri("/?page=2").header("Accept-Language", "es").exchange());

        var links = page.select(".language-menu a");
        assertThat(links.eachText()).containsExactly("English", "Français", "Español");
        assertThat(links.eachAttr("lang")).containsExactly("en", "fr", "es");
        assertThat(links.eachAttr("href")).containsExactly("?page=2&lang=en", "?page=2&lang=fr", "?page=2&lang=es");
        assertThat(page.select(".language-menu a[aria-current]").text()).isEqualTo("Español");
        assertThat(page.select(".language-menu").attr("aria-label")).isEqualTo("Idioma");
    }

    @Test
    void arabicReadsRightToLeftAndIsEnglishWhereItIsNotTranslated() {
        var page = Pages.html(mvc.get().uri("/?lang=ar").exchange());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".skip-link").text()).isEqualTo("تخطَّ إلى المحتوى");
        assertThat(page.select("main p").eachText()).contains("Read the texts under consultation and comment on them paragraph by paragraph.");
        assertThat(page.select(".language-menu a").eachText()).doesNotContain("العربية");
        assertThat(page.select(".language-menu a[aria-current]")).isEmpty();
    }

    @Test
    void datesAreWrittenInTheReadersLanguage() {
        var french = status(mvc.get().uri("/c/{slug}", slug).header("Accept-Language", "fr"));
        assertThat(french).startsWith("Ouverte aux commentaires jusqu’au 3 décembre 2099").endsWith("UTC");

        var spanish = status(mvc.get().uri("/c/{slug}?lang=es", slug));
        assertThat(spanish).contains("3 de diciembre de 2099");

        var english = status(mvc.get().uri("/c/{slug}", slug));
        assertThat(english).contains("December 3, 2099").doesNotContain("décembre");
    }

    private String lang(MockMvcTester.MockMvcRequestBuilder request) {
        return Pages.html(request.exchange()).selectFirst("html").attr("lang");
    }

    private String status(MockMvcTester.MockMvcRequestBuilder request) {
        Document page = Pages.html(request.exchange());
        return page.select("main .status").first().text();
    }
}
