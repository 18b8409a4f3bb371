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

    private static String textOf(List<DiffPart> parts, Kind... kinds) {
        var wanted = List.of(kinds);
        return parts.stream().filter(part -> wanted.contains(part.kind())).map(DiffPart::text).collect(Collectors.joining());
    }
}
