package org.parley.discussion;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Programs are kept out with the default settings (3 seconds, 5 comments a minute), and an address
 * flood guard set low here (8 a minute) to reach it; people keep what they typed.
 */
@SpringBootTest(properties = {"parley.discussion.minimum-fill-time=3s", "parley.discussion.comments-per-minute=5",
        "parley.discussion.comments-per-hour=30", "parley.discussion.address-limit.per-minute=8",
        "parley.discussion.address-limit.per-hour=1000"})
@AutoConfigureMockMvc
class SpamDefenceTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    ConsultationService consultations;

    @Autowired
    FormStamps stamps;

    Discussions discussions;
    String slug;
    String anchor;

    @BeforeEach
    void openConsultation() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        slug = discussions.openConsultation();
        anchor = discussions.firstAnchor(slug);
    }

    @Test
    void aFilledHoneypotIsRefusedAndTheTextIsKept() {
        var me = discussions.participant("Honey Pot");
        var field = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(me)).exchange())
                .select("form.comment-form .hp-field input[name=website]").first();
        assertThat(field).isNotNull();
        assertThat(field.attr("tabindex")).isEqualTo("-1");
        assertThat(field.attr("autocomplete")).isEqualTo("off");
        assertThat(field.parent().attr("aria-hidden")).isEqualTo("true");

        var result = discussions.post(slug, anchor, me, "Buy cheap watches", stamps.stamp(Instant.now().minusSeconds(30)),
                "http://spam.example", "10.0.0.1");

        assertRefusedKeepingText(result, "Buy cheap watches", "a field that must stay empty was filled in");
    }

    @Test
    void aFormSentTooSoonIsRefusedAndTheTextIsKept() {
        var me = discussions.participant("Quick Fingers");
        String shownNow = discussions.shownAt(slug, anchor, me);

        var result = discussions.post(slug, anchor, me, "Typed in no time at all", shownNow, "", "10.0.0.2");

        assertRefusedKeepingText(result, "Typed in no time at all", "less than 3 seconds after the form was shown");
        assertThat(Pages.html(result).select("input[name=shownAt]").val()).as("the form keeps its time").isEqualTo(shownNow);
    }

    @Test
    void aForgedFormTimeIsRefused() {
        var me = discussions.participant("Forger");
        long longAgo = Instant.now().minusSeconds(3600).toEpochMilli();

        var result = discussions.post(slug, anchor, me, "Forged the time", longAgo + ".bm90LWEtc2lnbmF0dXJl", "", "10.0.0.3");

        assertRefusedKeepingText(result, "Forged the time", "This form was not recognised");
    }

    @Test
    void theSixthCommentInAMinuteIsRefusedAndTheTextIsKept() {
        var me = discussions.participant("Prolific");
        for (int i = 1; i <= 5; i++) {
            assertThat(discussions.post(slug, anchor, me, "Comment number " + i, stamps.stamp(Instant.now().minusSeconds(10)),
                    "", "10.0.0.4")).hasStatus3xxRedirection();
        }

        var sixth = discussions.post(slug, anchor, me, "The sixth comment", stamps.stamp(Instant.now().minusSeconds(10)), "",
                "10.0.0.5");
        assertRefusedKeepingText(sixth, "The sixth comment", "You have posted 5 comments in the last minute");
        assertThat(discussions.commentCount(slug)).isEqualTo(5);

        var neighbour = discussions.participant("Same Address");
        assertThat(discussions.post(slug, anchor, neighbour, "From the same address",
                stamps.stamp(Instant.now().minusSeconds(10)), "", "10.0.0.4")).as("someone else in the same room")
                .hasStatus3xxRedirection();
        assertThat(discussions.post(slug, anchor, neighbour, "From elsewhere", stamps.stamp(Instant.now().minusSeconds(10)),
                "", "10.0.0.6")).hasStatus3xxRedirection();
        assertThat(discussions.commentCount(slug)).isEqualTo(7);
    }

    @Test
    void aRoomSharingOneAddressPostsUntilTheFloodGuardWhichSaysWhatItCounted() {
        for (int person = 1; person <= 4; person++) {
            var participant = discussions.participant("Room Member " + person);
            for (int i = 1; i <= 2; i++) {
                assertThat(discussions.post(slug, anchor, participant, "Member " + person + " says " + i,
                        stamps.stamp(Instant.now().minusSeconds(10)), "", "192.0.2.44")).hasStatus3xxRedirection();
            }
        }

        var ninth = discussions.post(slug, anchor, discussions.participant("Latecomer"), "The ninth from the room",
                stamps.stamp(Instant.now().minusSeconds(10)), "", "192.0.2.44");
        assertRefusedKeepingText(ninth, "The ninth from the room", "8 comments came from your network in the last minute");
        assertThat(Pages.html(ninth).text()).doesNotContain("You have posted");
        assertThat(discussions.commentCount(slug)).isEqualTo(8);
    }

    private void assertRefusedKeepingText(MvcTestResult result, String text, String message) {
        assertThat(result).hasStatusOk();
        var page = Pages.html(result);
        assertThat(page.select("form.comment-form [role=alert]").text()).contains(message).contains("Your text is below");
        assertThat(page.select("form.comment-form textarea[name=body]").text()).isEqualTo(text);
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE body = :body").param("body", text).query(Long.class).single())
                .isZero();
    }
}
