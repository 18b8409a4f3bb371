package org.parley.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.HistoricComment;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any query, filter or indexed text gives a results page or a page that says what is wrong, never
 * a 500: the naughty strings and XSS payloads as queries and author names, searched for in comments
 * made of the same strings, whose snippets stay text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchBadInputTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    DiscussionHistoryWriter history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void naughtyStringsAsQueriesAndFiltersNeverFail() throws IOException {
        var hostile = hostileStrings();
        String slug = "naughty-search";
        consultations.create(new NewConsultation(slug, "Naughty", null, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(1, ChronoUnit.DAYS)));
        imports.importText(slug, "## Naughty\n\nEvery string is searched for.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long paragraph = jdbc.sql("SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?")
                .param(slug).query(Long.class).single();
        long author = new Discussions(mvc, jdbc, accounts, consultations).participant("Nat Naughty").id();
        for (int i = 0; i < hostile.size(); i++) {
            if (!hostile.get(i).isBlank() && hostile.get(i).indexOf(0) < 0 && hostile.get(i).length() < 5000) {
                history.writeComment(new HistoricComment(paragraph, author, null, hostile.get(i) + " searched", null,
                        Instant.now().minusSeconds(i)));
            }
        }

        var failures = new ArrayList<String>();
        for (String text : hostile) {
            for (String uri : List.of("/search?q={a}", "/c/" + slug + "/search?q={a}",
                    "/c/" + slug + "/search?q=searched&author={a}", "/search?q={a}&kind={b}&page={c}")) {
                var result = mvc.get().uri(uri, text, text, text).exchange();
                int status = result.getResponse().getStatus();
                var page = Pages.html(result);
                if (status != 200 && status != 400) {
                    failures.add(status + " " + uri + " " + text);
                } else if (status == 400 && page.select(".problem, h1").text().isBlank()) {
                    failures.add("400 without a message " + uri + " " + text);
                } else if (!page.select("main script, main [onerror], main [onload], main img, main iframe").isEmpty()) {
                    failures.add("markup from the text " + uri + " " + text);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private List<String> hostileStrings() throws IOException {
        var strings = new ArrayList<String>();
        try (InputStream in = getClass().getResourceAsStream("/blns/blns.json")) {
            strings.addAll(JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() { }));
        }
        try (InputStream in = getClass().getResourceAsStream("/xss/payloads.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# ")).forEach(strings::add);
        }
        strings.add("a".repeat(10_000));
        strings.add("\"unbalanced");
        strings.add("a & | !( <-> :* ''");
        assertThat(strings).hasSizeGreaterThan(500);
        return strings;
    }
}
