package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A thread longer than a page: fifty conversations at a time, and every comment's link finds its page. */
@SpringBootTest
@AutoConfigureMockMvc
class LongThreadTest {

    private static final int CONVERSATIONS = ThreadPage.SIZE + 1;

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

    String slug;
    String anchor;
    long lastConversation;
    long lastReply;

    @BeforeEach
    void aParagraphWithOneConversationMoreThanAPage() {
        var author = new Participants(accounts, jdbc).confirmed("Long Talker", StakeholderGroup.CIVIL_SOCIETY);
        slug = "long-thread-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "A long thread", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## 1 Much said\n\nOne paragraph that many people answer.\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        var paragraph = jdbc.sql("""
                        SELECT p.id, p.anchor, v.id AS version FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id WHERE c.slug = ?""")
                .params(slug).query((rs, row) -> new Object[] {rs.getLong("id"), rs.getString("anchor"), rs.getLong("version")})
                .single();
        anchor = (String) paragraph[1];
        var rows = new ArrayList<Object[]>();
        var started = now.minus(2, ChronoUnit.HOURS);
        for (int i = 1; i <= CONVERSATIONS; i++) {
            rows.add(new Object[] {paragraph[0], paragraph[2], author.id(), "Conversation " + i,
                    "<p>Conversation " + i + "</p>", Timestamp.from(started.plusSeconds(i))});
        }
        new JdbcTemplate(dataSource).batchUpdate("""
                INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
        lastConversation = jdbc.sql("SELECT max(id) FROM comment WHERE paragraph_id = ?").params(paragraph[0])
                .query(Long.class).single();
        lastReply = jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, author_id, parent_id, body, body_html)
                        VALUES (?, ?, ?, ?, 'A reply to the last', '<p>A reply to the last</p>') RETURNING id""")
                .params(paragraph[0], paragraph[2], author.id(), lastConversation).query(Long.class).single();
    }

    @Test
    void theFirstPageShowsFiftyConversationsCountsThemAllAndLinksToTheRest() {
        var page = paragraphPage("");

        assertThat(page.select(".comments > li.indent-0")).hasSize(ThreadPage.SIZE);
        assertThat(page.getElementById("c-" + lastConversation)).isNull();
        assertThat(page.select(".thread-heading").text()).contains("(" + (CONVERSATIONS + 1) + ")");
        assertThat(page.select(".thread-pages").first().text()).contains("Conversations 1 to 50 of 51");
        assertThat(page.select(".thread-pages a[rel=prev]")).isEmpty();
        assertThat(page.select(".thread-pages a[rel=next]").first().attr("href"))
                .isEqualTo("/c/" + slug + "/p/" + anchor + "?page=2#thread-heading-" + anchor);
    }

    @Test
    void theNextPageHasTheLastConversationWithItsReply() {
        var page = paragraphPage("?page=2");

        assertThat(page.select(".comments > li")).extracting(li -> li.id())
                .containsExactly("c-" + lastConversation, "c-" + lastReply);
        assertThat(page.select(".thread-pages").first().text()).contains("Conversations 51 to 51 of 51");
        assertThat(page.select(".thread-pages a[rel=prev]").first().attr("href")).contains("?page=1");
        assertThat(page.select(".thread-pages a[rel=next]")).isEmpty();
    }

    @Test
    void seeInContextAndTheParagraphPageOpenThePageTheCommentIsOn() {
        String seeInContext = mvc.get().uri("/comments/{id}", lastReply).exchange().getResponse().getRedirectedUrl();
        assertThat(seeInContext).contains("comment=" + lastReply);

        var inPlace = Pages.html(mvc.get().uri(seeInContext.replaceFirst("#.*", "")).exchange());
        var onParagraphPage = paragraphPage("?comment=" + lastReply);

        for (var page : List.of(inPlace, onParagraphPage)) {
            assertThat(page.getElementById("c-" + lastReply).hasClass("highlighted")).isTrue();
            assertThat(page.select(".thread-pages").first().text()).contains("Conversations 51 to 51 of 51");
        }
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndAWordInsteadOfANumberIsRefused() {
        assertThat(paragraphPage("?page=9").getElementById("c-" + lastConversation)).isNotNull();
        assertThat(mvc.get().uri("/c/" + slug + "/p/" + anchor + "?page=last")).hasStatus(400);
    }

    private Document paragraphPage(String query) {
        return Pages.html(mvc.get().uri("/c/" + slug + "/p/" + anchor + query).exchange());
    }
}
