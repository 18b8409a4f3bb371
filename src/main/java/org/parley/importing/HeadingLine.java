package org.parley.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/*
 * A line that reads as a heading: "4.3 The role of the UN", and the UN's "II. Human rights online"
 * (Roman numerals, level 1) and "A. Digital public goods" (capital letters, level 2). In a text
 * numbered by paragraph ("12. The Council…"), a single number is a paragraph's, never a heading's.
 */
final class HeadingLine {

    record Heading(int level, String number, String title) {
    }

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)");
    private static final Pattern ROMAN = Pattern.compile("([IVXLCDM]{1,9})\\.\\s+(\\S.*)");
    private static final Pattern LETTERED = Pattern.compile("([A-Z])\\.\\s+(\\S.*)");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("(?m)^\\d{1,4}\\.\\s+\\S");
    private static final Pattern ROMAN_LINE = Pattern.compile("(?m)^(?:[IVXLCDM]{1,9}|[A-Z])\\.\\s+\\p{Lu}");
    private static final Pattern VALID_ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final int MAX_TITLE_LENGTH = 120;
    private static final String SENTENCE_END = ".;,:";

    /* UN style: Roman or lettered headings and paragraphs numbered "1.", so single numbers are paragraphs. */
    private final boolean numberedParagraphs;
    private @Nullable String lastLetter;

    private HeadingLine(boolean numberedParagraphs) {
        this.numberedParagraphs = numberedParagraphs;
    }

    static HeadingLine forText(String text) {
        boolean unStyle = ROMAN_LINE.matcher(text).find() && PARAGRAPH_NUMBER.matcher(text).results().limit(2).count() == 2;
        return new HeadingLine(unStyle);
    }

    /* "II. Human…" or "A. Digital…": such a line starts a heading, whatever was above it. */
    static boolean startsLettered(String line) {
        return ROMAN_LINE.matcher(line).lookingAt();
    }

    /* The line as a heading; its leading spaces count (an indented line is not one). */
    @Nullable Heading read(String rawLine) {
        if (rawLine.isEmpty() || Texts.isSpace(rawLine.charAt(0))) {
            return null;
        }
        String line = Texts.trim(rawLine);
        Heading heading = lettered(line);
        if (heading == null) {
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && !(numberedParagraphs && !numbered.group(1).contains("."))) {
                heading = new Heading(numbered.group(1).split("\\.").length + (numberedParagraphs ? 2 : 0),
                        numbered.group(1), numbered.group(2));
            }
        }
        return heading != null && looksLikeTitle(heading.title()) ? heading : null;
    }

    /* After a read that was taken as a heading: "I." after "H." (or "C." after "B.") is a letter, not a Roman numeral. */
    void taken(Heading heading) {
        if (heading.number().length() == 1 && heading.level() == 2) {
            lastLetter = heading.number();
        } else if (heading.level() == 1) {
            lastLetter = null;
        }
    }

    private @Nullable Heading lettered(String line) {
        Matcher roman = ROMAN.matcher(line);
        boolean nextLetter = lastLetter != null && line.startsWith((char) (lastLetter.charAt(0) + 1) + ".");
        if (roman.matches() && VALID_ROMAN.matcher(roman.group(1)).matches() && !nextLetter) {
            return new Heading(1, roman.group(1), roman.group(2));
        }
        Matcher letter = LETTERED.matcher(line);
        return letter.matches() ? new Heading(2, letter.group(1), letter.group(2)) : null;
    }

    private static boolean looksLikeTitle(String title) {
        return title.length() <= MAX_TITLE_LENGTH
                && !Character.isLowerCase(title.charAt(0))
                && SENTENCE_END.indexOf(title.charAt(title.length() - 1)) < 0;
    }
}
