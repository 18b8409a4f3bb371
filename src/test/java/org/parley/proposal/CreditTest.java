package org.parley.proposal;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who made a version, wherever a version is shown: a version made from a proposal credits its
 * author, its supporters' count and the deciding organiser (thread note, history, every export,
 * the feed); the feed carries the quote and the proposed wording, so that a feed reader is enough.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditTest {

    static final String MESSAGE = "CSA is currently increasing exponentially and has serious consequences.";
    static final String EDITED_CREDIT = "proposed by Torsten Proposer, supported by 2 participants, "
            + "edited and accepted by organiser Olga Decider";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ImportService imports;

    Discussions discussions;
    SignedInAccount torsten;
    SignedInAccount ian;
    SignedInAccount una;
    SignedInAccount organiser;
    String slug;
    String anchor;

    @BeforeEach
    void aSessionWithOneMessageAndItsOrganiser() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        torsten = discussions.participant("Torsten Proposer");
        ian = discussions.participant("Ian Supporter");
        una = discussions.participant("Una Supporter");
        organiser = discussions.participant("Olga Decider");
        slug = "credit-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1\n\n" + MESSAGE + "\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        anchor = discussions.firstAnchor(slug);
        long consultationId = consultations.summary(slug).id();
        long session = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, 'WS1', 'Workshop 1') RETURNING id")
                .params(consultationId).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(session, organiser.id()).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ?").params(session, consultationId).update();
    }

    @Test
    void acceptingWithEditsCreditsTheAuthorTheSupportersAndTheOrganiserEverywhere() throws Exception {
        long id = acceptedWithEdits();

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange());
        assertThat(history.select("#v2 .version-credit").text()).isEqualTo(EDITED_CREDIT);
        assertThat(history.select("#v1 .version-credit").text()).isEqualTo("from the imported text");

        var note = thread().select(".change-note").first();
        assertThat(note.select(".change-intro .meta").text()).startsWith("version 2, " + EDITED_CREDIT + ", ");

        String markdown = body(mvc.get().uri("/c/{slug}/export.md?history=true", slug).exchange());
        assertThat(markdown).contains("Accepted proposal — " + EDITED_CREDIT + " — Merged with the discussion.");
        try (var word = new XWPFDocument(new ByteArrayInputStream(bytes("export.docx?history=true")));
             var extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains(EDITED_CREDIT);
        }
        try (var pdf = Loader.loadPDF(bytes("export.pdf?history=true"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(EDITED_CREDIT);
        }

        var csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes("comments.csv"), StandardCharsets.UTF_8).substring(1)))
                .getRecords().stream().filter(row -> row.get("id").equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(csv.get("author")).isEqualTo("Torsten Proposer");
        assertThat(csv.get("decided_by")).isEqualTo("Olga Decider");
        assertThat(csv.get("support_count")).isEqualTo("2");
        assertThat(csv.get("version_made")).isEqualTo("2");
        assertThat(csv.get("credit")).isEqualTo(EDITED_CREDIT);
        var json = JsonMapper.builder().build().readTree(bytes("comments.json")).get("comments");
        var proposal = json.valueStream().filter(row -> row.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(proposal.get("version_made").asInt()).isEqualTo(2);
        assertThat(proposal.get("credit").asString()).isEqualTo(EDITED_CREDIT);
        assertThat(json.valueStream().filter(row -> row.get("id").asLong() != id))
                .allSatisfy(comment -> assertThat(comment.get("credit").isNull()).isTrue());

        String entry = feedEntry(id);
        assertThat(entry).contains("Accepted as version 2: " + EDITED_CREDIT + ".");
    }

    @Test
    void acceptingAsItIsSaysAcceptedAndAnOrganisersOwnVersionNamesTheOrganiser() {
        long id = propose(torsten, "Steadier.", MESSAGE.replace("exponentially", "steadily"), null);
        support(id, ian);
        assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, anchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "2").param("text", "CSA rises.").param("note", "After the meeting."))
                .hasStatus3xxRedirection();

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange());
        assertThat(history.select("#v2 .version-credit").text())
                .isEqualTo("proposed by Torsten Proposer, supported by 1 participant, accepted by organiser Olga Decider");
        assertThat(history.select("#v3 .version-credit").text()).isEqualTo("written by organiser Olga Decider");
        assertThat(thread().select(".change-note .change-intro .meta").eachText()).satisfiesExactly(
                newest -> assertThat(newest).startsWith("version 3, written by organiser Olga Decider, "),
                older -> assertThat(older).startsWith("version 2, proposed by Torsten Proposer, supported by 1 participant, "
                        + "accepted by organiser Olga Decider, "));
    }

    @Test
    void aDeletedProposerIsCreditedAsAFormerParticipant() {
        acceptedWithEdits();

        assertThat(mvc.post().uri("/profile/delete").with(user(torsten)).with(csrf()).param("password", "a long enough password"))
                .hasStatus3xxRedirection();

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange());
        assertThat(history.select("#v2 .version-credit").text()).isEqualTo("proposed by a former participant, "
                + "supported by 2 participants, edited and accepted by organiser Olga Decider");
        assertThat(body(mvc.get().uri("/c/{slug}/export.md?history=true", slug).exchange())).doesNotContain("Torsten");
    }

    @Test
    void theFeedEntryOfAProposalCarriesItsPassageItsWordingAndItsDiffEscaped() throws Exception {
        long id = propose(torsten, "Evidence <please> & soon.", "is <b>rising</b> & worrying", "is currently increasing exponentially");

        String entry = feedEntry(id);

        assertThat(entry).contains("<p><strong>Quoted passage:</strong></p><blockquote><p>is currently increasing exponentially</p></blockquote>")
                .contains("Evidence &lt;please&gt; &amp; soon.")
                .contains("<p><strong>Proposed wording:</strong></p><blockquote><p>is &lt;b&gt;rising&lt;/b&gt; &amp; worrying</p></blockquote>")
                .contains("<del", "<ins", "exponentially")
                .doesNotContain("<b>").doesNotContain("<please>");
    }

    @Test
    void theFeedEntryOfAPassageCommentCarriesTheQuote() throws Exception {
        var shownAt = discussions.shownAt(slug, anchor, ian);
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(ian)).with(csrf())
                .param("body", "Which figures?").param("quote", "serious consequences")
                .param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", shownAt))
                .hasStatus3xxRedirection();
        long id = jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(ian.id()).query(Long.class).single();

        assertThat(feedEntry(id)).startsWith("<p><strong>Quoted passage:</strong></p><blockquote><p>serious consequences</p></blockquote>")
                .contains("Which figures?");
    }

    private long acceptedWithEdits() {
        long id = propose(torsten, "Shorter.", "CSA is increasing.", null);
        support(id, ian);
        support(id, una);
        assertThat(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "CSA is increasing, with serious consequences.")
                .param("note", "Merged with the discussion.")).hasStatus3xxRedirection();
        return id;
    }

    private void support(long proposal, SignedInAccount who) {
        assertThat(mvc.post().uri("/comments/{id}/support", proposal).with(user(who)).with(csrf())).hasStatus3xxRedirection();
    }

    private long propose(SignedInAccount who, String reason, String proposedText, String quote) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", reason).param("proposedText", proposedText)
                .param("proposalScope", quote == null ? "PARAGRAPH" : "PASSAGE")
                .param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who));
        if (quote != null) {
            request = request.param("quote", quote);
        }
        assertThat(request.exchange()).hasStatus3xxRedirection();
        return jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(who.id()).query(Long.class).single();
    }

    /** The HTML content of the comment's feed entry, as a feed reader gets it after reading the XML. */
    private String feedEntry(long commentId) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes("comments.atom"))).getDocumentElement();
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (Element) entries.item(i);
            if (entry.getElementsByTagNameNS("*", "id").item(0).getTextContent().endsWith("/comments/" + commentId)) {
                return entry.getElementsByTagNameNS("*", "content").item(0).getTextContent().strip();
            }
        }
        throw new AssertionError("no entry for comment " + commentId);
    }

    private Document thread() {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).exchange());
    }

    private byte[] bytes(String path) {
        var result = mvc.get().uri("/c/" + slug + "/" + path).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
