package org.parley.importing;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/*
 * The numbers Word prints before numbered paragraphs and headings ("4.3", "27.", "(b)"), which
 * are not in the text: the paragraph's numbering (its own or its style's) is resolved to its
 * level's format and counted in document order, as Word does. Lists sharing an abstract
 * numbering continue each other unless one restarts with a start override.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFDocument document;
    private final @Nullable XWPFNumbering numbering;
    private final Map<String, Integer[]> counters = new HashMap<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
        this.numbering = document.getNumbering();
    }

    /** The label printed before the paragraph, counted; null when it has none or a bullet. */
    @Nullable String label(XWPFParagraph paragraph) {
        CTNumPr numPr = numPr(paragraph);
        if (numbering == null || numPr == null || numPr.getNumId() == null || numPr.getNumId().getVal() == null) {
            return null;
        }
        BigInteger numId = numPr.getNumId().getVal();
        XWPFNum num = numbering.getNum(numId);
        XWPFAbstractNum abstractNum = num == null ? null : numbering.getAbstractNum(numbering.getAbstractNumID(numId));
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int index = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (index >= 0 && index < LEVELS) {
                levels[index] = lvl;
            }
        }
        int level = level(numPr, levels, paragraph.getStyleID());
        if (level < 0 || level >= LEVELS) {
            return null;
        }
        Integer[] counts = counters(num, abstractNum, levels);
        counts[level] = counts[level] == null ? start(levels[level]) : counts[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = null;
        }
        return render(levels, counts, level);
    }

    /* The numbering's own level, else the level linked to the paragraph's style (Word's numbered headings), else 0. */
    private static int level(CTNumPr numPr, CTLvl[] levels, @Nullable String styleId) {
        if (numPr.getIlvl() != null && numPr.getIlvl().getVal() != null) {
            return numPr.getIlvl().getVal().intValue();
        }
        for (int index = 0; index < LEVELS; index++) {
            CTLvl lvl = levels[index];
            if (lvl != null && lvl.getPStyle() != null && styleId != null && styleId.equals(lvl.getPStyle().getVal())) {
                return index;
            }
        }
        return 0;
    }

    /* Counters are shared by the lists of one abstract numbering, unless a list restarts. */
    private Integer[] counters(XWPFNum num, XWPFAbstractNum abstractNum, CTLvl[] levels) {
        boolean restarts = false;
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.isSetStartOverride() && override.getIlvl() != null) {
                int index = override.getIlvl().intValue();
                if (index >= 0 && index < LEVELS && levels[index] != null) {
                    restarts = true;
                }
            }
        }
        String key = restarts ? "num-" + num.getCTNum().getNumId() : "abstract-" + abstractNum.getAbstractNum().getAbstractNumId();
        return counters.computeIfAbsent(key, k -> new Integer[LEVELS]);
    }

    private static @Nullable String render(CTLvl[] levels, Integer[] counts, int level) {
        CTLvl lvl = levels[level];
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null || isBullet(lvl)) {
            return null;
        }
        String template = lvl.getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int referenced = template.charAt(++i) - '1';
                if (referenced >= 0 && referenced < LEVELS) {
                    int value = counts[referenced] == null ? start(levels[referenced]) : counts[referenced];
                    label.append(format(levels[referenced], value));
                }
            } else {
                label.append(c);
            }
        }
        String text = Texts.trim(label.toString());
        return text.isEmpty() ? null : text;
    }

    private static boolean isBullet(CTLvl lvl) {
        return lvl.getNumFmt() != null && lvl.getNumFmt().getVal() != null
                && ("bullet".equals(lvl.getNumFmt().getVal().toString()) || "none".equals(lvl.getNumFmt().getVal().toString()));
    }

    private static int start(@Nullable CTLvl lvl) {
        return lvl == null || lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    static String format(@Nullable CTLvl lvl, int value) {
        String format = lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? "decimal" : lvl.getNumFmt().getVal().toString();
        return formatAs(format, value);
    }

    /* A counter in one of Word's formats ("lowerLetter", "upperRoman"…). */
    static String formatAs(String format, int value) {
        return switch (format) {
            case "lowerLetter" -> letters(value, 'a');
            case "upperLetter" -> letters(value, 'A');
            case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /* Word's letters: a … z, then aa … zz. */
    private static String letters(int value, char first) {
        if (value < 1) {
            return String.valueOf(value);
        }
        char letter = (char) (first + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /* The paragraph's own numbering, else its style's (following basedOn). */
    private @Nullable CTNumPr numPr(XWPFParagraph paragraph) {
        var own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetNumPr()) {
            return own.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral inherited = style.getCTStyle().getPPr();
            if (inherited != null && inherited.isSetNumPr()) {
                return inherited.getNumPr();
            }
            styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return null;
    }
}
