package org.parley.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/*
 * Keeps the paragraph numbers of the source ("27.", and "(b)" under it as "27(b)"), because UN
 * and IGF texts are cited as "para. 27(b)". A text counts as numbered by paragraph when most of
 * its paragraphs carry a number and the main numbers only ever go up; a text with an ordinary
 * numbered list here and there keeps Parley's numbering. In a numbered text, a paragraph the
 * source left unnumbered is labelled "¶" and its position, so that it never takes a source number.
 * Numbers come from the text's own first characters (plain text), or from the importer that
 * resolved them (Word's automatic numbering).
 */
final class ParagraphNumbers {

    private static final Pattern MAIN_IN_TEXT = Pattern.compile("(\\d{1,4})\\.\\s+(?=\\S)");
    private static final Pattern SUB_IN_TEXT = Pattern.compile("\\(([a-z]{1,2}|[ivx]{1,5}|\\d{1,3})\\)\\s+(?=\\S)");
    private static final Pattern MAIN_LABEL = Pattern.compile("(\\d{1,4})\\.?");
    private static final Pattern SUB_LABEL = Pattern.compile("\\(?([a-z]{1,2}|[ivx]{1,5})[.)]");
    private static final String UNNUMBERED = "¶";

    private ParagraphNumbers() {
    }

    /* What a paragraph's number is: a main number, a sub-number, or none; and the prefix to cut from its text. */
    private record Found(@Nullable Integer main, @Nullable String sub, String prefix) {
    }

    static TextOutline apply(TextOutline outline, boolean numbersInText) {
        return apply(outline, numbersInText, List.of());
    }

    /* Word's list level of each paragraph, in document order, tells "(i)" under "(h)" from the letter (i). */
    static TextOutline apply(TextOutline outline, List<Integer> wordLevels) {
        return apply(outline, false, wordLevels);
    }

    private static TextOutline apply(TextOutline outline, boolean numbersInText, List<Integer> wordLevels) {
        List<ParagraphOutline> all = new ArrayList<>();
        outline.sections().forEach(section -> Flat.collect(section, all));
        List<Found> found = all.stream().map(paragraph -> find(paragraph, numbersInText)).toList();
        if (!isNumberedByParagraph(found)) {
            return withoutNumbers(outline);
        }
        List<ParagraphOutline> numbered = new ArrayList<>();
        Integer main = null;
        SubNumbers subs = new SubNumbers();
        for (int i = 0; i < all.size(); i++) {
            Found number = found.get(i);
            String label;
            if (number.main() != null) {
                main = number.main();
                subs = new SubNumbers();
                label = String.valueOf(main);
            } else if (number.sub() != null) {
                label = (main == null ? "" : String.valueOf(main))
                        + subs.label(number.sub(), i < wordLevels.size() ? wordLevels.get(i) : null);
            } else {
                label = UNNUMBERED + (i + 1);
            }
            numbered.add(withNumber(all.get(i), number.prefix(), label));
        }
        return Flat.replace(outline, numbered.iterator());
    }

    /*
     * "(i)" under "(a)" is a sub-sub-paragraph, 12(a)(i), unless it continues the letters ("(h)",
     * "(i)"); "(ii)" after "(i)" goes on the Roman numerals.
     */
    private static final class SubNumbers {

        private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
                "x", "xi", "xii", "xiii", "xiv", "xv");

        private @Nullable String letter;
        private @Nullable Integer letterLevel;
        private @Nullable String roman;

