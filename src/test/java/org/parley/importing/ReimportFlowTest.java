package org.parley.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Discussions;
import org.parley.Pages;
import org.parley.account.AccountService;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.NewConsultation;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.HistoricComment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The seed report (section 4.3 of the Age of Digital Interdependence) with 22 comments, re-imported
 * with paragraphs edited, reordered, split, merged, added and removed: every comment ends on the
 * paragraph it was about, or detached on it, or on a removed paragraph — never lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReimportFlowTest {

    private static final RequestPostProcessor ADMIN = user("admin@example.org").roles("ADMIN");
    private static final RequestPostProcessor PARTICIPANT = user("participant@example.org").roles("PARTICIPANT");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ImportService imports;
    @Autowired
    DiscussionHistoryWriter history;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private String slug;
    private org.parley.account.SignedInAccount david;
    private List<String> old;
    private final Map<String, Long> comment = new LinkedHashMap<>();

    @BeforeEach
    void seedReportWithComments() {
        slug = "reimport-" + UUID.randomUUID().toString().substring(0, 8);
        consultations.create(new NewConsultation(slug, "The role of the UN", null, null, null));
        imports.importText(slug, Outlines.demo("age-of-digital-interdependence.md"), ImportFormat.MARKDOWN);
        old = paragraphTexts();
        assertThat(old).hasSize(16);
        var helper = new Discussions(mvc, jdbc, accounts, consultations);
        david = helper.participant("David");
        long davidId = david.id();
        long torsten = helper.participant("Torsten").id();

        comment("c1", 1, davidId, null, null);
        comment("c2", 1, torsten, null, "three foundational pillars");
        comment("c3", 1, davidId, null, "despite its well-known weaknesses");
        comment("c4", 2, torsten, null, null);
        comment("c5", 2, davidId, null, "providing new tools for its core mandates");
        comment("c6", 3, torsten, null, null);
        comment("c7", 4, davidId, null, "causing overlaps and friction");
        comment("c8", 5, torsten, null, null);
        comment("c9", 5, davidId, null, "often without sharing information");
        comment("c10", 14, torsten, null, null);
        comment("c11", 15, davidId, null, null);
        comment("c12", 15, torsten, null, "appointing a “Tech Envoy” following the work of this Panel");
        comment("c13", 6, davidId, null, null);
        comment("c14", 6, torsten, null, "Tech Against Terrorism");
        comment("c15", 1, torsten, comment.get("c3"), null);
        comment("c16", 1, davidId, null, "the UN retains a unique role and convening power to bring stakeholders together");
        comment("c17", 7, torsten, null, null);
        comment("c18", 8, davidId, null, "Providing a space for debating values and norms");
        comment("c19", 9, torsten, null, "Standard setting");
        comment("c20", 10, davidId, null, "EQUALS");
        comment("c21", 16, torsten, null, null);
        comment("c22", 1, davidId, null, "position it well to help spotlight issues");
    }

    @Test
    void theReportShowsWhatWouldHappenAndWritesNothing() {
        var before = snapshot();

        var report = report(revision(), "");

        assertThat(report.select("h1").text()).isEqualTo("Check the revision");
        assertThat(report.select(".reimport-summary li").eachText()).containsExactly(
                "11 paragraphs unchanged",
                "3 paragraphs changed (a new version each)",
                "1 paragraph moved",
                "3 paragraphs added",
                "2 paragraphs removed (kept with their comments)",
                "Sections: 1 added, 0 removed",
                "Comments: 14 stay with their paragraph, 4 re-anchored to the new wording of their passage, "
                        + "2 detached, 2 stay on removed paragraphs");
        assertThat(report.select(".reimport-detached li").eachText()).containsExactlyInAnyOrder(
                "Comment on paragraph 1 despite its well-known weaknesses",
                "Comment on paragraph 1 position it well to help spotlight issues");
        assertThat(report.select(".reimport-removed tbody th").eachText()).containsExactly("6", "15");
        assertThat(report.select(".reimport-removed tbody td:eq(1)").eachText())
                .containsExactly("Removed", "merged into new paragraph 15");
        assertThat(report.select(".reimport-changes .diff ins").text()).contains("the natural forum to examine");
        assertThat(snapshot()).as("a report writes nothing").isEqualTo(before);
        assertThat(report.select(".form-actions a[href=/admin/consultations]").text()).as("cancelling is leaving").isEqualTo("Cancel");
    }

    @Test
    void confirmingMovesEveryCommentToItsParagraphOrDetachesIt() {
        var report = report(revision(), "");

        assertThat(confirm(report, ""))
                .hasStatus3xxRedirection().hasRedirectedUrl("/c/" + slug);

        var now = paragraphTexts();
        assertThat(now).hasSize(17);
        assertThat(paragraphOf("c1")).isEqualTo(paragraphOf("c3")).isEqualTo(anchorOfOld(1));
        assertThat(paragraphOf("c4")).isEqualTo(paragraphOf("c5")).isEqualTo(anchorOfOld(2));
        assertThat(paragraphOf("c6")).isEqualTo(anchorOfOld(3));
        assertThat(numberOf(anchorOfOld(3))).as("moved below the paragraph it preceded").isEqualTo("5");
        assertThat(numberOf(anchorOfOld(4))).isEqualTo("4");
        assertThat(textOf(paragraphOf("c9"))).contains("often without sharing information");
        assertThat(paragraphOf("c8")).isEqualTo(anchorOfOld(5));
        assertThat(paragraphOf("c10")).isEqualTo(paragraphOf("c11")).isEqualTo(paragraphOf("c12"))
                .isEqualTo(anchorOfOld(14));
        assertThat(textOf(anchorOfOld(14))).contains("Created by the innovation units", "“Tech Envoy”");
        assertThat(paragraphOf("c13")).isEqualTo(paragraphOf("c14")).isEqualTo(anchorOfOld(6));
        assertThat(isRemoved(anchorOfOld(6))).isTrue();
        assertThat(isRemoved(anchorOfOld(15))).as("merged away").isTrue();
        assertThat(paragraphOf("c21")).isEqualTo(anchorOfOld(16));
        assertThat(numberOf(anchorOfOld(16))).isEqualTo("16");

        assertThat(detached()).containsExactlyInAnyOrder("c3", "c22");
        assertThat(quoteOf("c2")).isEqualTo("three foundational pillars");
        assertThat(quoteOf("c16")).isEqualTo("the UN retains a unique role and the convening power to bring all stakeholders together");
        assertThat(jdbc.sql("SELECT quote_original FROM comment WHERE id = :id").param("id", comment.get("c16"))
                .query(String.class).single()).isEqualTo("the UN retains a unique role and convening power to bring stakeholders together");
        assertThat(jdbc.sql("SELECT count(*) FROM comment WHERE id IN (:ids)").param("ids", comment.values())
                .query(Long.class).single()).as("no comment lost").isEqualTo(22);
        assertThat(versionSources(anchorOfOld(1))).containsExactly("IMPORT", "REIMPORT");
        assertThat(versionSources(anchorOfOld(2))).containsExactly("IMPORT");

        assertThat(events.stream(TextReimported.class)).anySatisfy(event -> {
            assertThat(event.slug()).isEqualTo(slug);
            assertThat(event.commentsFollowing()).isEqualTo(14);
            assertThat(event.commentsReanchored()).isEqualTo(4);
            assertThat(event.commentsDetached()).isEqualTo(2);
        });
        assertThat(jdbc.sql("""
                        SELECT details ->> 'commentsDetached' FROM audit_event
                        WHERE action = 'consultation.text_reimported' AND before_state ->> 'paragraphs' = '16'""")
                .query(String.class).list()).as("the re-import in the audit log").contains("2");

        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".text .paragraph")).hasSize(17);
        assertThat(page.select(".removed-paragraphs .removed-paragraph")).hasSize(2);
        assertThat(page.select(".removed-paragraphs .removed-date").first().text()).startsWith("Removed in the revision of ");
        var thread = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(1)).with(ADMIN).exchange());
        assertThat(thread.select(".quote-detached")).hasSize(2);
        assertThat(thread.select(".change-note .change-intro .meta").text()).as("the note names the re-import, no empty field")
                .startsWith("version 2, from the re-imported text, ").doesNotContain(", ,");
        var removedThread = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(6)).with(ADMIN).exchange());
        assertThat(removedThread.select(".comment-body").eachText()).contains("Comment c13", "Comment c14");
        consultations.changeStatus(slug, org.parley.consultation.ConsultationStatus.OPEN);
        var signedIn = user(david);
        assertThat(Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(6)).with(signedIn).exchange())
                .select("form.comment-form")).as("a removed paragraph takes no new comments").isEmpty();
        assertThat(Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(1)).with(signedIn).exchange())
                .select("form.comment-form")).hasSize(1);
    }

    @Test
    void aReanchoredQuoteShowsTheWordsItsAuthorQuotedInTheThreadAndInContext() {
        assertThat(confirm(report(revision(), ""), "")).hasStatus3xxRedirection();
        String quoted = "the UN retains a unique role and convening power to bring stakeholders together";
        String now = "the UN retains a unique role and the convening power to bring all stakeholders together";

        var thread = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(1)).with(ADMIN).exchange());
        var c16 = thread.select("#c-" + comment.get("c16") + " .quote");
        assertThat(c16.select(".quote-before").text()).isEqualTo("Quoted before the revision: " + quoted);
        assertThat(c16.text()).contains(now);
        assertThat(thread.select("#c-" + comment.get("c2") + " .quote-before")).as("the same words, placed again").isEmpty();
        assertThat(thread.select(".quote-detached .quote-before")).as("a detached quote is its own words").isEmpty();

        var inContext = Pages.html(mvc.get().uri("/c/{slug}?open={anchor}&comment={id}", slug, anchorOfOld(1),
                comment.get("c16")).with(ADMIN).exchange());
        assertThat(inContext.select("#c-" + comment.get("c16") + " .quote-before").text())
                .isEqualTo("Quoted before the revision: " + quoted);
        assertThat(inContext.select("#" + anchorOfOld(1) + " mark").text()).isEqualTo(now);
    }

    @Test
    void aRemovedParagraphsPageSaysWhenItWasRemoved() {
        assertThat(confirm(report(revision(), ""), "")).hasStatus3xxRedirection();
        consultations.changeStatus(slug, org.parley.consultation.ConsultationStatus.OPEN);

        var removed = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(6)).with(user(david)).exchange());

        assertThat(removed.select(".banner-closed").text())
                .startsWith("Comments are closed: this paragraph was removed in the revision of ")
                .contains(String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue()))
                .doesNotContain("consultation is not open");
    }

    @Test
    void aLaterRevisionWithTheRemovedWordsBringsBackTheParagraphAndTheDetachedQuoteWithTheirComments() {
        assertThat(confirm(report(revision(), ""), "")).hasStatus3xxRedirection();
        assertThat(isRemoved(anchorOfOld(6))).isTrue();
        assertThat(detached()).containsExactlyInAnyOrder("c3", "c22");

        var report = report(laterRevision(), "");
        assertThat(report.select(".reimport-summary .count-restored").text())
                .isEqualTo("1 paragraph restored with its comments: an earlier revision removed it, this one has its words again");
        assertThat(report.select(".reimport-summary .count-added").text()).isEqualTo("No paragraph added");
        assertThat(report.select(".reimport-changes .status-restored th").eachText()).containsExactly("8");
        assertThat(confirm(report, "")).hasStatus3xxRedirection();

        assertThat(isRemoved(anchorOfOld(6))).as("restored, not made again").isFalse();
        assertThat(numberOf(anchorOfOld(6))).as("after the two parts of paragraph 5").isEqualTo("8");
        assertThat(paragraphTexts()).hasSize(18);
        assertThat(jdbc.sql("SELECT count(*) FROM paragraph p JOIN consultation c ON c.id = p.consultation_id "
                + "WHERE c.slug = :slug").param("slug", slug).query(Long.class).single()).as("no paragraph made again").isEqualTo(19);
        assertThat(paragraphOf("c13")).isEqualTo(paragraphOf("c14")).isEqualTo(anchorOfOld(6));
        assertThat(detached()).as("the words c3 quoted are back; c22's are not").containsExactly("c22");
        assertThat(quoteOf("c3")).isEqualTo("despite its well-known weaknesses");
        assertThat(jdbc.sql("SELECT quote_start IS NOT NULL FROM comment WHERE id = :id").param("id", comment.get("c3"))
                .query(Boolean.class).single()).isTrue();
        var thread = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(1)).with(ADMIN).exchange());
        assertThat(thread.select(".quote-detached")).hasSize(1);
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".text #" + anchorOfOld(6))).hasSize(1);
        assertThat(page.select(".removed-paragraphs .removed-paragraph")).hasSize(1);
    }

    @Test
    void afterConfirmingTheDetachedCommentsAreOnOnePageForOrganisersAndAdminsAndInTheirThread() {
        assertThat(confirm(report(revision(), ""), "")).hasStatus3xxRedirection();
        var helper = new Discussions(mvc, jdbc, accounts, consultations);
        var olga = helper.participant("Olga");
        helper.organise(slug, olga);

        for (var who : List.of(ADMIN, user(olga))) {
            var page = Pages.html(mvc.get().uri("/c/{slug}/detached", slug).with(who).exchange());
            assertThat(page.select("h1").text()).isEqualTo("Detached comments (2)");
            assertThat(page.select(".detached-comment .quote span:eq(1)").eachText()).containsExactly(
                    "despite its well-known weaknesses", "position it well to help spotlight issues");
            assertThat(page.select(".detached-comment .comment-body").eachText()).containsExactly("Comment c3", "Comment c22");
            assertThat(page.select(".detached-comment .listed-paragraph a").attr("href"))
                    .isEqualTo("/c/" + slug + "/p/" + anchorOfOld(1) + "#c-" + comment.get("c3"));
        }
        assertThat(mvc.get().uri("/c/{slug}/detached", slug).with(user(david))).hasStatus(403);
        assertThat(mvc.get().uri("/c/{slug}/detached", slug)).hasStatus3xxRedirection();
        assertThat(Pages.html(mvc.get().uri("/admin/consultations").with(ADMIN).exchange())
                .select("a[href=/c/" + slug + "/detached]").text()).isEqualTo("Detached comments");
        assertThat(Pages.html(mvc.get().uri("/proposals").with(user(olga)).exchange())
                .select("a[href=/c/" + slug + "/detached]").text()).isEqualTo("The role of the UN: 2 detached comments");

        consultations.changeStatus(slug, org.parley.consultation.ConsultationStatus.OPEN);
        var thread = Pages.html(mvc.get().uri("/c/{slug}/p/{anchor}", slug, anchorOfOld(1)).exchange());
        var c3 = thread.select("#c-" + comment.get("c3"));
        assertThat(c3.select(".quote-detached").text()).contains("despite its well-known weaknesses")
                .contains("Detached: the passage this comment quoted is no longer in the text");
    }

    @Test
    void aMatchCorrectedByTheAdminIsHonoured() {
        // the admin says the new third paragraph continues old paragraph 6, which the matcher saw as removed
        var report = report(revision(), "3 = 6");
        assertThat(report.select(".reimport-summary .count-removed").text()).startsWith("1 paragraph removed");
        assertThat(report.select("#corrections").text()).isEqualTo("3 = 6");

        assertThat(confirm(report, "3 = 6")).hasStatus3xxRedirection();

        assertThat(numberOf(anchorOfOld(6))).isEqualTo("3");
        assertThat(isRemoved(anchorOfOld(6))).isFalse();
        assertThat(textOf(anchorOfOld(6))).startsWith("The Panel heard repeatedly");
        assertThat(versionSources(anchorOfOld(6))).containsExactly("IMPORT", "REIMPORT");
        assertThat(paragraphOf("c13")).isEqualTo(anchorOfOld(6));
    }

    @Test
    void badCorrectionsAndAStaleReportChangeNothing() {
        var report = report(revision(), "3 = 999");
        assertThat(report.select("[role=alert]").text())
                .contains("Line 1 of the corrections: the current text has no paragraph 999.", "Nothing was saved.");
        var before = snapshot();
        String fingerprint = report.select("input[name=fingerprint]").val();

        var stale = Pages.html(mvc.post().uri("/admin/consultations/{slug}/reimport", slug).multipart()
                .param("format", "MARKDOWN").param("text", revision()).param("fingerprint", fingerprint + "0")
                .param("corrections", "").with(ADMIN).with(csrf()).exchange());

        assertThat(stale.select("[role=alert]").text()).contains("The text changed since this report was made");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aSectionTheRevisionDropsIsKeptAsRemovedAndItsParagraphsFollowTheirText() {
        var withoutSubheading = new StringBuilder("## 4.3 The role of the UN\n\n");
        for (int i = 0; i < old.size(); i++) {
            withoutSubheading.append(i >= 6 && i <= 12 ? "- " : "").append(old.get(i)).append(i >= 6 && i < 12 ? "\n" : "\n\n");
        }
        var report = report(withoutSubheading.toString(), "");
        assertThat(report.select(".reimport-summary .count-sections").text()).isEqualTo("Sections: 0 added, 1 removed");
        assertThat(report.select(".reimport-summary .count-unchanged").text()).isEqualTo("16 paragraphs unchanged");

        assertThat(confirm(report, "")).hasStatus3xxRedirection();

        assertThat(jdbc.sql("""
                        SELECT s.title FROM section s JOIN consultation c ON c.id = s.consultation_id
                        WHERE c.slug = :slug AND s.removed_at IS NOT NULL""")
                .param("slug", slug).query(String.class).list())
                .containsExactly("How can the UN add value in the digital transformation?");
        var page = Pages.html(mvc.get().uri("/c/{slug}", slug).with(ADMIN).exchange());
        assertThat(page.select(".text h2, .text h3").eachText()).noneMatch(heading -> heading.contains("How can the UN"));
        assertThat(page.select(".text .paragraph")).hasSize(16);
        assertThat(paragraphOf("c18")).isEqualTo(anchorOfOld(8));
        assertThat(detached()).isEmpty();
    }

    @Test
    void onlyAdminsReimport() {
        assertThat(mvc.get().uri("/admin/consultations/{slug}/reimport", slug).with(PARTICIPANT)).hasStatus(403);
        assertThat(mvc.post().uri("/admin/consultations/{slug}/reimport/report", slug).multipart()
                .param("text", revision()).with(PARTICIPANT).with(csrf())).hasStatus(403);
        var form = Pages.html(mvc.get().uri("/admin/consultations/{slug}/reimport", slug).with(ADMIN).exchange());
        assertThat(form.select("h1").text()).isEqualTo("Import a revised text");
        assertThat(form.select("form[action=/admin/consultations/" + slug + "/reimport/report] .field")
                .select("select[name=format], input[type=file][name=file], textarea[name=text]")).hasSize(3);
    }

    // --- the revision -------------------------------------------------------------------------

    /*
     * Old paragraphs 1–16: 1 edited, 2 unchanged, 3 and 4 swapped, 5 split in two, 6 removed,
     * 7–13 (the list) unchanged, 14 and 15 merged, 16 unchanged; a paragraph added after 2, and a
     * new section with one paragraph at the end.
     */
    private String revision() {
        String first = firstParagraphRevised().replace("despite its well-known weaknesses, ", "");
        String fifth = old.get(4);
        int cut = fifth.indexOf("UN agencies can do much more");
        var list = new StringBuilder();
        for (int i = 6; i <= 12; i++) {
            list.append("- ").append(old.get(i)).append('\n');
        }
        return "## 4.3 The role of the UN\n\n" + first + "\n\n" + old.get(1) + "\n\n"
                + "The Panel heard repeatedly that the UN should publish a yearly digital cooperation report card.\n\n"
                + old.get(3) + "\n\n" + old.get(2) + "\n\n"
                + fifth.substring(0, cut).strip() + "\n\n" + fifth.substring(cut) + "\n\n"
                + "### How can the UN add value in the digital transformation?\n\n" + list + "\n"
                + old.get(13) + " " + old.get(14) + "\n\n" + old.get(15) + "\n\n"
                + "### A new section\n\nMember states asked for a clearer map of who does what on digital issues.\n";
    }

    private String firstParagraphRevised() {
        return old.get(0)
                .replace("position it well to help spotlight issues", "make it the natural forum to examine issues")
                .replace("the UN retains a unique role and convening power to bring stakeholders together",
                        "the UN retains a unique role and the convening power to bring all stakeholders together");
    }

    /* A later revision: the first paragraph has "despite its well-known weaknesses" again, and paragraph 6 is back. */
    private String laterRevision() {
        String first = firstParagraphRevised();
        return revision().replace(first.replace("despite its well-known weaknesses, ", ""), first)
                .replace("### How can the UN", old.get(5) + "\n\n### How can the UN");
    }

    // --- steps --------------------------------------------------------------------------------

    private Document report(String text, String corrections) {
        var result = mvc.post().uri("/admin/consultations/{slug}/reimport/report", slug).multipart()
                .file("file", new byte[0]).param("format", "MARKDOWN").param("text", text)
                .param("corrections", corrections).with(ADMIN).with(csrf()).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult confirm(Document report, String corrections) {
        return Reimports.confirm(mvc, slug, report, corrections);
    }

    private void comment(String name, int paragraphNumber, long author, Long parent, String quote) {
        long paragraphId = jdbc.sql("""
                        SELECT p.id FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug AND p.number = :number""")
                .param("slug", slug).param("number", String.valueOf(paragraphNumber)).query(Long.class).single();
        comment.put(name, history.writeComment(new HistoricComment(paragraphId, author, parent, "Comment " + name, quote,
                Instant.parse("2026-11-20T10:00:00Z"))));
    }

    // --- what the database says ---------------------------------------------------------------

    private List<String> paragraphTexts() {
        return jdbc.sql("""
                        SELECT v.text FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug AND p.removed_at IS NULL ORDER BY p.position""")
                .param("slug", slug).query(String.class).list();
    }

    private String anchorOfOld(int number) {
        return jdbc.sql("""
                        SELECT p.anchor FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = 1
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug AND v.text = :text""")
                .param("slug", slug).param("text", old.get(number - 1)).query(String.class).single();
    }

    private String paragraphOf(String name) {
        return jdbc.sql("SELECT p.anchor FROM comment m JOIN paragraph p ON p.id = m.paragraph_id WHERE m.id = :id")
                .param("id", comment.get(name)).query(String.class).single();
    }

    private String numberOf(String anchor) {
        return column("p.number", anchor);
    }

    private String textOf(String anchor) {
        return column("v.text", anchor);
    }

    private boolean isRemoved(String anchor) {
        return jdbc.sql("""
                        SELECT p.removed_at IS NOT NULL FROM paragraph p JOIN consultation c ON c.id = p.consultation_id
                        WHERE c.slug = :slug AND p.anchor = :anchor""")
                .param("slug", slug).param("anchor", anchor).query(Boolean.class).single();
    }

    private String column(String column, String anchor) {
        return jdbc.sql("SELECT " + column + """
                         FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug AND p.anchor = :anchor""")
                .param("slug", slug).param("anchor", anchor).query(String.class).single();
    }

    private List<String> versionSources(String anchor) {
        return jdbc.sql("""
                        SELECT v.source FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id
                        JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug AND p.anchor = :anchor
                        ORDER BY v.n""")
                .param("slug", slug).param("anchor", anchor).query(String.class).list();
    }

    private List<String> detached() {
        var detachedIds = jdbc.sql("SELECT id FROM comment WHERE quote_detached_at IS NOT NULL AND id IN (:ids)")
                .param("ids", comment.values()).query(Long.class).list();
        return comment.entrySet().stream().filter(entry -> detachedIds.contains(entry.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    private String quoteOf(String name) {
        return jdbc.sql("SELECT quote_exact FROM comment WHERE id = :id").param("id", comment.get(name))
                .query(String.class).single();
    }

    private List<String> snapshot() {
        var state = new ArrayList<String>();
        state.addAll(jdbc.sql("""
                        SELECT p.anchor || ' ' || p.number || ' ' || p.position || ' ' || p.current_version || ' '
                               || coalesce(p.removed_at::text, '-') || ' ' || p.section_id
                        FROM paragraph p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = :slug ORDER BY p.id""")
                .param("slug", slug).query(String.class).list());
        state.addAll(jdbc.sql("""
                        SELECT m.id || ' ' || m.paragraph_id || ' ' || coalesce(m.quote_start::text, '-')
                               || ' ' || coalesce(m.quote_detached_at::text, '-')
                        FROM comment m WHERE m.id IN (:ids) ORDER BY m.id""")
                .param("ids", comment.values()).query(String.class).list());
        state.add(String.valueOf(jdbc.sql("SELECT count(*) FROM section s JOIN consultation c ON c.id = s.consultation_id "
                + "WHERE c.slug = :slug").param("slug", slug).query(Long.class).single()));
        return state;
    }
}
