package org.parley.discussion;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.SizedConsultations;
import org.parley.StatementCounter;
import org.parley.account.AccountService;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The reading pages, and posting, ask the database the same few questions whether the text is small or large. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class ConsultationPageQueriesTest {

    // one statement more than before decision 31: the responses a reader sees on their own comments; and one more
    // since decision 32: the header's count of unread notifications
    static final int SIGNED_IN_THREAD = 22;
    static final int SIGNED_IN_PARAGRAPH = 16;

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

    @Autowired
    FormStamps stamps;

    @Test
    void statementsPerPageDoNotGrowWithParagraphsOrComments() {
        var participants = new Participants(accounts, jdbc);
        var authors = List.of(participants.confirmed("Ana Reader", StakeholderGroup.GOVERNMENT),
                participants.confirmed("Ben Reader", StakeholderGroup.CIVIL_SOCIETY),
                participants.confirmed("Chen Reader", StakeholderGroup.ACADEMIA));
        String small = consultation(3, 2, authors);
        String large = consultation(300, 3000, authors);

        int smallPage = statementsFor("/c/" + small);
        int largePage = statementsFor("/c/" + large);
        int smallOpenThread = statementsFor("/c/" + small + "?open=" + firstAnchor(small));
        int largeOpenThread = statementsFor("/c/" + large + "?open=" + firstAnchor(large));
        int smallParagraphPage = statementsFor("/c/" + small + "/p/" + firstAnchor(small));
        int largeParagraphPage = statementsFor("/c/" + large + "/p/" + firstAnchor(large));

        var reader = authors.get(0);
        int smallPageSignedIn = statementsFor("/c/" + small, reader);
        int largePageSignedIn = statementsFor("/c/" + large, reader);
        int smallOpenThreadSignedIn = statementsFor("/c/" + small + "?open=" + firstAnchor(small), reader);
        int largeOpenThreadSignedIn = statementsFor("/c/" + large + "?open=" + firstAnchor(large), reader);
        int smallParagraphPageSignedIn = statementsFor("/c/" + small + "/p/" + firstAnchor(small), reader);
        int largeParagraphPageSignedIn = statementsFor("/c/" + large + "/p/" + firstAnchor(large), reader);
        System.out.printf("Signed in: page %d, open thread %d, paragraph page %d%n", largePageSignedIn, largeOpenThreadSignedIn,
                largeParagraphPageSignedIn);

        int smallPost = statementsToPost(small, authors.get(0));
        int largePost = statementsToPost(large, authors.get(1));
        int proposal = statementsToPost(large, authors.get(2), "New wording for the first paragraph.");

        assertThat(largePage).isEqualTo(smallPage).isLessThanOrEqualTo(8);
        // One more than before notifications: the insert of its event into the publication registry (decision 32);
        // following and notifying happen after the commit, on another thread.
        assertThat(largePost).as("posting a comment").isEqualTo(smallPost).isLessThanOrEqualTo(5);
        assertThat(proposal).as("posting a comment that proposes new wording").isEqualTo(largePost);
        assertThat(largeOpenThread).isEqualTo(smallOpenThread).isLessThanOrEqualTo(16);
        assertThat(largeParagraphPage).isEqualTo(smallParagraphPage).isLessThanOrEqualTo(12);
        // Signed in, the header asks five more questions (confirmed? organiser? moderator? how many unread
        // notifications?), a thread a few of its own (the reader's supports and standing); rendered once for all
        // readers (SignedInPageFilter), a page asks none.
        assertThat(largePageSignedIn).as("signed in").isEqualTo(smallPageSignedIn).isLessThanOrEqualTo(largePage + 5);
        assertThat(largeOpenThreadSignedIn).as("signed in").isEqualTo(smallOpenThreadSignedIn).isLessThanOrEqualTo(SIGNED_IN_THREAD);
        assertThat(largeParagraphPageSignedIn).as("signed in").isEqualTo(smallParagraphPageSignedIn).isLessThanOrEqualTo(SIGNED_IN_PARAGRAPH);
        long started = System.nanoTime();
        statementsFor("/c/" + large);
        System.out.printf("Consultation page, 300 paragraphs and 3,000 comments: %d statements, %d ms%n", largePage,
                (System.nanoTime() - started) / 1_000_000);
    }

    private String firstAnchor(String slug) {
        return jdbc.sql("SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position LIMIT 1")
                .params(slug).query(String.class).single();
    }

    private int statementsFor(String url) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(url)).hasStatusOk();
        return StatementCounter.count();
    }

    private int statementsFor(String url, Participants.Participant reader) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(url).with(reader.signedIn())).hasStatusOk();
        return StatementCounter.count();
    }

    private int statementsToPost(String slug, Participants.Participant author) {
        return statementsToPost(slug, author, "");
    }

    private int statementsToPost(String slug, Participants.Participant author, String proposedText) {
        String anchor = firstAnchor(slug);
        StatementCounter.reset();
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(author.signedIn()).with(csrf())
                .param("body", "A comment on the first paragraph.").param("idempotencyKey", UUID.randomUUID().toString())
                .param("proposedText", proposedText).param("proposalScope", "PARAGRAPH")
                .param("shownAt", stamps.stamp())).hasStatus3xxRedirection();
        int statements = StatementCounter.count();
        assertThat(jdbc.sql("SELECT proposed_text FROM comment WHERE author_id = ? ORDER BY id DESC LIMIT 1")
                .params(author.id()).query(String.class).optional()).as("what was posted")
                .isEqualTo(proposedText.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(proposedText));
        return statements;
    }

    private String consultation(int paragraphs, int comments, List<Participants.Participant> authors) {
        return new SizedConsultations(consultations, imports, jdbc, dataSource)
                .create("size", paragraphs, comments, authors.stream().map(Participants.Participant::id).toList());
    }
}
