package org.parley.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.TestSmtp;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 24: a reply reaches the person replied to — in the header's count, on /notifications, in
 * their daily digest with the words in it — and the digest's unsubscribe works signed out and
 * changes only that mail; mails wanted at once survive a mail server that is down, once each.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "parley.notifications.retry-every=PT1H"})
@AutoConfigureMockMvc
class NotificationFlowTest {

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
    NotificationMails mails;

    @Autowired
    MailPreferences preferences;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aReplyIsCountedListedOpenedInContextDigestedAndTheDigestUnsubscribedSignedOut() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var torsten = discussions.participant("Torsten Thread");
        var david = discussions.participant("David Reply");
        post(discussions, slug, anchor, torsten, "The UN convenes; it should not decide.", null);
        long torstensComment = discussions.lastCommentId(torsten);
        await().atMost(Duration.ofSeconds(10)).until(() -> follows(torsten, anchor));
        preferences.choose(torsten.id(), java.util.Map.of(NotificationKind.PROPOSAL, Frequency.WEEKLY));

        post(discussions, slug, anchor, david, "Convening is deciding what is on the table.", torstensComment);
        long reply = discussions.lastCommentId(david);
        await().atMost(Duration.ofSeconds(10)).until(() -> unread(torsten) == 1);

        assertThat(unread(david)).as("nobody is told of their own act").isZero();
        var page = Pages.html(mvc.get().uri("/notifications").with(user(torsten)).exchange());
        assertThat(page.select(".site-header .unread-count").text()).isEqualTo("1 unread");
        assertThat(page.select("li.notification.unread").text())
                .contains("David Reply replied to your comment on paragraph 1 of Digital cooperation",
                        "Convening is deciding what is on the table.");
        long notification = jdbc.sql("SELECT id FROM notification WHERE recipient_id = ?").params(torsten.id())
                .query(Long.class).single();
        assertThat(mvc.post().uri("/notifications/{id}/open", notification).with(user(torsten)).with(csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/comments/" + reply);
        assertThat(unread(torsten)).isZero();
        assertThat(mvc.post().uri("/notifications/{id}/open", notification).with(user(david)).with(csrf()))
                .as("someone else's notification").hasStatus(404);

        greenMail.reset();
        assertThat(mails.sendDigests(Frequency.DAILY)).isPositive();
        var digest = mailTo(torsten);
        assertThat(digest.getSubject()).isEqualTo("Parley: your daily digest (1 new)");
        assertThat(digest.getContent()).isInstanceOf(MimeMultipart.class);
        String body = GreenMailUtil.getBody(digest).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).contains("David Reply replied to your comment", "Convening is deciding what is on the table.",
                "The UN must be a convener of many voices.", "text/html", "text/plain");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:8080/notifications/unsubscribe/[0-9a-f-]{36}/DAILY>");
        assertThat(mails.sendDigests(Frequency.DAILY)).as("never twice").isZero();

        String path = unsubscribe.substring("<http://localhost:8080".length(), unsubscribe.length() - 1);
        assertThat(mvc.get().uri(path)).hasStatusOk().bodyText().contains("Stop these mails");
        assertThat(preferences.of(torsten.id()).get(NotificationKind.REPLY)).as("opening the link changes nothing")
                .isEqualTo(Frequency.DAILY);
        assertThat(mvc.post().uri(path).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).hasStatusOk().bodyText().contains("no more mails for the daily digest");
        var after = preferences.of(torsten.id());
        assertThat(after.get(NotificationKind.REPLY)).isEqualTo(Frequency.NEVER);
        assertThat(after.get(NotificationKind.PROPOSAL)).as("only that mail changes").isEqualTo(Frequency.WEEKLY);
        assertThat(mvc.post().uri(path.replaceAll("[0-9a-f-]{36}", UUID.randomUUID().toString()))).hasStatus(404);
    }

    @Test
    void repliesWantedAtOnceWhileTheMailServerIsDownArriveOnceEachWhenTheyAreDeliveredAgain() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var torsten = discussions.participant("Torsten Burst");
        var david = discussions.participant("David Burst");
        post(discussions, slug, anchor, torsten, "A comment that will get many replies.", null);
        long torstensComment = discussions.lastCommentId(torsten);
        preferences.choose(torsten.id(), java.util.Map.of(NotificationKind.REPLY, Frequency.AT_ONCE));

