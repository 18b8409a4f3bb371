package org.parley.disposition;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Organisers' responses to comments (decision 31): who may give them, what they say in the thread,
 * their history and audit, the desk's comments still waiting, and the disposition report with its
 * three files, before and after publication. With the page cache on, as in production.
 */
@SpringBootTest(properties = "parley.page-cache.enabled=true")
@AutoConfigureMockMvc
class DispositionTest {

    static final String MESSAGE = "CSA is currently increasing exponentially and has serious consequences.";

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
    SignedInAccount organiser;
    SignedInAccount otherOrganiser;
    SignedInAccount admin;
    String slug;
    String anchor;
    String otherAnchor;

    @BeforeEach
    void twoSessionsWithTheirOrganisers() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        torsten = discussions.participant("Torsten Example");
        ian = discussions.participant("Ian Example");
        organiser = discussions.participant("Olga Organiser");
        otherOrganiser = discussions.participant("Otto Otherorganiser");
        admin = discussions.admin("Ada Admin");
        slug = "rp-" + UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1a\n\n" + MESSAGE + "\n\n## Workshop 2\n\nAnother message of another workshop.\n",
                ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        long consultationId = consultations.summary(slug).id();
        discussions.session(consultationId, "WS1a", "Workshop 1a", organiser);
        discussions.session(consultationId, "WS2", "Workshop 2", otherOrganiser);
        anchor = discussions.firstAnchor(slug);
        otherAnchor = jdbc.sql("SELECT anchor FROM paragraph WHERE consultation_id = ? ORDER BY position DESC LIMIT 1")
                .params(consultationId).query(String.class).single();
    }

    @Test
    void anOrganiserGivesEachResponseAndTheThreadShowsTheCurrentOne() {
        long id = comment(torsten, anchor, "What about prevention?");

        assertThat(respond(organiser, id, "ADDRESSED", "1", "See the new wording.")).hasStatus3xxRedirection()
                .redirectedUrl().isEqualTo("/c/" + slug + "/p/" + anchor + "?comment=" + id + "#c-" + id);
        assertThat(responseIn(threadAs(organiser), id)).contains("Addressed in version 1", "See the new wording.", "Olga Organiser");
        for (var status : List.of("PARTLY_ADDRESSED", "NOT_TAKEN_UP", "OUT_OF_SCOPE", "NOTED")) {
            assertThat(respond(organiser, id, status, "", "Because " + status)).hasStatus3xxRedirection();
            assertThat(current(id)).isEqualTo(status);
        }
        assertThat(responseIn(threadAs(organiser), id)).contains("Noted", "Because NOTED").doesNotContain("Out of scope");
        assertThat(respond(organiser, id, "PARTLY_ADDRESSED", "1", "")).hasStatus3xxRedirection();
        assertThat(responseIn(threadAs(organiser), id)).contains("Partly addressed in version 1");
    }

    @Test
    void aChangedResponseKeepsTheEarlierOneAndEachIsAudited() {
        long id = comment(torsten, anchor, "Please cite sources.");
        respond(organiser, id, "NOTED", "", "We will.");
        respond(admin, id, "OUT_OF_SCOPE", "", "Sources are for the annex.");

        assertThat(jdbc.sql("SELECT status || ':' || (replaced_at IS NOT NULL) FROM comment_response WHERE comment_id = ? ORDER BY id")
                .params(id).query(String.class).list()).containsExactly("NOTED:true", "OUT_OF_SCOPE:false");
        assertThat(jdbc.sql("SELECT action || ':' || actor_id FROM audit_event WHERE subject_type = 'comment' AND subject_id = ? ORDER BY id")
                .params(id).query(String.class).list())
                .containsExactly("comment.response.given:" + organiser.id(), "comment.response.changed:" + admin.id());
        var page = Pages.html(mvc.get().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(organiser)).exchange());
        assertThat(page.select(".response-history li").eachText()).satisfiesExactly(
                latest -> assertThat(latest).contains("Out of scope", "Ada Admin", "Sources are for the annex."),
                earlier -> assertThat(earlier).contains("Noted", "Olga Organiser", "replaced on", "We will."));
        assertThat(page.select("select[name=status] option[selected]").val()).isEqualTo("OUT_OF_SCOPE");
    }

    @Test
    void decidedProposalsAnswerThemselvesUntilAnOrganiserRespondsOtherwise() {
        long accepted = discussions.propose(slug, anchor, torsten, "Less drama.", MESSAGE.replace("exponentially", "steadily"));
        assertThat(mvc.post().uri("/proposals/{id}/accept", accepted).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("note", "Calmer.")).hasStatus3xxRedirection();
        long rejected = discussions.propose(slug, anchor, ian, "More drama.", MESSAGE + " Act now!");
        assertThat(mvc.post().uri("/proposals/{id}/reject", rejected).with(user(organiser)).with(csrf())
                .param("reason", "The session keeps a sober tone.")).hasStatus3xxRedirection();
        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);

        var thread = threadAs(ian);
        assertThat(responseIn(thread, accepted)).contains("Addressed in version 2", "decision of Olga Organiser", "Calmer.");
        assertThat(responseIn(thread, rejected)).contains("Not taken up", "The session keeps a sober tone.");
        assertThat(jdbc.sql("SELECT count(*) FROM comment_response WHERE comment_id IN (?, ?)").params(accepted, rejected)
                .query(Long.class).single()).as("derived, not copied").isZero();

        assertThat(respond(organiser, rejected, "PARTLY_ADDRESSED", "2", "Its urgency is in version 2.")).hasStatus3xxRedirection();
        assertThat(responseIn(threadAs(ian), rejected)).contains("Partly addressed in version 2", "Its urgency is in version 2.")
                .doesNotContain("Not taken up");
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() {
        long id = comment(torsten, anchor, "A fair point.");
        assertRefused(respond(organiser, id, "SPLENDID", "", ""), "Choose one of the responses in the list.");
        assertRefused(respond(organiser, id, "NOTED", "", "x".repeat(5001)), "at most 5,000 characters");
        assertRefused(respond(organiser, id, "ADDRESSED", "7", ""), "versions 1 to 1");
        assertRefused(respond(organiser, id, "ADDRESSED", "one", ""), "versions 1 to 1");
        assertRefused(respond(organiser, id, "ADDRESSED", "", ""), "needs the version");
        assertRefused(respond(organiser, id, "NOTED", "1", ""), "Only “addressed” and “partly addressed” name a version.");
        assertThat(mvc.post().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(organiser)).with(csrf()))
                .as("no field at all").hasStatusOk();

        String otherSlug = discussions.openConsultation();
        assertThat(mvc.post().uri("/c/{slug}/comments/{id}/response", otherSlug, id).with(user(admin)).with(csrf())
                .param("status", "NOTED")).as("a comment of another consultation").hasStatus(HttpStatus.NOT_FOUND);

        jdbc.sql("UPDATE comment SET status = 'HIDDEN' WHERE id = ?").params(id).update();
        assertRefused(respond(organiser, id, "NOTED", "", ""), "This comment is not published");
        assertThat(jdbc.sql("SELECT count(*) FROM comment_response WHERE comment_id = ?").params(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyTheOrganisersOfTheCommentsSessionAndAdminsRespond() {
        long id = comment(torsten, anchor, "On workshop 1a.");
        assertThat(respond(otherOrganiser, id, "NOTED", "", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(respond(ian, id, "NOTED", "", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(otherOrganiser)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(threadAs(otherOrganiser).select(".respond-link")).isEmpty();
        assertThat(threadAs(organiser).select("#c-" + id + " .respond-link").attr("href"))
                .isEqualTo("/c/" + slug + "/comments/" + id + "/response");
        assertThat(current(id)).isNull();
        assertThat(respond(admin, id, "NOTED", "", "")).hasStatus3xxRedirection();
    }

    @Test
    void inPlaceTheFormAndTheResponseReplaceTheCommentsResponseSlot() {
        long id = comment(torsten, anchor, "In place, please.");
        var form = Pages.html(mvc.get().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(organiser))
                .header("HX-Request", "true").exchange());
        assertThat(form.select("#response-" + id + " form.response-form").attr("data-hx-post"))
                .isEqualTo("/c/" + slug + "/comments/" + id + "/response");
        assertThat(form.select("html > head title")).as("a fragment, not a page").isEmpty();

        var refused = Pages.html(mvc.post().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(organiser)).with(csrf())
                .header("HX-Request", "true").param("status", "ADDRESSED").param("version", "9").exchange());
        assertThat(refused.select("#response-" + id + " .form-errors").text()).contains("versions 1 to 1");

        var given = mvc.post().uri("/c/{slug}/comments/{id}/response", slug, id).with(user(organiser)).with(csrf())
                .header("HX-Request", "true").param("status", "OUT_OF_SCOPE").param("note", "For the next workshop.").exchange();
        assertThat(given).hasStatusOk();
        assertThat(Pages.html(given).select("#response-" + id).text()).contains("Out of scope", "For the next workshop.");
    }

    @Test
    void beforePublicationOnlyTheAuthorOrganisersAndAdminsSeeAResponseEvenThroughTheCache() throws Exception {
        long id = comment(torsten, anchor, "Keep it short.");
        respond(organiser, id, "NOTED", "", "Noted by the session.");
        String openPage = "/c/" + slug + "?open=" + anchor;

        assertThat(responseIn(threadAs(organiser), id)).contains("Noted by the session.");
        assertThat(responseIn(threadAs(torsten), id)).as("the author").contains("Noted by the session.");
        assertThat(responseIn(threadAs(admin), id)).contains("Noted by the session.");
        assertThat(responseIn(threadAs(ian), id)).as("another participant").isEmpty();
        // the organiser's rendering is kept (CommentFragments); anonymous readers then get the page twice, once from the cache
        assertThat(Pages.html(mvc.get().uri(openPage).with(user(organiser)).exchange()).text()).contains("Noted by the session.");
        for (int i = 0; i < 2; i++) {
            var anonymous = mvc.get().uri(openPage).exchange();
            assertThat(anonymous).hasStatusOk();
            assertThat(anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Keep it short.").doesNotContain("Noted by the session.");
        }

        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        assertThat(mvc.get().uri(openPage).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("published: public, the cache emptied by the change").contains("Noted by the session.");
    }

    @Test
    void theDeskListsCommentsWithoutAResponsePerSessionUntilTheyHaveOne() {
        long first = comment(torsten, anchor, "First thought.");
        long reply = reply(ian, anchor, first, "A reply counts too.");
        long own = comment(organiser, anchor, "The organiser's own remark.");
        long elsewhere = comment(ian, otherAnchor, "On the other workshop.");

        var desk = deskOf(organiser);
        assertThat(desk.select("#unanswered-comment-" + first + ", #unanswered-comment-" + reply)).hasSize(2);
        assertThat(desk.select("#unanswered-comment-" + own + ", #unanswered-comment-" + elsewhere)).isEmpty();
        assertThat(desk.select(".unanswered h3").text()).contains("WS1a", "2 comments without a response");
        assertThat(desk.select("#unanswered-comment-" + first + " a.respond-link").attr("href"))
                .isEqualTo("/c/" + slug + "/comments/" + first + "/response");

        respond(organiser, first, "NOTED", "", "");
        desk = deskOf(organiser);
        assertThat(desk.select("#unanswered-comment-" + first)).isEmpty();
        assertThat(desk.select(".unanswered h3").text()).contains("1 comment without a response");
        respond(organiser, reply, "OUT_OF_SCOPE", "", "");
        assertThat(deskOf(organiser).select(".unanswered")).isEmpty();
        assertThat(deskOf(otherOrganiser).select("#unanswered-comment-" + elsewhere)).hasSize(1);
    }

    @Test
    void theReportIsAPreviewForOrganisersUntilPublishedThenPublic() {
        long id = comment(torsten, anchor, "Mention the victims.");
        respond(organiser, id, "NOTED", "", "We will mention them.");
        long hidden = comment(ian, anchor, "Something rude.");
        jdbc.sql("UPDATE comment SET status = 'HIDDEN' WHERE id = ?").params(hidden).update();
        long withdrawn = comment(ian, anchor, "Never mind this.");
        jdbc.sql("UPDATE comment SET status = 'WITHDRAWN' WHERE id = ?").params(withdrawn).update();

        for (var path : List.of("/report", "/report.docx", "/report.pdf", "/report.csv")) {
            assertThat(mvc.get().uri("/c/" + slug + path)).as("anonymous " + path).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/c/" + slug + path).with(user(ian))).as("participant " + path).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/c/" + slug + path).with(user(otherOrganiser))).as("organiser " + path).hasStatusOk();
        }
        var preview = Pages.html(mvc.get().uri("/c/{slug}/report", slug).with(user(organiser)).exchange());
        assertThat(preview.select(".report-preview")).hasSize(1);

        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        var report = Pages.html(mvc.get().uri("/c/{slug}/report", slug).exchange());
        assertThat(report.select(".report-preview")).isEmpty();
        var entry = report.select("#report-c-" + id).text();
        assertThat(entry).contains("Torsten Example", "Civil society", "Mention the victims.", "Noted", "We will mention them.");
        assertThat(report.text()).doesNotContain("Something rude.").doesNotContain("Never mind this.");
        assertThat(report.select(".report-tallies tr").eachText()).contains("Noted 1", "No response yet 0");
    }

    @Test
    void theReportDownloadsCarryEveryCommentWithItsResponse() throws Exception {
        long id = quoted(torsten, "=HYPERLINK(\"http://evil\") is a formula", "serious consequences");
        respond(organiser, id, "OUT_OF_SCOPE", "", "Not for this workshop.");
        long accepted = discussions.propose(slug, anchor, ian, "Calmer.", MESSAGE.replace("exponentially", "steadily"));
        assertThat(mvc.post().uri("/proposals/{id}/accept", accepted).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1")).hasStatus3xxRedirection();
        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);

        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes("/report.docx")));
             var words = new XWPFWordExtractor(docx)) {
            assertThat(words.getText()).contains("How comments were addressed: Workshop messages", "Workshop 1a",
                    "Torsten Example (Civil society)", "Quoted: “serious consequences”",
                    "Response: Out of scope, by Olga Organiser", "Not for this workshop.",
                    "Response: Addressed in version 2, by Olga Organiser");
        }
        try (var pdf = Loader.loadPDF(bytes("/report.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Workshop 1a", "Torsten Example",
                    "Out of scope", "Not for this workshop.", "Addressed in version 2");
        }
        byte[] csv = bytes("/report.csv");
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        var first = rows.get(0);
        assertThat(first.get("comment_id")).isEqualTo(Long.toString(id));
        assertThat(first.get("comment")).isEqualTo("'=HYPERLINK(\"http://evil\") is a formula");
        assertThat(first.get("quote")).isEqualTo("serious consequences");
        assertThat(first.get("stakeholder_group")).isEqualTo("CIVIL_SOCIETY");
        assertThat(first.get("response_status")).isEqualTo("OUT_OF_SCOPE");
        assertThat(first.get("responded_by")).isEqualTo("Olga Organiser");
        assertThat(rows.get(1).get("response_status")).isEqualTo("ADDRESSED");
        assertThat(rows.get(1).get("response_version")).isEqualTo("2");
        assertThat(rows.get(1).get("response_from_decision")).isEqualTo("true");
    }

    private void assertRefused(MvcTestResult result, String message) {
        assertThat(result).hasStatusOk();
        assertThat(Pages.html(result).select(".form-errors").text()).contains(message);
    }

    private MvcTestResult respond(SignedInAccount who, long commentId, String status, String version, String note) {
        return mvc.post().uri("/c/{slug}/comments/{id}/response", slug, commentId).with(user(who)).with(csrf())
                .param("status", status).param("version", version).param("note", note).exchange();
    }

    private String current(long commentId) {
        return jdbc.sql("SELECT status FROM comment_response WHERE comment_id = ? AND replaced_at IS NULL")
                .params(commentId).query(String.class).optional().orElse(null);
    }

    private long comment(SignedInAccount who, String where, String body) {
        assertThat(discussions.post(slug, where, who, body, discussions.shownAt(slug, where, who), "", address()))
                .hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    private long reply(SignedInAccount who, String where, long parent, String body) {
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, where).with(user(who)).with(csrf())
                .param("body", body).param("parentId", Long.toString(parent))
                .param("idempotencyKey", UUID.randomUUID().toString()).param("website", "")
                .param("shownAt", discussions.shownAt(slug, where, who))).hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    private long quoted(SignedInAccount who, String body, String quote) {
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("quote", quote)
                .param("idempotencyKey", UUID.randomUUID().toString()).param("website", "")
                .param("shownAt", discussions.shownAt(slug, anchor, who))).hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    private static String address() {
        return "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private Document threadAs(SignedInAccount who) {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(who)).exchange());
    }

    private static String responseIn(Document thread, long commentId) {
        return thread.select("#response-" + commentId).text();
    }

    private Document deskOf(SignedInAccount who) {
        return Pages.html(mvc.get().uri("/proposals").with(user(who)).exchange());
    }

    private byte[] bytes(String path) {
        var result = mvc.get().uri("/c/" + slug + path).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }
}
