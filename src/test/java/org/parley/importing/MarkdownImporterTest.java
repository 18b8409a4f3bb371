package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.importing.Outlines.demo;
import static org.parley.importing.Outlines.ofKind;
import static org.parley.importing.Outlines.paragraphs;
import static org.parley.importing.Outlines.tree;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

class MarkdownImporterTest {

    private final MarkdownImporter importer = new MarkdownImporter();

    @Test
    void roadmapAnalysisHasTheReportsSectionTree() {
        TextOutline outline = importer.parse(demo("roadmap-analysis.md"));

        assertThat(tree(outline)).containsExactly(
                "null | UN Digital Roadmap: The realistic acceleration of digital cooperation",
                "  1 | A digest of proposed actions and projects",
                "    null | Actions which will be undertaken by the UN Secretary-General",
                "    null | Actions which will be undertaken by the UN Secretariat and the UN’s specialised agencies",
                "    null | Action which other actors have been called to deliver",
                "  2 | Analysis: The Roadmap’s main messages",
                "    null | Building digital cooperation around the three UN pillars",
                "    null | Development in focus",
                "    null | Towards Digital Governance Solutions",
                "    null | Does AI need specific governance?",
                "    null | Treading carefully on cybersecurity issues",
                "    null | Consolidating human rights principles",
                "    null | Avoiding hype: Learning from blockchain",
                "    null | Next Steps between the Sprint and the Marathon");
    }

    @Test
    void roadmapAnalysisParagraphCounts() {
        TextOutline outline = importer.parse(demo("roadmap-analysis.md"));
        SectionOutline title = outline.sections().get(0);

        // intro: published/updated, 6 paragraphs, bold "Coverage" line, 1 paragraph, 4 bullets, the link line
        assertThat(title.paragraphs()).hasSize(14);
        assertThat(title.paragraphs().get(0).text()).isEqualTo("Published on 16 June 2020\nUpdated on 19 March 2024");
        SectionOutline digest = title.subsections().get(0);
        assertThat(digest.paragraphs()).hasSize(1);
        assertThat(digest.subsections()).allSatisfy(s -> assertThat(s.paragraphs()).hasSize(1));
        SectionOutline analysis = title.subsections().get(1);
        assertThat(analysis.paragraphs()).isEmpty();
        assertThat(analysis.subsections()).extracting(s -> s.paragraphs().size())
                .containsExactly(2, 6, 5, 4, 3, 2, 4, 3);
        assertThat(outline.paragraphCount()).isEqualTo(47);
    }

    @Test
    void roadmapAnalysisBulletsAndLinks() {
        TextOutline outline = importer.parse(demo("roadmap-analysis.md"));

        List<ParagraphOutline> bullets = ofKind(outline, ParagraphKind.BULLET_ITEM);
        assertThat(bullets).extracting(p -> p.text().split(" ")[0])
                .containsExactly("Read-through", "Summary", "Annotated", "Report", "First,", "Second,");
        assertThat(bullets.get(4).text()).contains("These gaps canin essence apply");
        assertThat(bullets).allSatisfy(p -> assertThat(p.html()).doesNotContain("<li>", "<ul>"));

        ParagraphOutline follow = paragraphs(outline).filter(p -> p.text().startsWith("You can follow")).findFirst().orElseThrow();
        Element link = Jsoup.parse(follow.html()).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://dig.watch/process/roadmap");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void roadmapAnalysisTablesHaveTwoCellsPerRow() {
        TextOutline outline = importer.parse(demo("roadmap-analysis.md"));

        List<ParagraphOutline> tables = ofKind(outline, ParagraphKind.TABLE);
        assertThat(tables).hasSize(3);
        assertThat(tables).extracting(t -> Jsoup.parse(t.html()).select("tbody tr").size()).containsExactly(5, 7, 4);
        for (ParagraphOutline table : tables) {
            Document html = Jsoup.parse(table.html());
            assertThat(html.select("thead th")).extracting(Element::text).containsExactly("Level of commitment", "Action");
            assertThat(html.select("tr")).allSatisfy(row -> assertThat(row.select("th, td")).hasSize(2));
            assertThat(table.text()).startsWith("| Level of commitment | Action |");
        }
        Document first = Jsoup.parse(tables.get(0).html());
        assertThat(first.select("tbody tr").get(0).select("td")).extracting(Element::text)
                .containsExactly("I will establish", "a multi-stakeholder digital inclusion coalition");
    }

