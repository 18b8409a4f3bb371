package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** People discussing a text: comments, passages, replies, edits, withdrawals and the links that find them. */
@SpringBootTest
@AutoConfigureMockMvc
class DiscussionFlowTest {

    static final String TEXT = """
            ## 4.3 The role of the UN

            The UN’s three foundational pillars – peace and security, human rights and development – position it well.

            Some UN agencies – such as UNICEF, UNESCO, the World Food Programme (WFP) – have made a priority of it. UNESCO leads the work.
            """;

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
    FormStamps stamps;

    Participants participants;
    Participants.Participant david;
    Participants.Participant torsten;
    String slug;
    String first;
    String second;

    @BeforeEach
    void openConsultationWithText() {
        participants = new Participants(accounts, jdbc);
        david = participants.confirmed("David Example", StakeholderGroup.PRIVATE_SECTOR);
        torsten = participants.confirmed("Torsten Example", StakeholderGroup.ACADEMIA);
        slug = "discussion-" + System.nanoTime();
        var now = Instant.now();
        consultations.create(new NewConsultation(slug, "The role of the UN", null,
                now.minus(1, ChronoUnit.DAYS), now.plus(7, ChronoUnit.DAYS)));
        imports.importText(slug, TEXT, ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        var anchors = jdbc.sql("SELECT p.anchor FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ? ORDER BY p.position")
                .params(slug).query(String.class).list();
        first = anchors.get(0);
        second = anchors.get(1);
    }

    @Test
    void aCommentOnAParagraphIsPublishedCountedAndListedAsRecent() {
        var result = post(david, first, "I *agree*: the pillars matter. See [the report](https://un.org/report).", null, null);

        long id = newestCommentId();
        assertThat(result).hasStatus3xxRedirection()
                .hasRedirectedUrl("/c/" + slug + "/p/" + first + "?comment=" + id + "#c-" + id);
        var thread = paragraphPage(first, null);
        var comment = thread.getElementById("c-" + id);
        assertThat(comment.select(".comment-author").text()).isEqualTo("David Example");
        assertThat(comment.select(".comment-affiliation").text()).isEqualTo("David Example Institute");
        assertThat(comment.select(".stakeholder").text()).isEqualTo("Private sector");
        assertThat(comment.select(".comment-body em").text()).isEqualTo("agree");
        assertThat(comment.select(".comment-body a").attr("rel")).contains("nofollow", "ugc");

        var page = consultationPage("");
        assertThat(page.getElementById(first).select(".comment-count a").text()).isEqualTo("1 comment");
        assertThat(page.getElementById(second).select(".comment-count a").text()).isEqualTo("No comments");
        assertThat(page.select(".recent-comments li").first().text()).contains("David Example", "on paragraph 1", "I agree");
        assertThat(page.select(".recent-comments li a").first().attr("href")).isEqualTo("/comments/" + id);
        assertThat(jdbc.sql("""
                        SELECT m.version_id = v.id FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version WHERE m.id = ?""")
                .params(id).query(Boolean.class).single()).as("the comment records the version it was written on").isTrue();
    }

    @Test
    void repliesNestUnderWhatTheyAnswerAndDeepOnesSayWhom() {
        post(david, first, "Top-level remark.", null, null);
        long parent = newestCommentId();
        for (int depth = 1; depth <= 6; depth++) {
            post(depth % 2 == 1 ? torsten : david, first, "Reply at depth " + depth, parent, null);
            parent = newestCommentId();
        }

        var comments = paragraphPage(first, null).select(".comment");
        assertThat(comments).hasSize(7);
        assertThat(comments.eachAttr("class")).containsExactly("comment indent-0", "comment indent-1", "comment indent-2",
                "comment indent-3", "comment indent-4", "comment indent-4", "comment indent-4");
        assertThat(comments.get(4).select(".in-reply-to")).isEmpty();
        assertThat(comments.get(5).select(".in-reply-to").text()).isEqualTo("in reply to David Example");
        assertThat(comments.get(6).select(".in-reply-to").text()).isEqualTo("in reply to Torsten Example");
    }

    @Test
    void aCommentOnAPassageKeepsTheQuoteAndMarksItWhenOpened() {
        post(david, second, "Which agencies exactly?", null, "UNESCO", "such as UNICEF, ");
        long id = newestCommentId();

        var stored = jdbc.sql("SELECT quote_exact, quote_prefix, quote_suffix, quote_start, quote_end FROM comment WHERE id = ?")
                .params(id).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getInt(4)), String.valueOf(rs.getInt(5)))).single();
        assertThat(stored.get(0)).isEqualTo("UNESCO");
        assertThat(stored.get(1)).endsWith("such as UNICEF, ");
        assertThat(stored.get(2)).startsWith(", the World Food Programme");
        assertThat(Integer.parseInt(stored.get(4)) - Integer.parseInt(stored.get(3))).isEqualTo(6);

        var page = seeInContext(id);
        assertThat(page.getElementById("c-" + id).select(".quote").text()).contains("UNESCO");
        var marks = page.getElementById("text-" + second).select("mark");
        assertThat(marks).hasSize(1);
        assertThat(marks.first().text()).isEqualTo("UNESCO");
        assertThat(marks.first().parent().text()).contains("such as UNICEF, UNESCO, the World");
    }

    @Test
    void aPassageCanBePickedFromTheSentencesInsteadOfSelected() {
        var form = paragraphPage(second, david.signedIn());
        var options = form.select("select[name=quotePick] option").eachAttr("value");
        assertThat(options).contains("UNESCO leads the work.");

        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, second).with(david.signedIn()).with(csrf())
                .param("body", "Does it?").param("quotePick", "UNESCO leads the work.")
                .param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", stamps.stamp())).hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT quote_exact FROM comment WHERE id = ?").params(newestCommentId()).query(String.class).single())
                .isEqualTo("UNESCO leads the work.");
    }

    @Test
    void aQuoteThatIsNotInTheParagraphIsRefusedAndTheTextKept() {
        var result = post(david, second, "My carefully written thoughts.", null, "words that are not there", null);

        assertThat(result).hasStatusOk();
        var page = Pages.html(result);
        assertThat(page.select("[role=alert]").text()).contains("The passage is not in this paragraph");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("My carefully written thoughts.");
        assertThat(page.select("input[name=quote]").val()).isEqualTo("words that are not there");
        assertThat(commentCount()).isZero();
    }

    @Test
    void theSeeInContextLinkOpensTheWholeTextAtTheThreadWithTheCommentMarked() {
        post(david, second, "Marked one.", null, null);
        long id = newestCommentId();

        assertThat(mvc.get().uri("/comments/{id}", id)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/c/" + slug + "?open=" + second + "&comment=" + id + "#c-" + id);
        var page = seeInContext(id);
        assertThat(page.select("h1").text()).isEqualTo("The role of the UN");
        assertThat(page.select(".paragraph")).hasSize(2);
        var thread = page.getElementById("thread-" + second);
        assertThat(thread.select(".comment")).hasSize(1);
        assertThat(thread.getElementById("c-" + id).hasClass("highlighted")).isTrue();
        assertThat(page.getElementById("thread-" + first).children()).isEmpty();
        assertThat(page.getElementById(second).select(".comment-count a").attr("aria-expanded")).isEqualTo("true");
        assertThat(mvc.get().uri("/comments/999999999")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void authorsEditForAWhileAndTheEarlierTextStaysReadable() {
        post(david, first, "First wording.", null, null);
        long id = newestCommentId();

        assertThat(mvc.post().uri("/comments/{id}/edit", id).with(david.signedIn()).with(csrf()).param("body", "Second wording."))
                .hasStatus3xxRedirection();
        var comment = paragraphPage(first, null).getElementById("c-" + id);
        assertThat(comment.select(".comment-body").text()).isEqualTo("Second wording.");
        assertThat(comment.select(".revisions summary").text()).startsWith("edited");
        assertThat(comment.select(".revision-body").text()).isEqualTo("First wording.");

        assertThat(mvc.post().uri("/comments/{id}/edit", id).with(torsten.signedIn()).with(csrf()).param("body", "Hijacked."))
                .hasStatus(HttpStatus.FORBIDDEN);
        jdbc.sql("UPDATE comment SET created_at = now() - interval '2 hours' WHERE id = ?").params(id).update();
        var late = Pages.html(mvc.post().uri("/comments/{id}/edit", id).with(david.signedIn()).with(csrf())
                .param("body", "Third wording, too late.").exchange());
        assertThat(late.select("[role=alert]").text()).contains("can be edited for 30 minutes");
        assertThat(late.select("textarea[name=body]").text()).isEqualTo("Third wording, too late.");
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").params(id).query(String.class).single()).isEqualTo("Second wording.");
    }

    @Test
    void aWithdrawnCommentKeepsItsPlaceSoRepliesStillMakeSense() {
        post(david, first, "Something I regret.", null, null);
        long id = newestCommentId();
        post(torsten, first, "I disagree with David.", id, null);

        assertThat(mvc.post().uri("/comments/{id}/withdraw", id).with(torsten.signedIn()).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/comments/{id}/withdraw", id).with(david.signedIn()).with(csrf()))
                .hasStatus3xxRedirection();

        var thread = paragraphPage(first, null);
        assertThat(thread.getElementById("c-" + id).text()).contains("Withdrawn by the author.").doesNotContain("regret");
        assertThat(thread.select(".comment").get(1).text()).contains("I disagree with David.");
        assertThat(thread.select(".comment").get(1).hasClass("indent-1")).isTrue();
        assertThat(consultationPage("").getElementById(first).select(".comment-count a").text()).isEqualTo("1 comment");
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").params(id).query(String.class).single())
                .as("nothing a participant wrote is lost").isEqualTo("Something I regret.");
    }

    @Test
    void sendingTheSameFormTwiceMakesOneComment() {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, first).with(david.signedIn()).with(csrf())
                    .param("body", "Clicked twice.").param("idempotencyKey", key).param("shownAt", stamps.stamp())).hasStatus3xxRedirection();
        }

        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void aFormSentAgainAfterItWasTakenGetsItsCommentEvenWhenPostingWouldNowBeRefused() {
        String key = UUID.randomUUID().toString();
        String stamp = stamps.stamp();
        var taken = sendForm(key, stamp);
        consultations.changeStatus(slug, ConsultationStatus.CLOSED);

        var again = sendForm(key, stamp);

        assertThat(again).hasStatus3xxRedirection().hasRedirectedUrl(taken.getResponse().getRedirectedUrl());
        assertThat(commentCount()).isEqualTo(1);
    }

    private MvcTestResult sendForm(String idempotencyKey, String shownAt) {
        return mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, first).with(david.signedIn()).with(csrf())
                .param("body", "Sent before the close.").param("idempotencyKey", idempotencyKey).param("shownAt", shownAt)
                .exchange();
    }

    @Test
    void aClosedConsultationRefusesCommentsAndKeepsTheText() {
        consultations.changeStatus(slug, ConsultationStatus.CLOSED);

        var result = post(david, first, "Late but important.", null, null);

        var page = Pages.html(result);
        assertThat(page.select("[role=alert]").text()).contains("Comments are closed");
        assertThat(page.select("textarea[readonly]").text()).isEqualTo("Late but important.");
        assertThat(commentCount()).isZero();
        assertThat(paragraphPage(first, null).select(".banner-closed").text()).contains("Comments are closed");
        assertThat(paragraphPage(first, null).select("form.comment-form")).isEmpty();
    }

    @Test
    void anUnconfirmedParticipantIsAskedToConfirmFirstAndKeepsTheText() {
        var newcomer = participants.unconfirmed("New Comer");

        var page = Pages.html(post(newcomer, first, "My first comment.", null, null));

        assertThat(page.select("[role=alert]").text()).contains("Confirm your email address first");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo("My first comment.");
        assertThat(commentCount()).isZero();
    }

    @Test
    void anOverlongCommentIsRefusedWithItsLengthAndKeptWhole() {
        String longText = "word ".repeat(1200).strip();

        var page = Pages.html(post(david, first, longText, null, null));

        assertThat(page.select("[role=alert]").text()).contains("5,999 characters", "at most 5,000");
        assertThat(page.select("textarea[name=body]").text()).isEqualTo(longText);
        assertThat(commentCount()).isZero();
    }

    @Test
    void scriptInACommentIsShownAsTextAndNeverRuns() {
        post(david, first, "<script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2))", null, null);

        var comment = paragraphPage(first, null).getElementById("c-" + newestCommentId());
        assertThat(comment.select("script, img, [onerror]")).isEmpty();
        assertThat(comment.select(".comment-body a").attr("href")).doesNotContain("javascript");
        assertThat(comment.select(".comment-body").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void visitorsReadThreadsAndAreInvitedToSignIn() {
        post(david, first, "Visible to all.", null, null);

        var page = paragraphPage(first, null);
        assertThat(page.select(".comment-body").text()).isEqualTo("Visible to all.");
        assertThat(page.select("form.comment-form")).isEmpty();
        assertThat(page.select(".sign-in-to-comment a").attr("href")).isEqualTo("/login");
        assertThat(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, first).with(csrf()).param("body", "Anonymous?"))
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(commentCount()).isEqualTo(1);
    }

    @Test
    void withHtmxTheThreadOpensAndPostsInPlace() {
        var open = mvc.get().uri("/c/{slug}/p/{anchor}", slug, second).header("HX-Request", "true").with(david.signedIn()).exchange();
        var fragment = Pages.html(open);
        assertThat(fragment.select("html > head > title")).isEmpty();
        assertThat(fragment.select("section.thread form.comment-form")).hasSize(1);
        assertThat(fragment.getElementById("text-" + second).attr("data-hx-swap-oob")).isEqualTo("true");

        var posted = Pages.html(mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, second).header("HX-Request", "true")
                .with(david.signedIn()).with(csrf()).param("body", "Posted in place.")
                .param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", stamps.stamp()).exchange());
        assertThat(posted.select(".comment.highlighted .comment-body").text()).isEqualTo("Posted in place.");
        assertThat(posted.select("[role=status]").text()).isEqualTo("Your comment is published.");
        assertThat(posted.select("textarea[name=body]").text()).as("a fresh form").isEmpty();
    }

    @Test
    void noPageShowsAParticipantsEmail() {
        post(david, first, "Mind my privacy.", null, null);
        post(torsten, first, "Mine too.", newestCommentId(), null);

        for (String html : List.of(body(mvc.get().uri("/c/{slug}", slug).exchange()),
                body(mvc.get().uri("/c/{slug}/p/{anchor}", slug, first).with(torsten.signedIn()).exchange()),
                body(mvc.get().uri("/c/{slug}?open={anchor}", slug, first).exchange()),
                body(mvc.get().uri("/").exchange()))) {
            assertThat(html).doesNotContain(david.email()).doesNotContain(torsten.email()).doesNotContain("@example.org");
        }
    }

    private MvcTestResult post(Participants.Participant who, String anchor, String body, Long parentId, String quote) {
        return post(who, anchor, body, parentId, quote, null);
    }

    private MvcTestResult post(Participants.Participant who, String anchor, String body, Long parentId, String quote,
                               String prefix) {
        var request = mvc.post().uri("/c/{slug}/p/{anchor}/comments", slug, anchor).with(who.signedIn()).with(csrf())
                .param("body", body).param("idempotencyKey", UUID.randomUUID().toString()).param("shownAt", stamps.stamp());
        if (parentId != null) {
            request = request.param("parentId", parentId.toString());
        }
        if (quote != null) {
            request = request.param("quote", quote);
        }
        if (prefix != null) {
            request = request.param("quotePrefix", prefix);
        }
        return request.exchange();
    }

    private Document paragraphPage(String anchor, RequestPostProcessor as) {
        var request = mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor);
        return Pages.html(as == null ? request.exchange() : request.with(as).exchange());
    }

    private Document consultationPage(String query) {
        return Pages.html(mvc.get().uri("/c/" + slug + query).exchange());
    }

    private Document seeInContext(long id) {
        String target = mvc.get().uri("/comments/{id}", id).exchange().getResponse().getRedirectedUrl();
        return Pages.html(mvc.get().uri(target.substring(0, target.indexOf('#'))).exchange());
    }

    private long newestCommentId() {
        return jdbc.sql("""
                        SELECT max(m.id) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?""")
                .params(slug).query(Long.class).single();
    }

    private long commentCount() {
        return jdbc.sql("""
                        SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = ?""")
                .params(slug).query(Long.class).single();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A thread longer than a page: fifty conversations at a time, and every way to a comment opens its page. */
    @Nested
    class LongThread {

        static final int CONVERSATIONS = ThreadPage.SIZE + 1;

        long lastConversation;
        long lastReply;

        @BeforeEach
        void oneConversationMoreThanAPageOnTheFirstParagraph() {
            var ids = paragraphAndVersion();
            var started = Instant.now().minus(2, ChronoUnit.HOURS);
            for (int i = 1; i <= CONVERSATIONS; i++) {
                lastConversation = insert(ids, null, "Conversation " + i, started.plusSeconds(i));
            }
            lastReply = insert(ids, lastConversation, "A reply to the last", started.plusSeconds(CONVERSATIONS + 1));
        }

        private long[] paragraphAndVersion() {
            return jdbc.sql("""
                            SELECT p.id, v.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                            JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                            WHERE c.slug = ? AND p.anchor = ?""")
                    .params(slug, first).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        }

        private long insert(long[] paragraphAndVersion, Long parentId, String body, Instant at) {
            return jdbc.sql("""
                            INSERT INTO comment (paragraph_id, version_id, author_id, parent_id, body, body_html, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(paragraphAndVersion[0], paragraphAndVersion[1], david.id(), parentId, body, "<p>" + body + "</p>",
                            Timestamp.from(at))
                    .query(Long.class).single();
        }

        @Test
        void theFirstPageShowsFiftyConversationsCountsThemAllAndLinksToTheRest() {
            var page = page("");

            assertThat(page.select(".comments > li.indent-0")).hasSize(ThreadPage.SIZE);
            assertThat(page.getElementById("c-" + lastConversation)).isNull();
            assertThat(page.select(".thread-heading").text()).contains("(" + (CONVERSATIONS + 1) + ")");
            assertThat(page.select(".thread-pages").first().text()).contains("Conversations 1 to 50 of 51");
            assertThat(page.select(".thread-pages a[rel=prev]")).isEmpty();
            assertThat(page.select(".thread-pages a[rel=next]").first().attr("href"))
                    .isEqualTo("/c/" + slug + "/p/" + first + "?page=2#thread-heading-" + first);
            assertThat(page.select(".thread-pages a:not([rel])")).as("first and latest, with only two pages").isEmpty();
        }

        @Test
        void withThreePagesOrMoreTheFirstAndTheLatestAreOneStepAway() {
            var ids = paragraphAndVersion();
            var started = Instant.now().minus(1, ChronoUnit.HOURS);
            for (int i = 1; i <= ThreadPage.SIZE; i++) {
                insert(ids, null, "Later conversation " + i, started.plusSeconds(i));
            }

            var firstPage = page("");
            var lastPage = page("?page=3");

            assertThat(firstPage.select(".thread-pages").first().select("a:not([rel])")).extracting(a -> a.text() + " " + a.attr("href"))
                    .containsExactly("Latest conversations /c/" + slug + "/p/" + first + "?page=3#thread-heading-" + first);
            assertThat(lastPage.select(".thread-pages").first().select("a:not([rel])")).extracting(a -> a.text() + " " + a.attr("href"))
                    .containsExactly("First conversations /c/" + slug + "/p/" + first + "?page=1#thread-heading-" + first);
            assertThat(lastPage.select(".thread-pages").first().text()).contains("Conversations 101 to 101 of 101");
        }

        @Test
        void theNextPageHasTheLastConversationWithItsReply() {
            var page = page("?page=2");

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
            var onParagraphPage = page("?comment=" + lastReply);

            for (var page : List.of(inPlace, onParagraphPage)) {
                assertThat(page.getElementById("c-" + lastReply).hasClass("highlighted")).isTrue();
                assertThat(page.select(".thread-pages").first().text()).contains("Conversations 51 to 51 of 51");
            }
        }

        @Test
        void aPageBeyondTheLastShowsTheLastAndAWordInsteadOfANumberIsRefused() {
            assertThat(page("?page=9").getElementById("c-" + lastConversation)).isNotNull();
            assertThat(mvc.get().uri("/c/" + slug + "/p/" + first + "?page=last")).hasStatus(400);
        }

        private Document page(String query) {
            return Pages.html(mvc.get().uri("/c/" + slug + "/p/" + first + query).exchange());
        }
    }
}
