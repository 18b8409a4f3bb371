package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.importing.Outlines.demo;
import static org.parley.importing.Outlines.ofKind;
import static org.parley.importing.Outlines.paragraphs;
import static org.parley.importing.Outlines.tree;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

class PlainTextImporterTest {

    private final PlainTextImporter importer = new PlainTextImporter();

    @Test
    void reportPartOfSeed000IsOneSectionWithTheCapitalRepeatMerged() {
        String seed = demo("000_b59dd4ee854dcf2d.txt");
        String report = seed.substring(0, seed.indexOf("Recent Comments on this Site"));

        TextOutline outline = importer.parse(report);

        assertThat(tree(outline)).containsExactly("4.3 | The role of the UN");
        SectionOutline role = outline.sections().get(0);
        // 6 paragraphs, the box question, its 7 lines, 3 closing paragraphs
        assertThat(role.paragraphs()).hasSize(17).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.PARAGRAPH));
        assertThat(role.paragraphs().get(0).text()).startsWith("The UN’s three foundational pillars");
        assertThat(role.paragraphs().get(6).text()).isEqualTo("How can the UN add value in the digital transformation?");
        assertThat(role.paragraphs().get(7).text()).startsWith("As a convener – ");
        assertThat(role.paragraphs().get(16).text()).endsWith("need for policy advice and capacity development.");
        assertThat(outline.paragraphCount()).isEqualTo(17);
    }

    @Test
    void seed001FindsTheNumberedHeadingsAndBullets() {
        TextOutline outline = importer.parse(demo("001_fe91554a90d77d4e.txt"));

        // the indented "1. Md. Rezaul Islam" reader comments are not headings
        assertThat(tree(outline)).containsExactly(
                "null | null",
                "1 | A digest of proposed actions and projects",
                "2 | Analysis: The Roadmap’s main messages");
        assertThat(outline.sections().get(0).paragraphs().get(0).text()).isEqualTo("Hands of a guy on laptop keyboard");
        assertThat(ofKind(outline, ParagraphKind.BULLET_ITEM)).extracting(p -> p.text().split(" ")[0])
                .containsExactly("Read-through", "Summary", "Annotated", "Report", "First,", "Second,");
        ParagraphOutline firstBullet = ofKind(outline, ParagraphKind.BULLET_ITEM).get(0);
        // the seed has a no-break space in "Roadmap  (video)"; list items get no <p>
        assertThat(firstBullet.text()).isEqualTo("Read-through of the text of the Roadmap\u00A0 (video)");
        assertThat(firstBullet.html()).isEqualTo(firstBullet.text());
    }

    @Test
    void seed001JoinsTheHardWrappedCaptionAndLinksTheUrl() {
        TextOutline outline = importer.parse(demo("001_fe91554a90d77d4e.txt"));

        assertThat(paragraphs(outline)).extracting(ParagraphOutline::text).contains(
                "Blockchain enjoyed its peak popularity in Google searches three years ago, "
                        + "which in digital policy translates to ancient. Source: Google Trends.");
        ParagraphOutline follow = paragraphs(outline).filter(p -> p.text().startsWith("You can follow")).findFirst().orElseThrow();
        assertThat(follow.text()).isEqualTo("You can follow these and other developments at https://dig.watch/process/roadmap");
        Element link = Jsoup.parse(follow.html()).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://dig.watch/process/roadmap");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void joinsHardWrappedLinesOnly() {
        TextOutline outline = importer.parse("""
                This line was wrapped
                in the middle of a sentence.
                This one ends.
                lower case after a full stop stays apart.
                A line without punctuation

                but a blank line keeps it apart.
                """);

        assertThat(paragraphs(outline)).extracting(ParagraphOutline::text).containsExactly(
                "This line was wrapped in the middle of a sentence.",
                "This one ends.",
                "lower case after a full stop stays apart.",
                "A line without punctuation",
                "but a blank line keeps it apart.");
    }

    @Test
    void textWithoutHeadingsIsOneUntitledSection() {
        TextOutline outline = importer.parse("One paragraph.\r\nAnother <one> & more.\rA third.");

        assertThat(outline.sections()).singleElement().satisfies(section -> {
            assertThat(section.number()).isNull();
            assertThat(section.title()).isNull();
            assertThat(section.paragraphs()).extracting(ParagraphOutline::html).containsExactly(
                    "<p>One paragraph.</p>", "<p>Another &lt;one&gt; &amp; more.</p>", "<p>A third.</p>");
        });
    }

    @Test
    void aNumberedSentenceIsNotAHeading() {
        TextOutline outline = importer.parse("""
                1. The panel recommends that all states act.
                2. Does this need governance?
                """);

        assertThat(tree(outline)).containsExactly("null | null", "2 | Does this need governance?");
        assertThat(outline.sections().get(0).paragraphs()).extracting(ParagraphOutline::text)
                .containsExactly("1. The panel recommends that all states act.");
    }

    @Test
    void nestsNumberedHeadingsByDepth() {
        TextOutline outline = importer.parse("""
                1 Introduction
                INTRODUCTION? no, this is a paragraph.
                1.1 Scope
                1.1.1 Detail
                Text.
                2. Findings
                2 FINDINGS
                Found.
                """);

        assertThat(tree(outline)).containsExactly(
                "1 | Introduction",
                "  1.1 | Scope",
                "    1.1.1 | Detail",
                "2 | Findings");
        assertThat(outline.sections().get(1).paragraphs()).extracting(ParagraphOutline::text).containsExactly("Found.");
    }

    @Test
    void bulletsOfEveryKind() {
        TextOutline outline = importer.parse("• one\n  ◦ two\n‣ three\n- four\n* five\n– six\n-not a bullet\n");

        assertThat(paragraphs(outline)).extracting(ParagraphOutline::kind, ParagraphOutline::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "one"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "two"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "three"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "four"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "five"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BULLET_ITEM, "six"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.PARAGRAPH, "-not a bullet"));
    }

    @Test
    void emptyTextGivesNoSections() {
        assertThat(importer.parse("\n \u00A0\n").sections()).isEmpty();
    }
}
