package org.parley.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.account.Viewer;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ConsultationStatusChanged;
import org.parley.discussion.CommentModerated;
import org.parley.discussion.CommentPosted;
import org.parley.discussion.CommentService;
import org.parley.proposal.ProposalDecided;
import org.parley.proposal.ProposalService;
import org.parley.session.SessionMarkedFinal;
import org.parley.session.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A Spring Modulith {@link Scenario} per event the notifications listen to: the act publishes its
 * event, and after the commit the listener writes the notifications of the people concerned — and
 * not of the one who acted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class NotificationScenariosTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalService proposals;

    @Autowired
    SessionService sessions;

    @Autowired
    Follows follows;

    Discussions discussions() {
        return new Discussions(mvc, jdbc, accounts, consultations);
    }

    @Test
    void aReplyTellsTheAuthorRepliedTo(Scenario scenario) {
        var discussions = discussions();
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var torsten = discussions.participant("Torsten Scenario");
        var david = discussions.participant("David Scenario");
        long parent = comment(discussions, slug, anchor, torsten, "First.", null);

        scenario.stimulate(() -> comment(discussions, slug, anchor, david, "A reply.", parent))
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(CommentPosted.class)
                .matching(posted -> parent == (posted.parentId() == null ? -1 : posted.parentId()))
                .toArriveAndVerify(posted -> awaitKinds(torsten, List.of("REPLY")));
        assertThat(kinds(david)).isEmpty();
    }

    @Test
    void aDecisionTellsTheProposalsAuthorAndTheFollowers(Scenario scenario) {
        var discussions = discussions();
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var author = discussions.participant("Pia Scenario");
        var follower = discussions.participant("Fred Scenario");
        var admin = discussions.admin("Ada Scenario");
        long proposal = discussions.propose(slug, anchor, author, "Plainer.", "The UN convenes many voices.");
        comment(discussions, slug, anchor, follower, "I follow this.", null);

        scenario.stimulate(() -> proposals.reject(proposal, new Viewer(admin.id(), true), "Not now."))
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(ProposalDecided.class)
                .matching(decided -> decided.proposalId() == proposal)
                .toArriveAndVerify(decided -> {
                    awaitKinds(author, List.of("YOUR_PROPOSAL_DECIDED"));
                    awaitKinds(follower, List.of("DECISION"));
                });
        assertThat(kinds(admin)).isEmpty();
    }

    @Test
    void aHiddenCommentTellsItsAuthorWithTheReason(Scenario scenario) {
        var discussions = discussions();
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var author = discussions.participant("Hanna Scenario");
        var moderator = discussions.admin("Moe Scenario");
        long comment = comment(discussions, slug, anchor, author, "Something off topic.", null);

        scenario.stimulate(() -> comments.hide(comment, moderator.id(), "Off topic."))
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(CommentModerated.class)
                .matching(moderated -> moderated.commentId() == comment)
                .toArriveAndVerify(moderated -> {
                    awaitKinds(author, List.of("COMMENT_HIDDEN"));
                    assertThat(jdbc.sql("SELECT reason FROM notification WHERE recipient_id = ?").params(author.id())
                            .query(String.class).single()).isEqualTo("Off topic.");
                });
    }

    @Test
    void aPublishedConsultationTellsItsFollowers(Scenario scenario) {
        var discussions = discussions();
        String slug = discussions.openConsultation();
        var follower = discussions.participant("Carla Scenario");
        long consultation = consultations.summary(slug).id();
        follows.follow(follower.id(), FollowTarget.CONSULTATION, consultation);

        scenario.stimulate(() -> consultations.changeStatus(slug, ConsultationStatus.PUBLISHED))
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(ConsultationStatusChanged.class)
                .matching(changed -> changed.consultationId() == consultation)
                .toArriveAndVerify(changed -> awaitKinds(follower, List.of("CONSULTATION_PUBLISHED")));
    }

    @Test
    void aSessionMarkedFinalTellsItsFollowers(Scenario scenario) {
        var discussions = discussions();
        String slug = discussions.openConsultation();
        var organiser = discussions.participant("Olga Scenario");
        var follower = discussions.participant("Sven Scenario");
        long session = discussions.organise(slug, organiser);
        follows.follow(follower.id(), FollowTarget.SESSION, session);
        follows.follow(organiser.id(), FollowTarget.SESSION, session);

        scenario.stimulate(() -> sessions.markFinal(session, organiser.id()))
                .andWaitAtMost(PATIENCE)
                .andWaitForEventOfType(SessionMarkedFinal.class)
                .matching(marked -> marked.sessionId() == session)
                .toArriveAndVerify(marked -> awaitKinds(follower, List.of("SESSION_FINAL")));
        assertThat(kinds(organiser)).as("nobody is told of their own act").isEmpty();
    }

    private long comment(Discussions discussions, String slug, String anchor, SignedInAccount who, String body, Long parent) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who));
        if (parent != null) {
            request = request.param("parentId", parent.toString());
        }
        assertThat(request).hasStatus3xxRedirection();
        return discussions.lastCommentId(who);
    }

    /** The listener runs after the event is handed over: wait for its rows. */
    private void awaitKinds(SignedInAccount who, List<String> expected) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> kinds(who).equals(expected));
    }

    private List<String> kinds(SignedInAccount who) {
        return jdbc.sql("SELECT kind FROM notification WHERE recipient_id = ? ORDER BY id").params(who.id())
                .query(String.class).list();
    }

}
