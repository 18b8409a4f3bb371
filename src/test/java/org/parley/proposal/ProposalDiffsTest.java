package org.parley.proposal;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.SignedInAccount;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.Diffs;
import org.parley.consultation.NewConsultation;
import org.parley.consultation.WordDiff;
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
 * The word diffs of proposals and versions as readers see them: the rendered words with their
 * formatting, never Markdown; and computed once, within a bounded number of steps, however long
 * the proposals (docs/security.md, "Long proposals").
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalDiffsTest {

    private static final String CONVENER = "**As a convener**, the UN brings *many* people together.";

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
    Diffs diffs;

    Discussions discussions;
    SignedInAccount organiser;
    String slug;
    String anchor;

    @BeforeEach
    void aWorkshopWithABoldNamedParagraph() {
        discussions = new Discussions(mvc, jdbc, accounts, consultations);
        organiser = discussions.participant("Olga Organiser");
        slug = "diffs-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "Roles of the UN", null, null, null));
        imports.importText(slug, "## Roles\n\n" + CONVENER + "\n", ImportFormat.MARKDOWN);
        consultations.changeStatus(slug, ConsultationStatus.OPEN);
        anchor = discussions.firstAnchor(slug);
        discussions.organise(slug, organiser);
    }

    @Test
    void theProposalTheDeskAndTheHistoryShowTheRenderedWordsWithTheirFormattingAndTheChangesMarked() {
        long id = propose(discussions.participant("Ana"), CONVENER.replace("*many* people", "*all* stakeholders"));

        var proposal = thread().getElementById("c-" + id);
        assertRenderedDiff(proposal.selectFirst(".diff"));
        var after = proposal.selectFirst(".change-after-text");
        assertThat(after.html()).doesNotContain("**");
        assertThat(after.select("strong").text()).isEqualTo("As a convener");

        var desk = Pages.html(mvc.get().uri("/proposals").with(user(organiser)).exchange());
        assertRenderedDiff(desk.selectFirst(".diff"));

        assertThat(mvc.post().uri("/proposals/{id}/accept", id).with(user(organiser)).with(csrf())
                .param("expectedVersion", "1")).hasStatus3xxRedirection();
        var history = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).with(user(organiser)).exchange());
        assertRenderedDiff(history.selectFirst(".diff"));
        assertRenderedDiff(thread().selectFirst(".diff"));
    }

    private static void assertRenderedDiff(Element diff) {
        assertThat(diff).isNotNull();
        assertThat(diff.html()).doesNotContain("**", "*all*", "*many*");
        assertThat(diff.select("strong").text()).isEqualTo("As a convener");
        assertThat(diff.select("del").text()).isEqualTo("deleted: many people");
        assertThat(diff.select("del em").text()).isEqualTo("many");
        assertThat(diff.select("ins").text()).isEqualTo("inserted: all stakeholders");
        assertThat(diff.select("ins em").text()).isEqualTo("all");
    }

    @Test
    void longProposalsAreDiffedOnceWithinTheStepBudget() {
        int proposals = 3;
        for (int i = 0; i < proposals; i++) {
            // 20,000 characters sharing many words with each other but in no common order: Myers' worst case
            propose(discussions.participant("Long " + i), longText(i));
        }
        long computedBefore = diffs.computed();
        long stepsBefore = diffs.steps();

        var page = thread();

        assertThat(page.select(".proposal .diff")).hasSize(proposals);
        long computed = diffs.computed() - computedBefore;
        assertThat(computed).as("one diff per proposal").isBetween(1L, (long) proposals);
        assertThat(diffs.steps() - stepsBefore).as("each diff within its budget")
                .isLessThanOrEqualTo(computed * (WordDiff.MAX_STEPS + 60_000));

        long computedOnce = diffs.computed();
        thread();
        Pages.html(mvc.get().uri("/proposals").with(user(organiser)).exchange());
        assertThat(diffs.computed()).as("the page and the desk again: no new diff").isEqualTo(computedOnce);
    }

    private static String longText(int seed) {
        String text = IntStream.range(0, 4_000).mapToObj(i -> "w" + ((i * (7 + 2 * seed)) % 97))
                .collect(Collectors.joining(" "));
        return text.substring(0, Math.min(text.length(), 19_990)) + ".";
    }

    private Element thread() {
        return Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).with(user(organiser)).exchange());
    }

    private long propose(SignedInAccount who, String proposedText) {
        return discussions.propose(slug, anchor, who, "A better wording.", proposedText);
    }
}
