package org.parley.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.parley.PageTour;
import org.parley.PageTour.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the tour, as the server sends it, through the W3C Nu HTML Checker: not one error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.demo.enabled=true")
class ValidHtmlTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageOfTheTourIsValidHtml() throws Exception {
        var errors = new Errors();
        var validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        var visitors = new EnumMap<Role, PageTour.Visitor>(Role.class);
        var problems = new ArrayList<String>();
        var stops = PageTour.stops(jdbc);

        for (var stop : stops) {
            var visitor = visitors.computeIfAbsent(stop.role(), role -> signIn(role));
            var response = visitor.get(stop.path());
            assertThat(response.statusCode()).as(stop.toString()).isEqualTo(stop.status());
            errors.found.clear();
            var source = new InputSource(new StringReader(response.body()));
            source.setSystemId("http://localhost" + stop.path());
            validator.checkHtmlInputSource(source);
            errors.found.forEach(error -> problems.add(stop + ": " + error));
        }
        System.out.println("Nu HTML Checker: " + stops.size() + " pages, " + problems.size() + " errors");

        assertThat(problems).isEmpty();
        assertThat(stops).hasSizeGreaterThan(30);
    }

    @Test
    void theCheckerFindsErrorsWhereThereAreSome() throws Exception {
        var errors = new Errors();
        var validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);

        validator.checkHtmlInputSource(new InputSource(new StringReader(
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p hx-get=/x>a</p><div><li>b</div></body></html>")));

        assertThat(errors.found).hasSizeGreaterThanOrEqualTo(2);
    }

    private PageTour.Visitor signIn(Role role) {
        try {
            return new PageTour.Visitor(port, role);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Errors implements ErrorHandler {

        final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            found.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