        greenMail.stop();
        for (int n = 1; n <= 5; n++) {
            post(discussions, slug, anchor, david, "Reply number " + n + ".", torstensComment);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> failedDeliveries(torsten) == 5);
        assertThat(pendingMails(torsten)).isEqualTo(5);

        greenMail.start();
        incomplete.resubmitIncompletePublications(publication -> true);
        await().atMost(Duration.ofSeconds(20)).until(() -> greenMail.getReceivedMessages().length >= 5);
        incomplete.resubmitIncompletePublications(publication -> true);
        Thread.sleep(1_000);

        var received = Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> to(mail).equals(torsten.getUsername()))
                .map(mail -> GreenMailUtil.getBody(mail).replaceAll("=\r\n", "")).toList();
        assertThat(received).hasSize(5);
        for (int n = 1; n <= 5; n++) {
            String reply = "Reply number " + n + ".";
            assertThat(received.stream().filter(text -> text.contains(reply))).as(reply).hasSize(1);
        }
        assertThat(pendingMails(torsten)).isZero();
    }

    @Test
    void aConsultationIsFollowedFromItsPageAndUnfollowedFromTheProfileAndAnUntickedBoxFollowsNothing() {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        long consultation = consultations.summary(slug).id();
        var carla = discussions.participant("Carla Follower");

        String link = Pages.html(mvc.get().uri("/c/{slug}", slug).with(user(carla)).exchange()).select(".follow-link a").attr("href");
        assertThat(link).isEqualTo("/follows?target=CONSULTATION&id=" + consultation);
        var ask = Pages.html(mvc.get().uri(link).with(user(carla)).exchange());
        assertThat(ask.select("main form button").text()).isEqualTo("Follow");
        assertThat(mvc.post().uri("/follows").with(user(carla)).with(csrf()).param("target", "CONSULTATION")
                .param("id", Long.toString(consultation)).param("back", "https://elsewhere.example/"))
                .hasRedirectedUrl("/notifications");
        var profile = Pages.html(mvc.get().uri("/profile").with(user(carla)).exchange());
        assertThat(profile.select(".follow-list li a").text()).isEqualTo("Digital cooperation (the whole consultation)");
        assertThat(mvc.post().uri("/follows/remove").with(user(carla)).with(csrf()).param("target", "CONSULTATION")
                .param("id", Long.toString(consultation)).param("back", "/profile")).hasRedirectedUrl("/profile");
        assertThat(Pages.html(mvc.get().uri("/profile").with(user(carla)).exchange()).select(".follow-list li")).isEmpty();

        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(carla)).with(csrf())
                .param("body", "Do not follow me.").param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, carla)).param("followShown", "true"))
                .hasStatus3xxRedirection();
        long posted = discussions.lastCommentId(carla);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE "
                + "completion_date IS NOT NULL AND serialized_event LIKE ?").params("%\"commentId\":" + posted + ",%")
                .query(Integer.class).single() == 1);
        assertThat(follows(carla, anchor)).as("the box was unticked").isFalse();
    }

    private boolean follows(SignedInAccount who, String anchor) {
        return jdbc.sql("SELECT count(*) FROM follow f JOIN paragraph p ON p.id = f.target_id "
                        + "WHERE f.account_id = ? AND f.target_kind = 'PARAGRAPH' AND p.anchor = ?")
                .params(who.id(), anchor).query(Integer.class).single() == 1;
    }

    private int unread(SignedInAccount who) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND read_at IS NULL").params(who.id())
                .query(Integer.class).single();
    }

    private int pendingMails(SignedInAccount who) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND mail_state = 'PENDING'")
                .params(who.id()).query(Integer.class).single();
    }

    /** The deliveries of this person's replies that failed: incomplete in the registry, their rows written. */
    private int failedDeliveries(SignedInAccount who) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication e
                        WHERE e.completion_date IS NULL AND e.event_type LIKE '%CommentPosted'
                          AND e.status = 'FAILED' AND EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = ?
                          AND e.serialized_event LIKE '%' || n.event_id || '%')""")
                .params(who.id()).query(Integer.class).single();
    }

    private void post(Discussions discussions, String slug, String anchor, SignedInAccount who, String body, Long parent) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who));
        if (parent != null) {
            request = request.param("parentId", parent.toString());
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    private MimeMessage mailTo(SignedInAccount who) {
        await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(mail -> to(mail).equals(who.getUsername())));
        List<MimeMessage> theirs = Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> to(mail).equals(who.getUsername())).toList();
        assertThat(theirs).hasSize(1);
        return theirs.get(0);
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
