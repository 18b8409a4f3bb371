package org.parley.notification;

import org.parley.TestSmtp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.Discussions;
import org.parley.account.AccountService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people of a paragraph's discussion hear of the organisers' decision, unless they said no:
 * the author and the commenters (who follow the paragraph they commented on) in their daily digest,
 * through the notifications (decision 32); the decider is told nothing.
 */
@SpringBootTest(properties = "spring.mail.host=localhost")
@AutoConfigureMockMvc
class DecisionMailsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SERVER);

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
    NotificationMails digests;

    @Test
    void aRejectionIsMailedToTheAuthorAndTheOtherCommentersButNotToThoseWhoOptedOut() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = "mails-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "Mailed workshop", null, now.minus(1, ChronoUnit.DAYS),
                now.plus(1, ChronoUnit.DAYS)));
        imports.importText(slug, "The message as the workshop wrote it.", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        String anchor = discussions.firstAnchor(slug);
        var author = discussions.participant("Pia Proposer");
        var commenter = discussions.participant("Carl Commenter");
        var quiet = discussions.participant("Quentin Quiet");
        var admin = discussions.admin("Ada Admin");
        jdbc.sql("UPDATE account SET decision_mails = false WHERE id = ?").params(quiet.id()).update();

        post(slug, anchor, author, "Say it better.", "The message as the participants said it.", discussions);
        long proposal = jdbc.sql("SELECT max(id) FROM comment WHERE author_id = ?").params(author.id()).query(Long.class).single();
        post(slug, anchor, commenter, "I agree with Pia.", null, discussions);
        post(slug, anchor, quiet, "Me too, quietly.", null, discussions);
        greenMail.reset();

        assertThat(mvc.post().uri("/proposals/{id}/reject", proposal).with(user(admin)).with(csrf())
                .param("reason", "Not what the workshop said.")).hasStatus3xxRedirection();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notification WHERE kind IN ('DECISION', 'YOUR_PROPOSAL_DECIDED') AND comment_id = ?")
                .params(proposal).query(Integer.class).single() == 3);
        assertThat(digests.sendDigests(Frequency.DAILY)).isGreaterThanOrEqualTo(2);
        var received = Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> java.util.Set.of(author.getUsername(), commenter.getUsername(), quiet.getUsername(),
                        admin.getUsername()).contains(recipient(mail)))
                .toArray(jakarta.mail.internet.MimeMessage[]::new);
        assertThat(Arrays.stream(received).map(this::recipient))
                .containsExactlyInAnyOrder(author.getUsername(), commenter.getUsername());
        for (var mail : received) {
            String text = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
            assertThat(mail.getSubject()).isEqualTo("Parley: your daily digest (1 new)");
            assertThat(text).contains("Not what the workshop said.", "/comments/" + proposal);
            assertThat(text).contains(recipient(mail).equals(author.getUsername())
                    ? "The organisers did not accept your proposal for paragraph 1 of Mailed workshop"
                    : "The organisers did not accept the proposal of Pia Proposer for paragraph 1 of Mailed workshop");
        }
    }

    private void post(String slug, String anchor, org.parley.account.SignedInAccount who, String body, String proposed,
                      Discussions discussions) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who));
        if (proposed != null) {
            request = request.param("proposedText", proposed).param("proposalScope", "PARAGRAPH");
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    private String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
