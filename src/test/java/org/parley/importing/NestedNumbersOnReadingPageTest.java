package org.parley.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/* Word's list levels survive into the reading page: "3(a)" is a list inside the list of 3, "3(a)(i)" one more level down. */
@SpringBootTest
@AutoConfigureMockMvc
class NestedNumbersOnReadingPageTest {

    @Autowired
    ImportService imports;

    @Autowired
    ConsultationService consultations;

    @Autowired
    MockMvcTester mvc;

    @Test
    void subParagraphsAreListsNestedInTheListOfTheirParagraph() throws Exception {
        String slug = "nested-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "Nested numbers", null, null, null));
        imports.importText(slug, Base64.getEncoder().encodeToString(Docx.nestedNumbers()), ImportFormat.DOCX);

        var response = mvc.get().uri("/c/{slug}", slug).with(user("admin@example.org").roles("ADMIN")).exchange();
        Document page = Pages.html(response);
        assertThat(htmlErrors(response.getResponse().getContentAsString())).isEmpty();

        assertThat(page.select(".text-section > ol.paragraph-list > li.paragraph > .paragraph-number").eachText())
                .containsExactly("1", "2", "3", "4");
        var letters = page.select(".text-section > ol.paragraph-list > li.sublist-depth-1 > ol.paragraph-list");
        assertThat(letters).hasSize(1);
        assertThat(letters.select("> li.paragraph > .paragraph-number").eachText()).containsExactly("3(a)", "3(b)");
        var romans = letters.select("> li.sublist-depth-2 > ol.paragraph-list > li.paragraph");
        assertThat(romans.select(".paragraph-number").eachText()).containsExactly("3(a)(i)", "3(a)(ii)");
        assertThat(romans.last().select(".paragraph-text").text()).isEqualTo("national focal points; both open to civil society;");
        // the nested list sits between the item it belongs to and the next item of its level
        var top = page.select(".text-section > ol.paragraph-list").first().children();
        assertThat(top.get(2).select("> .paragraph-number").text()).isEqualTo("3");
        assertThat(top.get(3).hasClass("paragraph-sublist")).isTrue();
        assertThat(top.get(4).select("> .paragraph-number").text()).isEqualTo("4");
    }

    /* The W3C Nu checker's errors: a list nested in a list item is valid HTML. */
    private static List<String> htmlErrors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception.getMessage());
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(exception.getMessage());
            }
        };
        var validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }
}
