package org.parley.search;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.SizedConsultations;
import org.parley.StatementCounter;
import org.parley.account.AccountService;
import org.parley.Discussions;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A search page asks the database the same few questions whether it finds three things or three thousand. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class SearchQueriesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void statementsPerSearchDoNotGrowWithResults() {
        var author = new Discussions(mvc, jdbc, accounts, consultations).participant("Ana Finder");
        String small = consultation(3, 2, author);
        String large = consultation(300, 3000, author);

        int smallWithin = statementsFor("/c/" + small + "/search?q=cooperation", 5);
        int largeWithin = statementsFor("/c/" + large + "/search?q=cooperation", 20);
        int largeSecondPage = statementsFor("/c/" + large + "/search?q=cooperation&page=2", 20);
        int smallFiltered = statementsFor("/c/" + small + "/search?q=cooperation&kind=COMMENT&group=CIVIL_SOCIETY", 2);
        int largeFiltered = statementsFor("/c/" + large + "/search?q=cooperation&kind=COMMENT&group=CIVIL_SOCIETY", 20);
        int rare = statementsFor("/search?q=zzyzx", 0);
        int everywhere = statementsFor("/search?q=cooperation", 20);
        int signedIn = statementsFor("/search?q=cooperation", 20, author);

        assertThat(largeWithin).isEqualTo(smallWithin).isEqualTo(largeSecondPage).isEqualTo(smallFiltered)
                .isEqualTo(largeFiltered).isLessThanOrEqualTo(6);
        assertThat(everywhere).isEqualTo(rare).isLessThanOrEqualTo(3);
        assertThat(signedIn).as("signed in: the header's questions, and whether the reader moderates").isLessThanOrEqualTo(everywhere + 6);
    }

    private int statementsFor(String url, int results) {
        StatementCounter.reset();
        var result = mvc.get().uri(url).exchange();
        int statements = StatementCounter.count();
        assertThat(result).as(url).hasStatusOk();
        assertThat(Pages.html(result).select(".search-result")).as(url).hasSize(results);
        return statements;
    }

    private int statementsFor(String url, int results, SignedInAccount reader) {
        StatementCounter.reset();
        var result = mvc.get().uri(url).with(user(reader)).exchange();
        int statements = StatementCounter.count();
        assertThat(result).as(url).hasStatusOk();
        assertThat(Pages.html(result).select(".search-result")).as(url).hasSize(results);
        return statements;
    }

    private String consultation(int paragraphs, int comments, SignedInAccount author) {
        return new SizedConsultations(consultations, imports, jdbc, dataSource).create("found", paragraphs, comments, List.of(author.id()));
    }
}