    @Test
    void ageOfDigitalInterdependenceKeepsTheBoxAsSubsectionOfBullets() {
        TextOutline outline = importer.parse(demo("age-of-digital-interdependence.md"));

        assertThat(tree(outline)).containsExactly(
                "4.3 | The role of the UN",
                "  null | How can the UN add value in the digital transformation?");
        SectionOutline role = outline.sections().get(0);
        assertThat(role.paragraphs()).hasSize(6).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.PARAGRAPH));
        SectionOutline box = role.subsections().get(0);
        // the seven bullets, then the three paragraphs that follow the box in the report
        assertThat(box.paragraphs()).hasSize(10);
        assertThat(box.paragraphs().subList(0, 7)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.BULLET_ITEM));
        assertThat(box.paragraphs().subList(7, 10)).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.PARAGRAPH));
        assertThat(box.paragraphs().get(0).text()).startsWith("**As a convener** – The AI for Global Good Summit");
        assertThat(box.paragraphs().get(0).html()).startsWith("<strong>As a convener</strong> – The AI");
        assertThat(box.paragraphs().get(6).text()).startsWith("**Arbitration and dispute-resolution** –");
        assertThat(outline.paragraphCount()).isEqualTo(16);
    }

    @Test
    void splitsTheNumberOffHeadings() {
        TextOutline outline = importer.parse("# 4.3 The role of the UN\n\n# 1. A digest\n\n# Introduction\n\n# 2030 Agenda\n");

        assertThat(outline.sections()).extracting(SectionOutline::number, SectionOutline::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4.3", "The role of the UN"),
                org.assertj.core.groups.Tuple.tuple("1", "A digest"),
                org.assertj.core.groups.Tuple.tuple(null, "Introduction"),
                org.assertj.core.groups.Tuple.tuple(null, "2030 Agenda"));
    }

    @Test
    void nestsHeadingsByLevelAndCopesWithSkippedLevels() {
        TextOutline outline = importer.parse("# A\n## B\n### C\n## D\n#### E\n### F\n# G\n### H\n");

        assertThat(tree(outline)).containsExactly(
                "null | A",
                "  null | B",
                "    null | C",
                "  null | D",
                "    null | E",
                "    null | F",
                "null | G",
                "  null | H");
    }

    @Test
    void textBeforeTheFirstHeadingGoesIntoAnUntitledSection() {
        TextOutline outline = importer.parse("Preface.\n\n## 1 One\n\nBody.\n");

        assertThat(tree(outline)).containsExactly("null | null", "1 | One");
        assertThat(outline.sections().get(0).paragraphs()).extracting(ParagraphOutline::text).containsExactly("Preface.");
    }

    @Test
    void textWithoutHeadingsIsOneUntitledSection() {
        TextOutline outline = importer.parse("First paragraph.\n\nSecond *paragraph*.\n");

        assertThat(outline.sections()).singleElement().satisfies(section -> {
            assertThat(section.number()).isNull();
            assertThat(section.title()).isNull();
            assertThat(section.paragraphs()).extracting(ParagraphOutline::text)
                    .containsExactly("First paragraph.", "Second *paragraph*.");
            assertThat(section.paragraphs().get(1).html()).isEqualTo("<p>Second <em>paragraph</em>.</p>");
        });
    }

    @Test
    void emptyInputGivesAnOutlineWithoutSections() {
        // Decision: nothing to import means no sections at all, not one empty untitled section.
        // SourceDecoder rejects empty uploads before they get here. A heading with no text
        // (here a no-break space underlined as a setext heading) is dropped too.
        assertThat(importer.parse("").sections()).isEmpty();
        assertThat(importer.parse("  \n\n\u00A0\n---\n").sections()).isEmpty();
    }

    @Test
    void eachBlockBecomesOneParagraphOfItsKind() {
        String markdown = """
                # Kinds

                - first *item*
                  continued
                  - nested
                - second

                3. third
                4. fourth

                > quoted
                > still quoted

                ```java
                int x = 1;
                ```

                    indented code

                ***

                | a | b |
                |---|---|
                | 1 | x \\| y |
                """;

        SectionOutline section = importer.parse(markdown).sections().get(0);

        assertThat(section.paragraphs()).extracting(ParagraphOutline::kind).containsExactly(
                ParagraphKind.BULLET_ITEM, ParagraphKind.BULLET_ITEM,
                ParagraphKind.ORDERED_ITEM, ParagraphKind.ORDERED_ITEM,
                ParagraphKind.QUOTE, ParagraphKind.CODE, ParagraphKind.CODE, ParagraphKind.TABLE);
        assertThat(section.paragraphs()).extracting(ParagraphOutline::text).containsExactly(
                "first *item*\ncontinued\n- nested", "second", "third", "fourth",
                "> quoted\n> still quoted", "```java\nint x = 1;\n```", "    indented code",
                "| a | b |\n|---|---|\n| 1 | x \\| y |");
        assertThat(section.paragraphs().get(0).html()).isEqualTo("first <em>item</em>\ncontinued<ul><li>nested</li></ul>");
        assertThat(section.paragraphs().get(4).html()).contains("<blockquote>").contains("quoted\nstill quoted");
        assertThat(section.paragraphs().get(5).html()).isEqualTo("<pre><code>int x &#61; 1;\n</code></pre>");
        assertThat(Jsoup.parse(section.paragraphs().get(7).html()).select("tbody td")).extracting(Element::text)
                .containsExactly("1", "x | y");
    }

    @Test
    void sanitizesScriptsJavascriptLinksAndEventHandlers() {
        String markdown = """
                <script>alert(1)</script>

                Hello <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://example.org)

                <img src=x onerror=alert(1)>

                <div onclick="alert(1)">Kept <b>text</b></div>
                """;

        TextOutline outline = importer.parse(markdown);

        List<ParagraphOutline> paragraphs = paragraphs(outline).toList();
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.html())
                .doesNotContain("script", "javascript:", "onerror", "onclick", "alert", "<img"));
        Document hello = Jsoup.parse(paragraphs.get(0).html());
        assertThat(hello.text()).isEqualTo("Hello x ok");
        assertThat(hello.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://example.org");
        assertThat(paragraphs.get(1).kind()).isEqualTo(ParagraphKind.PARAGRAPH);
        assertThat(paragraphs.get(1).html()).isEqualTo("Kept <b>text</b>");
    }

    @Test
    void orderedItemsAndLetteredParagraphsOfATextNumberedByParagraphKeepTheirNumbers() {
        var outline = new MarkdownImporter().parse("""
                # Recommendations

                26. States should act.

                (a) together;

                (b) each on its own.

                27. The Forum should report.[^igf]

                [^igf]: See the IGF mandate, paragraph 72 of the Tunis Agenda.
                """);

        assertThat(Outlines.paragraphs(outline).map(p -> p.number() + " " + p.text())).containsExactly(
                "26 States should act.",
                "26(a) together;",
                "26(b) each on its own.",
                "27 The Forum should report.[1]\n\n[1] See the IGF mandate, paragraph 72 of the Tunis Agenda.");
        assertThat(Outlines.paragraphs(outline).toList().get(3).html())
                .contains("[1]", "<p>[1] See the IGF mandate, paragraph 72 of the Tunis Agenda.</p>");
    }

    @Test
    void anOrdinaryListKeepsParleysNumbers() {
        var outline = new MarkdownImporter().parse("Intro.\n\nMore.\n\nAnd more.\n\n1. One\n2. Two\n");

        assertThat(Outlines.paragraphs(outline).map(org.parley.consultation.ParagraphOutline::number))
                .containsOnlyNulls();
    }
}
