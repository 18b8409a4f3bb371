package org.parley.consultation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A paragraph's history page: its versions newest first with who, why and what changed, and any two compared. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryPageTest {

    static final String V1 = "The UN should convene all stakeholders.";
    static final String V2 = "The UN should bring together all stakeholders.";
    static final String V3 = "The UN must convene all stakeholders, early and often.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsultationService consultations;

    @Autowired
    TextService texts;

    @Autowired
    ReadingService reading;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    String slug;
    String anchor;
    String otherAnchor;
    long paragraphId;
    long organiserId;

    @BeforeEach
    void paragraphWithThreeVersions() {
        slug = consultation(ConsultationStatus.OPEN);
        var paragraphs = jdbc.sql("SELECT anchor FROM paragraph WHERE consultation_id = (SELECT id FROM consultation WHERE slug = ?) ORDER BY position")
                .params(slug).query(String.class).list();
        anchor = paragraphs.get(0);
        otherAnchor = paragraphs.get(1);
        paragraphId = reading.paragraph(slug, anchor, false).id();
        String email = "ana-" + UUID.randomUUID() + "@example.org";
        accounts.createIfAbsent(new NewAccount(email, "a long enough password", "Ana Organiser", Role.PARTICIPANT,
                null, StakeholderGroup.CIVIL_SOCIETY, null));
        organiserId = accounts.idOf(email).orElseThrow();
        assertThat(texts.appendVersion(new NewVersion(paragraphId, 1, V2, VersionSource.ORGANISER_EDIT,
                "A plainer verb.", organiserId, null))).isEqualTo(2);
        assertThat(texts.appendVersion(new NewVersion(paragraphId, 2, V3, VersionSource.RESTORE,
                "Back to convening, and when.", organiserId, null))).isEqualTo(3);
    }

    @Test
    void showsEveryVersionNewestFirstWithSourceNoteAuthorAndDiff() {
        var result = mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange();
        assertThat(result).hasStatusOk();
        var page = Pages.html(result);

        assertThat(page.select("h1").text()).isEqualTo("History of paragraph 1");
        assertThat(page.select(".history-current .paragraph-text").text()).isEqualTo(V3);
        var versions = page.select(".versions > li");
        assertThat(versions.select("h3").eachText()).containsExactly("Version 3", "Version 2", "Version 1");
        assertThat(versions.select(".version-source").eachText()).containsExactly("restored", "organiser edit", "imported");
        assertThat(versions.select(".change-note").eachText())
                .containsExactly("Change note: Back to convening, and when.", "Change note: A plainer verb.");
        assertThat(versions.select(".version-credit").eachText()).containsExactly("restored by organiser Ana Organiser",
                "written by organiser Ana Organiser", "from the imported text");
        assertThat(versions.get(2).select(".diff")).isEmpty();
        assertThat(versions.get(2).select("time").attr("datetime")).endsWith("Z");

        var v2 = versions.get(1);
        assertThat(v2.select(".diff del").eachText()).containsExactly("deleted: convene");
        assertThat(v2.select(".diff ins").eachText()).containsExactly("inserted: bring together");
        assertThat(v2.select(".diff-summary").text()).isEqualTo("Changes from version 1 2 words inserted, 1 deleted");
        var v3 = versions.get(0);
        assertThat(v3.select(".diff del").eachText()).containsExactly("deleted: should bring together");
        assertThat(v3.select(".diff ins").eachText()).containsExactly("inserted: must convene", "inserted: , early and often");
        assertThat(page.select(".versions a[href^=/comments/]")).isEmpty();
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
    }

    @Test
    void comparesAnyTwoVersions() {
        var page = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history?from=1&to=3", slug, anchor).exchange());

        var comparison = page.select(".comparison");
        assertThat(comparison.select("h3").text()).isEqualTo("Version 1 compared with version 3");
        assertThat(comparison.select("del").eachText()).containsExactly("deleted: should");
        assertThat(comparison.select("ins").eachText()).containsExactly("inserted: must", "inserted: , early and often");
        assertThat(comparison.select(".diff-summary").text()).isEqualTo("4 words inserted, 1 deleted");
        assertThat(page.select("#compare-from option[selected]").text()).isEqualTo("1");
        assertThat(page.select("#compare-to option[selected]").text()).isEqualTo("3");
        assertThat(page.select("form.compare-form").attr("method")).isEqualTo("get");
    }

    @Test
    void badVersionNumbersAreA400ThatSaysWhy() {
        var notANumber = mvc.get().uri("/c/{slug}/p/{anchor}/history?from=one&to=3", slug, anchor).exchange();
        assertThat(notANumber).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Pages.html(notANumber).select(".problem").text())
                .isEqualTo("The versions in the address must be version numbers, such as 1 or 3.");

        var unknown = mvc.get().uri("/c/{slug}/p/{anchor}/history?from=1&to=9", slug, anchor).exchange();
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Pages.html(unknown).select(".problem").text())
                .isEqualTo("This paragraph has no version 9: its versions are numbered 1 to 3.");
        assertThat(Pages.html(unknown).select(".error-page a").attr("href"))
                .isEqualTo("/c/" + slug + "/p/" + anchor + "/history");

        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history?from=1", slug, anchor)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history?from=0&to=2", slug, anchor)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history?from=99999999999&to=2", slug, anchor)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aStaleVersionIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> texts.appendVersion(new NewVersion(paragraphId, 2, "Someone else's wording.",
                VersionSource.ORGANISER_EDIT, null, organiserId, null)))
                .isInstanceOfSatisfying(ParagraphChanged.class, changed -> assertThat(changed.currentVersion()).isEqualTo(3));

        assertThat(texts.versions(paragraphId)).extracting(VersionView::text).containsExactly(V1, V2, V3);
        assertThat(reading.paragraph(slug, anchor, false).version()).isEqualTo(3);
    }

    @Test
    void anAcceptedProposalLinksToTheProposal() {
        long versionId = reading.paragraph(slug, anchor, false).versionId();
        long proposalId = jdbc.sql("""
                        INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, proposed_text, proposal_status)
                        VALUES (?, ?, ?, 'Shorter, please.', '<p>Shorter, please.</p>', 'The UN convenes.', 'ACCEPTED')
                        RETURNING id""")
                .params(paragraphId, versionId, organiserId).query(Long.class).single();
        texts.appendVersion(new NewVersion(paragraphId, 3, "The UN convenes.", VersionSource.PROPOSAL, null,
                organiserId, proposalId));

        var newest = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, anchor).exchange()).select(".versions > li").first();

        assertThat(newest.select(".version-source").text()).isEqualTo("accepted proposal");
        assertThat(newest.select("a.version-proposal").attr("href")).isEqualTo("/comments/" + proposalId);
        assertThat(newest.select("a.version-proposal").text()).isEqualTo("the proposal");
        assertThat(newest.select(".change-note")).isEmpty();
    }

    @Test
    void theParagraphPageAndTheReadingPageLinkToTheHistory() {
        var paragraphPage = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchor).exchange());
        assertThat(paragraphPage.select(".history-link a").text()).isEqualTo("History (3 versions)");
        assertThat(paragraphPage.select(".history-link a").attr("href")).isEqualTo("/c/" + slug + "/p/" + anchor + "/history");
        assertThat(Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, otherAnchor).exchange())
                .select(".history-link a").text()).isEqualTo("History (1 version)");

        var reading = Pages.html(mvc.get().uri("/c/{slug}", slug).exchange());
        var marker = reading.select("#" + anchor + " .version-marker a");
        assertThat(marker.attr("href")).isEqualTo("/c/" + slug + "/p/" + anchor + "/history");
        assertThat(marker.select("span").first().text()).isEqualTo("v3");
        assertThat(marker.text()).isEqualTo("v3: paragraph 1 is at version 3, see its history");
        assertThat(reading.select("#" + otherAnchor + " .version-marker")).isEmpty();
        assertThat(reading.select("#" + anchor + " .comment-count").text()).isEqualTo("No comments");
    }

    @Test
    void theHistoryOfADraftIsOnlyForAdmins() {
        String draft = consultation(ConsultationStatus.DRAFT);
        String draftAnchor = jdbc.sql("SELECT anchor FROM paragraph WHERE consultation_id = (SELECT id FROM consultation WHERE slug = ?) ORDER BY position LIMIT 1")
                .params(draft).query(String.class).single();

        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history", draft, draftAnchor)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history", draft, draftAnchor).with(user("reader@example.org")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history", draft, draftAnchor).with(user("admin@example.org").roles("ADMIN")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/c/{slug}/p/{anchor}/history", slug, "p-nothere")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private String consultation(ConsultationStatus status) {
        String slug = "history-" + System.nanoTime();
        consultations.create(new NewConsultation(slug, "History test", "About history", null, null));
        texts.writeText(slug, new TextOutline(List.of(new SectionOutline("1", "Roles", List.of(
                new ParagraphOutline(ParagraphKind.PARAGRAPH, V1, "<p>" + V1 + "</p>"),
                new ParagraphOutline(ParagraphKind.PARAGRAPH, "Another paragraph.", "<p>Another paragraph.</p>")),
                List.of()))));
        consultations.changeStatus(slug, status);
        return slug;
    }
}
