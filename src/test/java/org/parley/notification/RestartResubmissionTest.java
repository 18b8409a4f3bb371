package org.parley.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.ParleyApplication;
import org.parley.TestDatabase;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Issue 24: the mail server stops in the middle of a burst of replies, Parley is stopped and started
 * again on the same database, the mail server comes back: every reply wanted at once arrives exactly
 * once. The second start finds the failed deliveries in the event publication registry and publishes
 * them again ({@code spring.modulith.events.republish-outstanding-events-on-restart}); nothing else
 * resubmits them here (the minute's retry is an hour away): with that property false, this test fails.
 */
class RestartResubmissionTest {

    static final int REPLIES_BEFORE_THE_STOP = 2;
    static final int REPLIES_WHILE_DOWN = 4;
    static final Duration WAIT = Duration.ofSeconds(30);

    final int smtpPort = freePort();
    final List<GreenMail> mailServers = new ArrayList<>();
    ConfigurableApplicationContext app;

    @AfterEach
    void stopEverything() {
        if (app != null) {
            app.close();
        }
        mailServers.forEach(GreenMail::stop);
    }

    @Test
    void repliesWhoseMailFailedBeforeARestartArriveOnceEachAfterIt() {
        var database = TestDatabase.create();
        var firstMailServer = startMailServer();
        app = start(database);
        var discussions = discussions();
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var torsten = discussions.participant("Torsten Restart");
        var david = discussions.participant("David Restart");
        post(discussions, slug, anchor, torsten, "A comment that will get a burst of replies.", null);
        long torstensComment = discussions.lastCommentId(torsten);
        app.getBean(MailPreferences.class).choose(torsten.id(), Map.of(NotificationKind.REPLY, Frequency.AT_ONCE));

        for (int n = 1; n <= REPLIES_BEFORE_THE_STOP; n++) {
            post(discussions, slug, anchor, david, reply(n), torstensComment);
        }
        await("the replies mailed before the stop").atMost(WAIT)
                .until(() -> mailsTo(torsten, firstMailServer).size() == REPLIES_BEFORE_THE_STOP);
        var received = new ArrayList<>(mailsTo(torsten, firstMailServer)); // a stopped GreenMail forgets its mails
        firstMailServer.stop();
        for (int n = REPLIES_BEFORE_THE_STOP + 1; n <= REPLIES_BEFORE_THE_STOP + REPLIES_WHILE_DOWN; n++) {
            post(discussions, slug, anchor, david, reply(n), torstensComment);
        }
        await("the deliveries that met the stopped mail server").atMost(WAIT)
                .until(() -> failedDeliveries() == REPLIES_WHILE_DOWN);
        assertThat(pendingMails(torsten)).isEqualTo(REPLIES_WHILE_DOWN);
        app.close();

        var secondMailServer = startMailServer();
        app = start(database);
        await("the failed deliveries published again at the start").atMost(WAIT)
                .until(() -> mailsTo(torsten, secondMailServer).size() >= REPLIES_WHILE_DOWN);
        await("the registry's bookkeeping").atMost(WAIT).until(() -> incompletePublications() == 0);

        received.addAll(mailsTo(torsten, secondMailServer));
        assertThat(received).hasSize(REPLIES_BEFORE_THE_STOP + REPLIES_WHILE_DOWN);
        for (int n = 1; n <= REPLIES_BEFORE_THE_STOP + REPLIES_WHILE_DOWN; n++) {
            String reply = reply(n);
            assertThat(received.stream().filter(text -> text.contains(reply))).as(reply).hasSize(1);
        }
        assertThat(pendingMails(torsten)).isZero();
        assertThat(mailsTo(david, secondMailServer)).as("nobody is told of their own act").isEmpty();
    }

    /** Command-line arguments, which application.properties cannot override (the builder's properties are defaults). */
    private ConfigurableApplicationContext start(TestDatabase.Database database) {
        return new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0", "--" + TestDatabase.OWN_DATABASE + "=true",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
                "--parley.notifications.retry-every=PT1H");
    }

    private GreenMail startMailServer() {
        var server = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        mailServers.add(server);
        return server;
    }

    private Discussions discussions() {
        var mvc = MockMvcTester.from((WebApplicationContext) app, builder -> builder.apply(springSecurity()).build());
        return new Discussions(mvc, jdbc(), app.getBean(AccountService.class), app.getBean(ConsultationService.class));
    }

    private void post(Discussions discussions, String slug, String anchor, SignedInAccount who, String body, Long parent) {
        var request = discussions.mvc().post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(user(who)).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString())
                .param("shownAt", discussions.shownAt(slug, anchor, who));
        if (parent != null) {
            request = request.param("parentId", parent.toString());
        }
        assertThat(request).hasStatus3xxRedirection();
    }

    private static String reply(int n) {
        return "Reply number " + n + " of the burst.";
    }

    private JdbcClient jdbc() {
        return app.getBean(JdbcClient.class);
    }

    private int failedDeliveries() {
        return jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
                .query(Integer.class).single();
    }

    private int incompletePublications() {
        return jdbc().sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Integer.class).single();
    }

    private int pendingMails(SignedInAccount who) {
        return jdbc().sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND mail_state = 'PENDING'")
                .params(who.id()).query(Integer.class).single();
    }

    private static List<String> mailsTo(SignedInAccount who, GreenMail server) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> to(mail).equals(who.getUsername()))
                .map(mail -> GreenMailUtil.getBody(mail).replace("=\r\n", "")).toList();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
