package org.parley.consultation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parley.consultation.WordDiff.DiffPart;
import org.parley.consultation.WordDiff.Kind;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void anInsertedWordIsOnePart() {
        assertThat(WordDiff.words("The UN convenes.", "The UN rarely convenes.")).containsExactly(
                new DiffPart(Kind.SAME, "The UN "),
                new DiffPart(Kind.INSERTED, "rarely "),
                new DiffPart(Kind.SAME, "convenes."));
    }

    @Test
    void aDeletedWordIsOnePart() {
        assertThat(WordDiff.words("The UN rarely convenes.", "The UN convenes.")).containsExactly(
                new DiffPart(Kind.SAME, "The UN "),
                new DiffPart(Kind.DELETED, "rarely "),
                new DiffPart(Kind.SAME, "convenes."));
    }

    @Test
    void aReplacementIsTheWholeDeletedRunThenTheWholeInsertedRun() {
        var parts = WordDiff.words("It should set global norms today.", "It could help shape norms today.");

        assertThat(parts).containsExactly(
                new DiffPart(Kind.SAME, "It "),
                new DiffPart(Kind.DELETED, "should set global"),
                new DiffPart(Kind.INSERTED, "could help shape"),
                new DiffPart(Kind.SAME, " norms today."));
        assertThat(WordDiff.summary(parts)).isEqualTo(new WordDiff.Summary(3, 3, 0));
    }

    @Test
    void spacesAroundAReplacementStayUnchanged() {
        assertThat(WordDiff.words("The UN should convene all stakeholders.", "The UN should bring together all stakeholders."))
                .containsExactly(
                        new DiffPart(Kind.SAME, "The UN should "),
                        new DiffPart(Kind.DELETED, "convene"),
                        new DiffPart(Kind.INSERTED, "bring together"),
                        new DiffPart(Kind.SAME, " all stakeholders."));
    }

    @Test
    void aChangedPunctuationMarkShowsOnItsOwn() {
        assertThat(WordDiff.words("Inclusion, trust and values.", "Inclusion; trust and values!")).containsExactly(
                new DiffPart(Kind.SAME, "Inclusion"),
                new DiffPart(Kind.DELETED, ","),
                new DiffPart(Kind.INSERTED, ";"),
                new DiffPart(Kind.SAME, " trust and values"),
                new DiffPart(Kind.DELETED, "."),
                new DiffPart(Kind.INSERTED, "!"));
    }

    @Test
    void aSentenceMovedElsewhereIsAMoveNotADeletionAndAnInsertion() {
        var parts = WordDiff.words(
                "Cooperation must be inclusive. Everyone has a stake. The UN can convene.",
                "Everyone has a stake. The UN can convene. Cooperation must be inclusive.");

        assertThat(parts).extracting(DiffPart::kind).contains(Kind.MOVED_FROM, Kind.MOVED_TO)
                .doesNotContain(Kind.INSERTED, Kind.DELETED);
        assertThat(textOf(parts, Kind.MOVED_FROM).strip()).isEqualTo("Cooperation must be inclusive.");
        assertThat(textOf(parts, Kind.MOVED_TO).strip()).isEqualTo("Cooperation must be inclusive.");
        assertThat(WordDiff.summary(parts)).isEqualTo(new WordDiff.Summary(0, 0, 4));
    }

    @Test
    void twoWordsDeletedAndInsertedElsewhereAreTooShortToBeAMove() {
        var parts = WordDiff.words("Digital cooperation matters to all.", "Cooperation matters to all, digital cooperation.");

        assertThat(parts).extracting(DiffPart::kind).doesNotContain(Kind.MOVED_FROM, Kind.MOVED_TO);
    }

    @Test
    void partsPutTogetherGiveBothTexts() {
        String before = "A multistakeholder approach (MSA) is needed: “inclusion” and trust.";
        String after = "A multi-stakeholder approach is urgently needed – inclusion, trust and  values.";
        var parts = WordDiff.words(before, after);

        assertThat(textOf(parts, Kind.SAME, Kind.DELETED, Kind.MOVED_FROM)).isEqualTo(before);
        assertThat(textOf(parts, Kind.SAME, Kind.INSERTED, Kind.MOVED_TO)).isEqualTo(after);
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).kind()).isNotEqualTo(parts.get(i - 1).kind());
        }
    }

    @Test
    void identicalTextsAreOneUnchangedPart() {
        var parts = WordDiff.words("Nothing changes here.", "Nothing changes here.");

        assertThat(parts).containsExactly(new DiffPart(Kind.SAME, "Nothing changes here."));
        assertThat(WordDiff.summary(parts).isUnchanged()).isTrue();
        assertThat(WordDiff.summary(parts).describe(MESSAGES, Locale.ENGLISH)).isEqualTo("no change in the words");
    }

    @Test
    void emptyTexts() {
        assertThat(WordDiff.words("", "")).isEmpty();
        assertThat(WordDiff.words("", "New text.")).containsExactly(new DiffPart(Kind.INSERTED, "New text."));
        assertThat(WordDiff.words("Old text.", "")).containsExactly(new DiffPart(Kind.DELETED, "Old text."));
    }

    @Test
    void htmlEscapesTheTextAndLabelsEveryChangeForScreenReaders() {
        var parts = WordDiff.words("Use <b> & \"quotes\".", "Use <script>alert(1)</script> & 'quotes'.");
        String html = WordDiff.html(parts, MESSAGES, Locale.ENGLISH);

        assertThat(html).doesNotContain("<script>", "<b>")
                .contains("&lt;", "&gt;", "&lt;/script&gt;", "&amp;", "&#39;", "&quot;")
                .contains("<ins class=\"diff-inserted\"><span class=\"visually-hidden\">inserted: </span>")
                .contains("<del class=\"diff-deleted\"><span class=\"visually-hidden\">deleted: </span>");
    }

    @Test
    void movesAreLabelledToo() {
        var parts = WordDiff.words("One two three. Four five six seven.", "Four five six seven. One two three.");

        assertThat(WordDiff.html(parts, MESSAGES, Locale.ENGLISH))
                .contains("<del class=\"diff-moved-from\"><span class=\"visually-hidden\">moved from here: </span>")
                .contains("<ins class=\"diff-moved-to\"><span class=\"visually-hidden\">moved here: </span>");
    }

    @Test
    void summaryCountsWordsNotSpacesOrPunctuation() {
        var parts = WordDiff.words("The text, as it was.", "The new text, as it was, and more words.");

        assertThat(WordDiff.summary(parts)).isEqualTo(new WordDiff.Summary(4, 0, 0));
        assertThat(WordDiff.summary(parts).describe(MESSAGES, Locale.ENGLISH)).isEqualTo("4 words inserted, none deleted");
        assertThat(new WordDiff.Summary(3, 1, 0).describe(MESSAGES, Locale.ENGLISH)).isEqualTo("3 words inserted, 1 deleted");
        assertThat(new WordDiff.Summary(1, 0, 5).describe(MESSAGES, Locale.ENGLISH))
                .isEqualTo("1 word inserted, none deleted, 5 words moved");
    }

    @Test
    void aDiffOfWhatReadersSeeKeepsBoldItalicAndLinksAndShowsNoMarkup() {
        var shown = WordDiff.rendered(
                ParagraphHtml.fromMarkdown("**As a convener**, the UN brings *many* people together. See [the plan](https://example.org/plan).", ParagraphKind.PARAGRAPH),
                ParagraphHtml.fromMarkdown("**As a convener**, the UN brings *all* stakeholders together. See [the plan](https://example.org/plan).", ParagraphKind.PARAGRAPH),
                MESSAGES, Locale.ENGLISH);

        assertThat(shown.html()).doesNotContain("**", "<p>")
                .startsWith("<strong>As a convener</strong>, the UN brings ")
                .contains("<del class=\"diff-deleted\"><span class=\"visually-hidden\">deleted: </span><em>many</em> people</del>")
                .contains("<ins class=\"diff-inserted\"><span class=\"visually-hidden\">inserted: </span><em>all</em> stakeholders</ins>")
                .endsWith("See <a href=\"https://example.org/plan\" rel=\"nofollow noopener\">the plan</a>.");
        assertThat(shown.summary()).isEqualTo(new WordDiff.Summary(2, 2, 0));
    }

    @Test
    void aChangeInsideABoldRunStaysBold() {
        var shown = WordDiff.rendered("<strong>As a convener</strong>, it listens.", "<strong>As an organiser</strong>, it listens.",
                MESSAGES, Locale.ENGLISH);

        assertThat(shown.html()).isEqualTo("<strong>As </strong>"
                + "<del class=\"diff-deleted\"><span class=\"visually-hidden\">deleted: </span><strong>a convener</strong></del>"
                + "<ins class=\"diff-inserted\"><span class=\"visually-hidden\">inserted: </span><strong>an organiser</strong></ins>"
                + ", it listens.");
    }

    @Test
    void aWordThatBecomesBoldHasChangedAndUnsafeLinksAreDropped() {
        var shown = WordDiff.rendered("<p>Read <a href=\"javascript:alert(1)\">this</a> now.</p>", "<p>Read <b>this</b> now.</p>",
                MESSAGES, Locale.ENGLISH);

        assertThat(shown.html()).doesNotContain("javascript", "<a ").contains("<strong>this</strong></ins>");
        assertThat(shown.summary()).isEqualTo(new WordDiff.Summary(1, 1, 0));
    }

    @Test
    void theSameReadingInOtherMarkupReadsTheSame() {
        assertThat(WordDiff.readSame("<strong>As a convener</strong> – the UN brings people together.",
                "<p><b>As a convener </b>–  the UN brings\n   people together.</p>")).isTrue();
        assertThat(WordDiff.readSame("<strong>As a convener</strong> – the UN.", "As a convener – the UN.")).isFalse();
        assertThat(WordDiff.readSame("<p>One.</p><p>Two.</p>", "<p>One. Two.</p>")).isFalse();
        assertThat(WordDiff.readSame("See <a href=\"https://a.org\" rel=\"nofollow\">a</a>.", "See <a href=\"https://a.org\">a</a>.")).isTrue();
        assertThat(WordDiff.readSame("See <a href=\"https://a.org\">a</a>.", "See <a href=\"https://b.org\">a</a>.")).isFalse();
    }

    @Test
    void aRewriteOfALongTextStopsAtTheStepBudgetAndReadsAsReplacedWhole() {
        String before = words("alpha", 7_000);
        String after = words("omega", 7_000);

        var shown = WordDiff.rendered("<p>Start. " + before + " End.</p>", "<p>Start. " + after + " End.</p>", MESSAGES, Locale.ENGLISH);

        // the budget is checked after each comparison and before each round of diagonals (at most twice the tokens)
        assertThat(shown.steps()).isLessThanOrEqualTo(WordDiff.MAX_STEPS + 2 * 4 * 7_000 + 1);
        assertThat(shown.summary()).isEqualTo(new WordDiff.Summary(7_000, 7_000, 0));
        assertThat(shown.html()).startsWith("Start. <del").endsWith("</ins> End.");
        var parts = WordDiff.words(before, after);
        assertThat(textOf(parts, Kind.SAME, Kind.DELETED, Kind.MOVED_FROM)).isEqualTo(before);
        assertThat(textOf(parts, Kind.SAME, Kind.INSERTED, Kind.MOVED_TO)).isEqualTo(after);
    }

    @Test
    void anOrdinaryEditOfALongTextIsStillAWordDiff() {
        String text = words("word", 3_000);
        var shown = WordDiff.rendered("<p>" + text + "</p>", "<p>" + text.replaceFirst("word17 ", "term17 ") + "</p>", MESSAGES, Locale.ENGLISH);

        assertThat(shown.summary()).isEqualTo(new WordDiff.Summary(1, 1, 0));
        assertThat(shown.steps()).isLessThan(WordDiff.MAX_STEPS / 10);
    }

    private static String words(String stem, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }

    private static String textOf(List<DiffPart> parts, Kind... kinds) {
        var wanted = List.of(kinds);
        return parts.stream().filter(part -> wanted.contains(part.kind())).map(DiffPart::text).collect(Collectors.joining());
    }
}
