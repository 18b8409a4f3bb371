package org.parley.importing;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The same words with bold-named list items in Markdown, HTML and Word: re-importing them in
 * another format changes nothing a reader sees, so it writes no version and leaves proposals open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReimportOtherFormatTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");

    private static final String MARKDOWN = """
            # Roles

            - **As a convener** – the UN brings people together.
            - **Standard setting** – ITU sets [rules](https://example.org/rules).
            """;

    // as a web page writes it: <b>, a line break in the source, a list item's text in a paragraph, a space inside the bold
    private static final String HTML = """
            <h1>Roles</h1>
            <ul>
              <li><b>As a convener</b> – the UN brings
                  people together.</li>
              <li><p><strong>Standard setting </strong>– ITU sets <a href="https://example.org/rules">rules</a>.</p></li>
            </ul>
            """;

    enum Source {
        MARKDOWN, HTML, DOCX
    }

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

    @ParameterizedTest
    @EnumSource(Source.class)
    void theSameWordsInAnotherFormatWriteNoVersionAndLeaveProposalsOpen(Source first) {
        String slug = "formats-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Roles", null, null, null));
        imports.importText(slug, first == Source.DOCX ? Base64.getEncoder().encodeToString(Docx.boldNamedList())
                : first == Source.HTML ? HTML : MARKDOWN, ImportFormat.valueOf(first.name()));
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        assertThat(versions(slug)).containsExactly(1, 1);
        long proposal = propose(slug);

        for (var other : Source.values()) {
            if (other == first) {
                continue;
            }
            var report = report(slug, other);
            assertThat(report.select(".reimport-summary li").first().text())
                    .as("re-importing %s as %s", first, other).isEqualTo("2 paragraphs unchanged");
            assertThat(Reimports.confirm(mvc, slug, report, "")).hasStatus3xxRedirection();

            assertThat(versions(slug)).as("re-importing %s as %s", first, other).containsExactly(1, 1);
            assertThat(jdbc.sql("""
                            SELECT m.proposal_status || ' ' || (v.n < p.current_version) FROM comment m
                            JOIN paragraph p ON p.id = m.paragraph_id JOIN paragraph_version v ON v.id = m.version_id
                            WHERE m.id = :id""").param("id", proposal).query(String.class).single())
                    .as("the proposal is open and not stale").isEqualTo("OPEN false");
        }
    }

    private List<Integer> versions(String slug) {
        return jdbc.sql("""
                        SELECT p.current_version FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug AND p.removed_at IS NULL ORDER BY p.position""")
                .param("slug", slug).query(Integer.class).list();
    }

    private long propose(String slug) {
        var helper = new Discussions(mvc, jdbc, accounts, consultations);
        var author = helper.participant("Ana");
        return helper.propose(slug, helper.firstAnchor(slug), author, "Say who is convened.",
                "**As a convener** – the UN brings governments, companies and people together.");
    }

    private Document report(String slug, Source source) {
        var request = mvc.post().uri("/admin/consultations/{slug}/reimport/report", slug).multipart();
        if (source == Source.DOCX) {
            request = request.file(new MockMultipartFile("file", "roles.docx", null, Docx.boldNamedList()));
        } else {
            request = request.file("file", new byte[0]).param("text", source == Source.HTML ? HTML : MARKDOWN);
        }
        var result = request.param("format", source.name()).param("corrections", "").with(ADMIN).with(csrf()).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }
}