        /* With a list level (Word's), deeper than the letter's is Roman whatever its letters. */
        String label(String sub, @Nullable Integer level) {
            boolean nextRoman = level != null && letterLevel != null && letter != null ? level > letterLevel
                    : roman == null
                    ? "i".equals(sub) && letter != null && !"h".equals(letter)
                    : ROMAN.indexOf(sub) == ROMAN.indexOf(roman) + 1;
            if (nextRoman) {
                roman = sub;
                return "(" + letter + ")(" + sub + ")";
            }
            letter = sub;
            letterLevel = level;
            roman = null;
            return "(" + sub + ")";
        }
    }

    private static Found find(ParagraphOutline paragraph, boolean numbersInText) {
        if (paragraph.number() != null) {
            Matcher main = MAIN_LABEL.matcher(paragraph.number());
            if (main.matches()) {
                return new Found(Integer.parseInt(main.group(1)), null, "");
            }
            Matcher sub = SUB_LABEL.matcher(paragraph.number());
            return new Found(null, sub.matches() ? sub.group(1) : null, "");
        }
        if (numbersInText) {
            Matcher main = MAIN_IN_TEXT.matcher(paragraph.text());
            if (main.lookingAt()) {
                return new Found(Integer.parseInt(main.group(1)), null, main.group());
            }
            Matcher sub = SUB_IN_TEXT.matcher(paragraph.text());
            if (sub.lookingAt()) {
                return new Found(null, sub.group(1), sub.group());
            }
        }
        return new Found(null, null, "");
    }

    /* At least two main numbers, always going up, and numbers on at least half the paragraphs. */
    private static boolean isNumberedByParagraph(List<Found> found) {
        int mains = 0;
        int numbered = 0;
        int last = Integer.MIN_VALUE;
        for (Found number : found) {
            if (number.main() != null) {
                if (number.main() <= last) {
                    return false;
                }
                last = number.main();
                mains++;
            }
            if (number.main() != null || number.sub() != null) {
                numbered++;
            }
        }
        return mains >= 2 && numbered * 2 >= found.size();
    }

    private static ParagraphOutline withNumber(ParagraphOutline paragraph, String prefix, String label) {
        if (prefix.isEmpty()) {
            return new ParagraphOutline(paragraph.kind(), paragraph.text(), paragraph.html(), label);
        }
        String text = paragraph.text().substring(prefix.length());
        String escaped = Texts.escapeHtml(prefix);
        String html = paragraph.html().startsWith("<p>" + escaped)
                ? "<p>" + paragraph.html().substring(3 + escaped.length())
                : paragraph.html().startsWith(escaped) ? paragraph.html().substring(escaped.length()) : paragraph.html();
        return new ParagraphOutline(paragraph.kind(), text, html, label);
    }

    private static TextOutline withoutNumbers(TextOutline outline) {
        List<ParagraphOutline> all = new ArrayList<>();
        outline.sections().forEach(section -> Flat.collect(section, all));
        if (all.stream().allMatch(paragraph -> paragraph.number() == null)) {
            return outline;
        }
        return Flat.replace(outline, all.stream()
                .map(p -> new ParagraphOutline(p.kind(), p.text(), p.html())).iterator());
    }

    /* Flattening an outline's paragraphs in document order, and putting replacements back in the same order. */
    static final class Flat {

        static TextOutline map(TextOutline outline, java.util.function.UnaryOperator<ParagraphOutline> change) {
            List<ParagraphOutline> all = new ArrayList<>();
            outline.sections().forEach(section -> collect(section, all));
            return replace(outline, all.stream().map(change).iterator());
        }

        static void collect(SectionOutline section, List<ParagraphOutline> into) {
            into.addAll(section.paragraphs());
            section.subsections().forEach(subsection -> collect(subsection, into));
        }

        static TextOutline replace(TextOutline outline, Iterator<ParagraphOutline> replacements) {
            List<SectionOutline> sections = new ArrayList<>();
            for (SectionOutline section : outline.sections()) {
                sections.add(replace(section, replacements));
            }
            return new TextOutline(sections);
        }

        private static SectionOutline replace(SectionOutline section, Iterator<ParagraphOutline> replacements) {
            List<ParagraphOutline> paragraphs = new ArrayList<>();
            for (int i = 0; i < section.paragraphs().size(); i++) {
                paragraphs.add(replacements.next());
            }
            List<SectionOutline> subsections = new ArrayList<>();
            for (SectionOutline subsection : section.subsections()) {
                subsections.add(replace(subsection, replacements));
            }
            return new SectionOutline(section.number(), section.title(), paragraphs, subsections);
        }
    }
}
