package org.parley.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.StakeholderGroup;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty people post forty comments each to one paragraph at the same time, each comment in its own
 * transaction as a request would: every comment is there exactly once and every count agrees.
 * Sending the same form many times at once gives one comment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentCommentsTest {

    static final int CLIENTS = 50;
    static final int COMMENTS_EACH = 40;

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

    @Test
    void fiftyClientsPostingFortyCommentsEachToOneParagraphGiveExactlyTwoThousand() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        var participants = new Participants(accounts, jdbc);
        var people = new ArrayList<Long>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(participants.confirmed("Client " + i, StakeholderGroup.OTHER).id());
        }

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var clients = new ArrayList<Future<List<Long>>>();
        long began = System.nanoTime();
        for (long person : people) {
            clients.add(pool.submit(() -> {
                start.await();
                var ids = new ArrayList<Long>();
                for (int n = 0; n < COMMENTS_EACH; n++) {
                    ids.add(comments.post(new NewComment(slug, anchor, person, "Comment " + n + " by " + person, null, null,
                            null, null, UUID.randomUUID(), null, ProposalScope.PARAGRAPH)).id());
                }
                return ids;
            }));
        }
        start.countDown();
        var ids = new ArrayList<Long>();
        for (var client : clients) {
            ids.addAll(client.get());
        }
        pool.shutdown();
        System.out.printf("CONCURRENT %d comments by %d clients in %d ms%n", ids.size(), CLIENTS,
                (System.nanoTime() - began) / 1_000_000);

        int expected = CLIENTS * COMMENTS_EACH;
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
        assertThat(discussions.commentCount(slug)).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT count(DISTINCT body) FROM comment WHERE author_id IN (:people)").param("people", people)
                .query(Long.class).single()).as("no comment twice, none lost").isEqualTo(expected);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE author_id IN (:people) GROUP BY author_id")
                .param("people", people).query(Long.class).list()).hasSize(CLIENTS).containsOnly((long) COMMENTS_EACH);
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        assertThat(page.select("[id=" + anchor + "] .comment-count a").text()).isEqualTo("2,000 comments");
    }

    @Test
    void sendingTheSameFormTwentyTimesAtOnceGivesOneComment() throws Exception {
        var discussions = new Discussions(mvc, jdbc, accounts, consultations);
        String slug = discussions.openConsultation();
        String anchor = discussions.firstAnchor(slug);
        long author = new Participants(accounts, jdbc).confirmed("Double Clicker", StakeholderGroup.OTHER).id();
        var key = UUID.randomUUID();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        var sends = new ArrayList<Future<Long>>();
        for (int i = 0; i < 20; i++) {
            Callable<Long> send = () -> {
                start.await();
                return comments.post(new NewComment(slug, anchor, author, "Clicked many times.", null, null, null, null, key,
                        null, ProposalScope.PARAGRAPH)).id();
            };
            sends.add(pool.submit(send));
        }
        start.countDown();
        var ids = new ArrayList<Long>();
        for (var send : sends) {
            ids.add(send.get());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(discussions.commentCount(slug)).isEqualTo(1);
    }
}
