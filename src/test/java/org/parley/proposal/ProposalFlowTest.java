package org.parley.proposal;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

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
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.ParagraphChanged;
import org.parley.importing.ImportFormat;
import org.parley.importing.ImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Proposed rewordings and the organisers' decisions on them, as people make them through the pages,
 * and the credit of the versions they make wherever a version is shown (decision 22).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalFlowTest {

    static final String MESSAGE = "CSA is currently increasing exponentially and has serious consequences. "
            + "Participants are concerned about the safety of users.";
    static final String EDITED_CREDIT = "proposed by Torsten Example, supported by 2 participants, "
            + "edited and accepted by organiser Olga Organiser";

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

    @Autowired
    ProposalService proposals;

    Discussions discussions;
    SignedInAccount torsten;
    SignedInAccount ian;
    SignedInAccount organiser;
    SignedInAccount otherOrganiser;
    String slug;
    String anchor;
    long paragraphId;

    @BeforeEach
    void workshopWithOneMessageAndOrganisers() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        torsten = discussions.participant("Torsten Example");
        ian = discussions.participant("Ian Example");
        organiser = discussions.participant("Olga Organiser");
        otherOrganiser = discussions.participant("Otto Otherorganiser");
        slug = "ws-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Workshop messages", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, "## Workshop 1a\n\n" + MESSAGE + "\n\n## Workshop 2\n\nAnother message of another workshop.\n",
                ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        anchor = discussions.firstAnchor(slug);
        long consultationId = consultations.summary(slug).id();
        paragraphId = jdbc.sql("SELECT id FROM paragraph WHERE consultation_id = ? AND anchor = ?")
                .params(consultationId, anchor).query(Long.class).single();
        long ws1 = session(consultationId, "WS1a", "Workshop 1a", organiser);
        long ws2 = session(consultationId, "WS2", "Workshop 2", otherOrganiser);
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = 'Workshop 1a'").params(ws1, consultationId).update();
        jdbc.sql("UPDATE section SET session_id = ? WHERE consultation_id = ? AND title = 'Workshop 2'").params(ws2, consultationId).update();
    }

    @Test
    void aProposalForTheWholeMessageShowsInTheThreadAndCanBeAccepted() {
        long id = propose(torsten, "Less about technology, please.", MESSAGE.replace("exponentially", "steadily"), null);

        var thread = threadAs(ian);
        var proposal = thread.getElementById("c-" + id);
        assertThat(proposal.select(".proposal-status .badge").text()).isEqualTo("Open proposal");
        assertThat(proposal.select(".diff del").text()).isEqualTo("deleted: exponentially");
        assertThat(proposal.select(".diff ins").text()).isEqualTo("inserted: steadily");
        assertThat(proposal.select(".diff-summary").text()).isEqualTo("1 word inserted, 1 deleted");
        assertThat(proposal.select(".proposal-actions a")).as("participants do not decide").isEmpty();
        assertThat(threadAs(organiser).getElementById("c-" + id).select(".proposal-actions a").attr("href"))
                .isEqualTo("/proposals/" + id);

        assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("note", "Agreed at the session."))
                .hasStatus3xxRedirection();

        assertThat(currentText()).contains("increasing steadily");
        assertThat(version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT source || ' ' || proposal_id || ' ' || author_id || ' ' || change_note FROM paragraph_version WHERE paragraph_id = ? AND n = 2")
                .params(paragraphId).query(String.class).single())
                .isEqualTo("PROPOSAL " + id + " " + organiser.id() + " Agreed at the session.");
        var changed = threadAs(ian).select(".change-note").first();
        assertThat(changed.select(".change-intro strong").text())
                .isEqualTo("The session organisers accepted a proposal and changed this paragraph as follows:");
        assertThat(changed.select(".change-after").text()).contains("increasing steadily");
        assertThat(changed.select(".change-reason").text()).isEqualTo("Agreed at the session.");
        assertThat(changed.select("a").attr("href")).isEqualTo("/comments/" + id);
        var after = threadAs(ian).getElementById("c-" + id);
        assertThat(after.select(".proposal-status .badge").text()).isEqualTo("Accepted");
        assertThat(after.select(".proposal-decision").text()).startsWith("Decided by Olga Organiser");
    }

    @Test
    void aProposalForAPassageReplacesOnlyThePassage() {
        long id = propose(torsten, "Exponential needs evidence.", "is currently rising", "is currently increasing exponentially");

        assertThat(jdbc.sql("SELECT quote_exact FROM comment WHERE id = ?").params(id).query(String.class).single())
                .isEqualTo("is currently increasing exponentially");
        proposals.accept(id, Viewer.of(authentication(organiser)), 1, null);

        assertThat(currentText()).isEqualTo(MESSAGE.replace("is currently increasing exponentially", "is currently rising"));
    }

    @Test
    void thePreviewShowsTheChangeAndPostsNothing() {
        var page = Pages.html(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(torsten)).with(csrf())
                .param("body", "Why").param("proposedText", "A new message.").param("proposalScope", "PARAGRAPH")
                .param("preview", "true").param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, torsten)).exchange());

        assertThat(page.select(".proposal-preview del").text()).contains("CSA is currently increasing exponentially");
        assertThat(page.select(".proposal-preview ins").text()).isEqualTo("inserted: A new message");
        assertThat(page.select(".proposal-preview .change-after p").text()).isEqualTo("A new message.");
        assertThat(page.select("textarea[name=proposedText]").text()).isEqualTo("A new message.");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("Why");
        assertThat(commentCount()).isZero();
    }

    @Test
    void othersSupportAProposalOnceAndMayTakeItBack() {
        long id = propose(torsten, "Better.", MESSAGE + " Safety by design helps.", null);

        assertThat(mvc.post().uri("/comments/{id}/support", id).with(user(ian)).with(csrf())).hasStatus3xxRedirection();
        assertThat(threadAs(organiser).getElementById("c-" + id).select(".supporters").text())
                .isEqualTo("Supported by 1 person: Ian Example");
        assertThat(mvc.post().uri("/comments/{id}/support", id).with(user(torsten)).with(csrf()))
                .hasStatus3xxRedirection().flash().containsEntry("flash", "proposal.refused.supportOwn");
        assertThat(mvc.post().uri("/comments/{id}/support", id).with(user(ian)).with(csrf())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT count(*) FROM support WHERE comment_id = ?").params(id).query(Long.class).single()).isZero();
    }

    @Test
    void theAuthorWithdrawsAnOpenProposal() {
        long id = propose(torsten, "On second thoughts.", MESSAGE + " More.", null);

        assertThat(mvc.post().uri("/comments/{id}/withdraw", id).with(user(torsten)).with(csrf())).hasStatus3xxRedirection();

        assertThat(status(id)).isEqualTo("WITHDRAWN");
        var page = Pages.html(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").exchange());
        assertThat(page.select("[role=alert]").text()).contains("Another organiser decided on this proposal first, or its author withdrew it");
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void acceptingWithEditsCreditsBothAndKeepsTheOrganisersWording() {
        long id = propose(torsten, "Shorter.", "CSA is increasing.", null);

        assertThat(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "CSA is increasing, with serious consequences.")
                .param("note", "Merged with the discussion.")).hasStatus3xxRedirection();

        assertThat(currentText()).isEqualTo("CSA is increasing, with serious consequences.");
        assertThat(status(id)).isEqualTo("ACCEPTED_WITH_EDITS");
        assertThat(jdbc.sql("SELECT proposal_id = ? AND author_id = ? FROM paragraph_version WHERE paragraph_id = ? AND n = 2")
                .params(id, organiser.id(), paragraphId).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRejectionNeedsAReasonWhichTheThreadShows() {
        long id = propose(torsten, "Radical.", "Something else entirely.", null);

        var refused = Pages.html(mvc.post().uri("/proposals/{id}/reject", id).with(user(organiser)).with(csrf())
                .param("reason", "  ").exchange());
        assertThat(refused.select("[role=alert]").text()).contains("Give a reason");
        assertThat(status(id)).isEqualTo("OPEN");

        assertThat(mvc.post().uri("/proposals/{id}/reject", id).with(user(organiser)).with(csrf())
                .param("reason", "The workshop did not discuss this.")).hasStatus3xxRedirection();
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(threadAs(ian).getElementById("c-" + id).select(".proposal-reason").text())
                .isEqualTo("The organisers' reason: The workshop did not discuss this.");
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void organisersEditDirectlyAndRestoreOlderVersionsAsNewOnes() {
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, anchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "After a meeting: a new message.").param("note", ""))
                .hasStatusOk();
        assertThat(version()).as("a change note is required").isEqualTo(1);

        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, anchor).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "After a meeting: a new message.")
                .param("note", "After a meeting among the workshop organizers.")).hasStatus3xxRedirection();
        assertThat(currentText()).isEqualTo("After a meeting: a new message.");

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).with(user(organiser)).exchange());
        var restore = history.select("form[action$=/restore]");
        assertThat(restore).hasSize(1);
        assertThat(restore.select("input[name=version]").val()).isEqualTo("1");
        assertThat(Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).with(user(ian)).exchange())
                .select("form[action$=/restore]")).as("only organisers restore").isEmpty();
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/restore", slug, anchor).with(user(organiser)).with(csrf())
                .param("version", restore.select("input[name=version]").val())
                .param("expectedVersion", restore.select("input[name=expectedVersion]").val())).hasStatus3xxRedirection();
        assertThat(version()).isEqualTo(3);
        assertThat(currentText()).isEqualTo(MESSAGE);
        assertThat(jdbc.sql("SELECT string_agg(source, ',' ORDER BY n) FROM paragraph_version WHERE paragraph_id = ?")
                .params(paragraphId).query(String.class).single()).isEqualTo("IMPORT,ORGANISER_EDIT,RESTORE");
    }

    @Test
    void aProposalOnAnOlderVersionAppliesCleanlyOnlyIfItsPassageIsUnchanged() {
        long passage = propose(torsten, "Evidence.", "is currently rising", "is currently increasing exponentially");
        long whole = propose(ian, "Whole.", "An entirely new message.", null);
        proposals.edit(paragraphId, Viewer.of(authentication(organiser)), 1,
                MESSAGE.replace("Participants are concerned", "People are concerned"), "Wording of the second sentence.");

        var thread = threadAs(ian);
        assertThat(thread.getElementById("c-" + whole).select(".older-version").text()).contains("written on version 1");
        assertThat(thread.getElementById("c-" + whole).select(".proposal-status a").attr("href"))
                .isEqualTo("/c/" + slug + "/p/" + anchor + "/history?from=1&to=2");
        var cleanPage = Pages.html(mvc.get().uri("/proposals/{id}", passage).with(user(organiser)).exchange());
        assertThat(cleanPage.select(".stale").text()).contains("written on version 1", "still there unchanged");
        var conflictPage = Pages.html(mvc.get().uri("/proposals/{id}", whole).with(user(organiser)).exchange());
        assertThat(conflictPage.select(".stale").text()).contains("cannot be accepted as it is");
        assertThat(conflictPage.select("form[action$=/accept]")).isEmpty();
        assertThat(conflictPage.select("textarea[name=text]").text()).as("never the old-based wording as if it were current")
                .isNotEqualTo("An entirely new message.").contains("⟦now: ", " ‖ proposed: ", "An entirely new message", "⟧");

        proposals.accept(passage, Viewer.of(authentication(organiser)), 2, null);
        assertThat(currentText()).isEqualTo(MESSAGE.replace("Participants are concerned", "People are concerned")
                .replace("is currently increasing exponentially", "is currently rising"));
    }

    @Test
    void twoOrganisersAcceptingAtTheSameMomentMakeOneVersionAndOneClearConflict() throws Exception {
        long first = propose(torsten, "One.", MESSAGE + " First addition.", null);
        long second = propose(ian, "Two.", MESSAGE + " Second addition.", null);
        var admin = Viewer.of(authentication(discussions.admin("Ada Admin")));
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<String>();
        List<Callable<String>> decisions = List.of(
                () -> decideAt(start, () -> proposals.accept(first, Viewer.of(authentication(organiser)), 1, null)),
                () -> decideAt(start, () -> proposals.accept(second, admin, 1, null)));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = decisions.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("version 2", "changed: now 2");
        assertThat(version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE id IN (?, ?) AND proposal_status = 'OPEN'")
                .params(first, second).query(Long.class).single()).as("the loser's proposal stays open, nothing lost").isEqualTo(1);
    }

    @Test
    void onlyTheOrganisersOfTheSessionAndAdminsDecide() {
        long id = propose(torsten, "Mine.", MESSAGE + " Addition.", null);
        for (var outsider : List.of(ian, otherOrganiser, torsten)) {
            assertThat(mvc.get().uri("/proposals/{id}", id).with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(outsider)).with(csrf()).param("expectedVersion", "1"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(outsider)).with(csrf())
                    .param("expectedVersion", "1").param("text", "Hijack")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/proposals/{id}/reject", id).with(user(outsider)).with(csrf()).param("reason", "No"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/edit", slug, anchor).with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/edit", slug, anchor).with(user(outsider)).with(csrf())
                    .param("expectedVersion", "1").param("text", "Hijack").param("note", "x")).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/restore", slug, anchor).with(user(outsider)).with(csrf())
                    .param("version", "1").param("expectedVersion", "1")).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/proposals/{id}", id)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).param("expectedVersion", "1"))
                .as("no CSRF token").hasStatus(HttpStatus.FORBIDDEN);
        assertThat(version()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void aFinalSessionTakesNoProposalsOrDecisionsAndAPublishedConsultationNone() {
        long id = propose(torsten, "Before the end.", MESSAGE + " Late addition.", null);
        jdbc.sql("UPDATE session SET finalised_at = now(), finalised_by = ? WHERE code = 'WS1a' AND consultation_id = ?")
                .params(organiser.id(), consultations.summary(slug).id()).update();

        var refused = Pages.html(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(ian)).with(csrf())
                .param("body", "Too late?").param("proposedText", "Something new.").param("proposalScope", "PARAGRAPH")
                .param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", discussions.shownAt(slug, anchor, ian))
                .exchange());
        assertThat(refused.select("[role=alert]").text()).contains("This text is final");
        assertThat(refused.select("textarea[name=proposedText]")).as("a final text offers no proposal field").isEmpty();
        assertThat(refused.select("textarea.kept-proposal[readonly]").text()).as("kept to copy").isEqualTo("Something new.");
        assertThat(refused.select("textarea[name=body]").text()).isEqualTo("Too late?");
        var decision = Pages.html(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").exchange());
        assertThat(decision.select("[role=alert]").text()).contains("This text is final");

        jdbc.sql("UPDATE session SET finalised_at = NULL, finalised_by = NULL WHERE code = 'WS1a'").update();
        consultations.changeStatus(slug, ConsultationStatus.PUBLISHED);
        assertThat(Pages.html(mvc.post().uri("/proposals/{id}/reject", id).with(user(organiser)).with(csrf())
                .param("reason", "Published already.").exchange()).select("[role=alert]").text()).contains("This text is final");
        assertThat(version()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void aFinalSessionsPagesSaySoTakeCommentsAndOfferNoProposalOrDecision() {
        long id = propose(torsten, "Before the end.", MESSAGE + " Late addition.", null);
        assertThat(threadAs(ian).select("textarea[name=proposedText]")).as("open: proposals welcome").hasSize(1);
        assertThat(threadAs(ian).select(".final-notice")).isEmpty();
        jdbc.sql("UPDATE session SET finalised_at = now(), finalised_by = ? WHERE code = 'WS1a' AND consultation_id = ?")
                .params(organiser.id(), consultations.summary(slug).id()).update();

        var thread = threadAs(ian);
        assertThat(thread.select(".final-notice").text())
                .isEqualTo("The organisers of this session have marked their messages final: comments are still welcome, "
                        + "new wording is no longer proposed.");
        assertThat(thread.select("form.comment-form textarea[name=body]")).as("comments stay allowed").hasSize(1);
        assertThat(thread.select("form.comment-form textarea[name=proposedText], form.comment-form details.propose")).isEmpty();
        assertThat(thread.select("form.comment-form [name=proposalScope]")).isEmpty();
        long before = commentCount();
        assertThat(discussions.post(slug, anchor, ian, "A comment after the end.", discussions.shownAt(slug, anchor, ian), "",
                "10.0.3.1")).hasStatus3xxRedirection();
        assertThat(commentCount()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE id = ? AND proposed_text IS NULL")
                .params(discussions.lastCommentId(ian)).query(Long.class).single()).isEqualTo(1L);

        var decide = Pages.html(mvc.get().uri("/proposals/{id}", id).with(user(organiser)).exchange());
        assertThat(decide.select("form[action$=/accept], form[action$=/accept-with-edits], form[action$=/reject]")).isEmpty();
        assertThat(decide.select("button").eachText()).doesNotContain("Accept this wording", "Accept with these edits",
                "Reject the proposal");
        assertThat(decide.select(".final-notice").text()).contains("final");
        assertThat(Pages.html(mvc.post().uri("/proposals/{id}/reject", id).with(user(organiser)).with(csrf())
                .param("reason", "Too late.").exchange()).select("[role=alert]").text()).contains("This text is final");
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(version()).isEqualTo(1);
        assertThat(commentCount()).isEqualTo(before + 1);
    }

    @Test
    void organisersSeeTheOpenProposalsOnTheirOwnSessionsText() {
        long open = propose(torsten, "Please.", MESSAGE + " An addition.", null);
        long decided = propose(ian, "Or this.", MESSAGE + " Another addition.", null);
        proposals.reject(decided, Viewer.of(authentication(organiser)), "Not discussed.");

        var mine = Pages.html(mvc.get().uri("/proposals").with(user(organiser)).exchange());
        assertThat(mine.select(".open-proposal a[href^=/proposals/]").eachAttr("href")).contains("/proposals/" + open)
                .doesNotContain("/proposals/" + decided);
        assertThat(mine.select(".open-proposal").stream().filter(item -> item.html().contains("/proposals/" + open)).findFirst()
                .orElseThrow().select(".diff ins").text()).contains("An addition");
        var messages = mine.select(".session-messages tbody tr").stream()
                .filter(row -> row.text().contains("WS1a, paragraph 1")).findFirst().orElseThrow();
        var cells = messages.select("td").eachText();
        assertThat(cells.get(0)).startsWith("WS1a, paragraph 1 CSA is currently increasing exponentially");
        assertThat(cells.subList(1, 4)).as("version, open proposals, comments").containsExactly("1", "1", "2");
        assertThat(mine.select(".recent-activity li").first().text()).contains("Ian Example", "on paragraph 1", "Or this.");
        var others = Pages.html(mvc.get().uri("/proposals").with(user(otherOrganiser)).exchange());
        assertThat(others.select(".open-proposal a[href^=/proposals/]").eachAttr("href")).doesNotContain("/proposals/" + open);
        var admin = Pages.html(mvc.get().uri("/proposals").with(user(discussions.admin("Ada Admin"))).exchange());
        assertThat(admin.select(".open-proposal a[href^=/proposals/]").eachAttr("href")).contains("/proposals/" + open);
        assertThat(mvc.get().uri("/proposals")).hasStatus3xxRedirection();
    }

    @Test
    void aWholeParagraphProposalOnAnOlderVersionIsMergedWithTheLaterChange() {
        String v2 = MESSAGE.replace("Participants are", "Participants in Geneva, Switzerland, are");
        long id = propose(torsten, "Graver.", MESSAGE.replace("serious consequences", "grave consequences"), null);
        proposals.edit(paragraphId, Viewer.of(authentication(organiser)), 1, v2, "Where the workshop met.");
        String merged = v2.replace("serious consequences", "grave consequences");

        var page = Pages.html(mvc.get().uri("/proposals/{id}", id).with(user(organiser)).exchange());
        assertThat(page.select(".stale").text()).contains("written on version 1", "now at version 2");
        assertThat(page.select(".rebased-result .proposed-text").text()).isEqualTo(merged);
        assertThat(page.select(".rebased-result .diff del").text()).isEqualTo("deleted: serious");
        assertThat(page.select(".rebased-result .diff ins").text()).isEqualTo("inserted: grave");
        assertThat(page.select("textarea[name=text]").text()).isEqualTo(merged);
        assertThat(page.select("form[action$=/accept] input[name=expectedVersion]").val()).isEqualTo("2");
        var thread = threadAs(organiser).getElementById("c-" + id);
        assertThat(thread.select(".older-version").text()).contains("written on version 1");
        assertThat(thread.select(".rebased .rebased-intro").text()).isEqualTo("If it is accepted now, it changes the current version as follows:");
        assertThat(thread.select(".rebased .diff del").text()).as("the later change stays").isEqualTo("deleted: serious");
        assertThat(thread.select(".rebased .diff ins").text()).isEqualTo("inserted: grave");
        var desk = Pages.html(mvc.get().uri("/proposals").with(user(organiser)).exchange()).select(".open-proposal").stream()
                .filter(item -> item.html().contains("/proposals/" + id)).findFirst().orElseThrow();
        assertThat(desk.select(".older-version").text()).isEqualTo("written on version 1");
        assertThat(desk.select(".rebased .diff del").text()).isEqualTo("deleted: serious");
        assertThat(desk.select(".rebased .diff ins").text()).isEqualTo("inserted: grave");

        assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "2")).hasStatus3xxRedirection();

        assertThat(version()).isEqualTo(3);
        assertThat(currentText()).isEqualTo(merged).contains(", Switzerland,", "grave consequences");
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aConflictingProposalOnAnOlderVersionIsResolvedByTheOrganiserAndNeverAcceptedAsItIs() {
        String v2 = MESSAGE.replace("are concerned", "are alarmed");
        long id = propose(torsten, "Calmer.", MESSAGE.replace("are concerned", "are worried"), null);
        proposals.edit(paragraphId, Viewer.of(authentication(organiser)), 1, v2, "Stronger.");

        var page = Pages.html(mvc.get().uri("/proposals/{id}", id).with(user(organiser)).exchange());
        assertThat(page.select(".conflict-notice").text()).contains("written on version 1", "changed the same words");
        assertThat(page.select("form[action$=/accept]")).as("no accepting as it is").isEmpty();
        assertThat(page.select(".conflict-now").text()).contains("Version 2:", "deleted: concerned", "inserted: alarmed");
        assertThat(page.select(".conflict-proposed").text()).contains("Proposal:", "deleted: concerned", "inserted: worried");
        String draft = page.select("textarea[name=text]").text();
        assertThat(draft).isEqualTo(MESSAGE.replace("are concerned", "are ⟦now: alarmed ‖ proposed: worried⟧"));
        assertThat(page.select("#edited-text").attr("aria-describedby")).as("the field names both its hints")
                .isEqualTo("edited-text-hint edited-text-conflicts");
        assertThat(page.select("#edited-text-conflicts.conflict-hint").text()).contains("conflict");
        assertThat(threadAs(organiser).getElementById("c-" + id).select(".rebased-conflict").text())
                .contains("Later versions changed the same words");

        var refused = Pages.html(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "2").exchange());
        assertThat(refused.select("[role=alert]").text()).contains("cannot be applied to the paragraph as it reads now");
        var markersLeft = Pages.html(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "2").param("text", draft).exchange());
        assertThat(markersLeft.select("[role=alert]").text()).contains("still holds a conflict");
        assertThat(markersLeft.select("textarea[name=text]").text()).as("what was typed comes back").isEqualTo(draft);
        assertThat(version()).isEqualTo(2);
        assertThat(status(id)).isEqualTo("OPEN");

        assertThat(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "2").param("text", MESSAGE.replace("are concerned", "are worried and alarmed")))
                .hasStatus3xxRedirection();
        assertThat(version()).isEqualTo(3);
        assertThat(currentText()).contains("are worried and alarmed");
        assertThat(status(id)).isEqualTo("ACCEPTED_WITH_EDITS");
    }

    @Test
    void aPassageProposalFollowsItsPassageWhenItMovedAndConflictsWhenItChanged() {
        String moved = "Participants are concerned about the safety of users. "
                + "CSA is currently increasing exponentially and has serious consequences.";
        long follows = propose(torsten, "Graver.", "has grave consequences", "has serious consequences");
        long conflicts = propose(ian, "Rising.", "is currently rising", "is currently increasing exponentially");
        proposals.edit(paragraphId, Viewer.of(authentication(organiser)), 1, moved, "Safety first.");
        proposals.edit(paragraphId, Viewer.of(authentication(organiser)), 2,
                moved.replace("increasing exponentially", "increasing fast"), "Less dramatic.");
        String current = moved.replace("increasing exponentially", "increasing fast");

        var clean = Pages.html(mvc.get().uri("/proposals/{id}", follows).with(user(organiser)).exchange());
        assertThat(clean.select(".stale").text()).contains("written on version 1", "now at version 3", "still there unchanged");
        assertThat(clean.select(".rebased-result .proposed-text").text())
                .isEqualTo(current.replace("has serious consequences", "has grave consequences"));
        assertThat(clean.select(".rebased-result .diff del").text()).isEqualTo("deleted: serious");

        var conflict = Pages.html(mvc.get().uri("/proposals/{id}", conflicts).with(user(organiser)).exchange());
        assertThat(conflict.select(".conflict-notice").text()).contains("written on version 1", "changed or moved");
        assertThat(conflict.select("form[action$=/accept]")).isEmpty();
        assertThat(conflict.select("textarea[name=text]").text()).as("the current text, not the old replacement").isEqualTo(current);
        assertThat(conflict.select(".since-written .diff").text()).contains("inserted: fast");
        assertThat(conflict.select(".proposal-change .diff").text()).contains("inserted: rising");
        var refused = Pages.html(mvc.post().uri("/proposals/{id}/accept", conflicts).with(user(organiser)).with(csrf())
                .param("expectedVersion", "3").exchange());
        assertThat(refused.select("[role=alert]").text()).contains("cannot be applied");
        assertThat(version()).isEqualTo(3);

        assertThat(mvc.post().uri("/proposals/{id}/accept", follows).with(user(organiser)).with(csrf())
                .param("expectedVersion", "3")).hasStatus3xxRedirection();
        assertThat(currentText()).isEqualTo(current.replace("has serious consequences", "has grave consequences"));
    }

    @Test
    void acceptingWithEditsCreditsTheAuthorTheSupportersAndTheOrganiserEverywhere() throws Exception {
        long id = acceptedWithEdits();

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange());
        assertThat(history.select("#v2 .version-credit").text()).isEqualTo(EDITED_CREDIT);
        assertThat(history.select("#v1 .version-credit").text()).isEqualTo("from the imported text");

        var note = threadAs(ian).select(".change-note").first();
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
        assertThat(csv.get("author")).isEqualTo("Torsten Example");
        assertThat(csv.get("decided_by")).isEqualTo("Olga Organiser");
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
                .isEqualTo("proposed by Torsten Example, supported by 1 participant, accepted by organiser Olga Organiser");
        assertThat(history.select("#v3 .version-credit").text()).isEqualTo("written by organiser Olga Organiser");
        assertThat(threadAs(ian).select(".change-note .change-intro .meta").eachText()).satisfiesExactly(
                newest -> assertThat(newest).startsWith("version 3, written by organiser Olga Organiser, "),
                older -> assertThat(older).startsWith("version 2, proposed by Torsten Example, supported by 1 participant, "
                        + "accepted by organiser Olga Organiser, "));
    }

    @Test
    void aDeletedProposerIsCreditedAsAFormerParticipant() {
        acceptedWithEdits();

        assertThat(mvc.post().uri("/profile/delete").with(user(torsten)).with(csrf()).param("password", "a long enough password"))
                .hasStatus3xxRedirection();

        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange());
        assertThat(history.select("#v2 .version-credit").text()).isEqualTo("proposed by a former participant, "
                + "supported by 2 participants, edited and accepted by organiser Olga Organiser");
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
        support(id, otherOrganiser);
        assertThat(mvc.post().uri("/proposals/{id}/accept-with-edits", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1").param("text", "CSA is increasing, with serious consequences.")
                .param("note", "Merged with the discussion.")).hasStatus3xxRedirection();
        return id;
    }

    private void support(long proposal, SignedInAccount who) {
        assertThat(mvc.post().uri("/comments/{id}/support", proposal).with(user(who)).with(csrf())).hasStatus3xxRedirection();
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

    private byte[] bytes(String path) {
        var result = mvc.get().uri("/c/" + slug + "/" + path).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String decideAt(CountDownLatch start, Callable<Integer> decision) throws Exception {
        start.await();
        try {
            return "version " + decision.call();
        } catch (ParagraphChanged changed) {
            return "changed: now " + changed.currentVersion();
        }
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
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus3xxRedirection();
        return jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(who.id()).query(Long.class).single();
    }

    private Document threadAs(SignedInAccount who) {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(who)).exchange());
    }

    private long session(long consultationId, String code, String title, SignedInAccount organiserAccount) {
        long id = jdbc.sql("INSERT INTO session (consultation_id, code, title) VALUES (?, ?, ?) RETURNING id")
                .params(consultationId, code, title).query(Long.class).single();
        jdbc.sql("INSERT INTO session_organiser (session_id, account_id) VALUES (?, ?)").params(id, organiserAccount.id()).update();
        return id;
    }

    private static org.springframework.security.core.Authentication authentication(SignedInAccount account) {
        return new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(account, null,
                account.getAuthorities());
    }

    private String currentText() {
        return jdbc.sql("SELECT v.text FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version WHERE p.id = ?")
                .params(paragraphId).query(String.class).single();
    }

    private int version() {
        return jdbc.sql("SELECT current_version FROM paragraph WHERE id = ?").params(paragraphId).query(Integer.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT proposal_status FROM comment WHERE id = ?").params(id).query(String.class).single();
    }

    private long commentCount() {
        return jdbc.sql("SELECT count(*) FROM comment WHERE paragraph_id = ?").params(paragraphId).query(Long.class).single();
    }
}
