package org.parley.importing;

import static org.parley.importing.OdtImporter.DRAW;
import static org.parley.importing.OdtImporter.FO;
import static org.parley.importing.OdtImporter.OFFICE;
import static org.parley.importing.OdtImporter.STYLE;
import static org.parley.importing.OdtImporter.TABLE;
import static org.parley.importing.OdtImporter.TEXT;
import static org.parley.importing.OdtImporter.XLINK;
import static org.parley.importing.OdtImporter.attribute;
import static org.parley.importing.OdtImporter.children;
import static org.parley.importing.OdtImporter.is;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/* One reading of an OpenDocument text's body, with its styles and counters. */
final class OdtReader {

    private static final int MAX_STYLE_DEPTH = 20;
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private record Look(boolean bold, boolean italic) {
    }

    /* A style as far as importing cares: its parent, weight and slant, list style, family. */
    private record Style(@Nullable String parent, @Nullable Boolean bold, @Nullable Boolean italic,
                         @Nullable String listStyle, boolean indented) {
    }

    /* One level of a list or outline style: how its counter is written. */
    private record Level(boolean bullet, String format, String prefix, String suffix, int displayLevels, int start) {
    }

    private final Document content;
    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Map<Integer, Level>> listStyles = new HashMap<>();
    private final Map<Integer, Level> outlineStyle = new HashMap<>();
    private final int[] outlineCounts = new int[11];
    private final Map<String, int[]> listsById = new HashMap<>();
    private final Map<String, int[]> listsByStyle = new HashMap<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final OutlineBuilder outline = new OutlineBuilder();
    private int notes;
    private int comments;
    private int images;
    private @Nullable ParagraphOutline lastListItem;

    OdtReader(Document content, @Nullable Document styles) {
        this.content = content;
        if (styles != null) {
            readStyles(styles);
        }
        readStyles(content);
    }

    ParsedText read() {
        NodeList texts = content.getElementsByTagNameNS(OFFICE, "text");
        if (texts.getLength() == 0) {
            throw new ImportRejected(OdtImporter.BROKEN);
        }
        blocks((Element) texts.item(0));
        NodeList changes = content.getElementsByTagNameNS(TEXT, "changed-region");
        if (images > 0) {
            warnings.add(new ImportWarning("import.warning.docx.images", images));
        }
        if (comments > 0) {
            warnings.add(new ImportWarning("import.warning.odt.comments", comments));
        }
        if (changes.getLength() > 0) {
            warnings.add(new ImportWarning("import.warning.docx.trackedChanges", changes.getLength()));
        }
        return new ParsedText(ParagraphNumbers.apply(outline.build(), false), warnings);
    }

    private void readStyles(Document document) {
        NodeList all = document.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            Boolean bold = null;
            Boolean italic = null;
            boolean indented = false;
            for (Element properties : children(style)) {
                if (is(properties, STYLE, "paragraph-properties")) {
                    String margin = attribute(properties, FO, "margin-left");
                    indented = margin != null && margin.matches("0*[1-9]\\d*(\\.\\d+)?[a-z]+|0*\\.0*[1-9]\\d*[a-z]+");
                }
                if (is(properties, STYLE, "text-properties")) {
                    String weight = attribute(properties, FO, "font-weight");
                    String slant = attribute(properties, FO, "font-style");
                    bold = weight == null ? null : weight.equals("bold") || weight.matches("[7-9]00");
                    italic = slant == null ? null : slant.equals("italic") || slant.equals("oblique");
                }
            }
            styles.put(style.getAttributeNS(STYLE, "name"), new Style(attribute(style, STYLE, "parent-style-name"),
                    bold, italic, attribute(style, STYLE, "list-style-name"), indented));
        }
        NodeList lists = document.getElementsByTagNameNS(TEXT, "list-style");
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            listStyles.put(list.getAttributeNS(STYLE, "name"), levels(list));
        }
        NodeList outlines = document.getElementsByTagNameNS(TEXT, "outline-style");
        if (outlines.getLength() > 0) {
            outlineStyle.putAll(levels((Element) outlines.item(0)));
        }
    }

    private static Map<Integer, Level> levels(Element style) {
        Map<Integer, Level> levels = new HashMap<>();
        for (Element level : children(style)) {
            String number = attribute(level, TEXT, "level");
            if (number == null || !number.matches("\\d{1,2}")) {
                continue;
            }
            boolean bullet = level.getLocalName().contains("bullet");
            String display = attribute(level, TEXT, "display-levels");
            String start = attribute(level, TEXT, "start-value");
            levels.put(Integer.parseInt(number), new Level(bullet || level.getLocalName().contains("image"),
                    String.valueOf(attribute(level, STYLE, "num-format")),
                    String.valueOf(attribute(level, STYLE, "num-prefix")).replace("null", ""),
                    String.valueOf(attribute(level, STYLE, "num-suffix")).replace("null", ""),
                    display != null && display.matches("\\d{1,2}") ? Integer.parseInt(display) : 1,
                    start != null && start.matches("\\d{1,4}") ? Integer.parseInt(start) : 1));
        }
        return levels;
    }

    private void blocks(Element parent) {
        for (Element element : children(parent)) {
            if (!is(element, TEXT, "list") && !is(element, TEXT, "p")) {
                lastListItem = null;
            }
            if (is(element, TEXT, "h")) {
                heading(element);
            } else if (is(element, TEXT, "p")) {
                paragraph(element);
            } else if (is(element, TEXT, "list")) {
                list(element, attribute(element, TEXT, "style-name"), 1, counters(element));
            } else if (is(element, TABLE, "table")) {
                table(element);
            } else if (is(element, TEXT, "section")) {
                blocks(element);
            }
        }
    }

    private void heading(Element heading) {
        List<String> headingNotes = new ArrayList<>();
        InlineText inline = inline(heading, headingNotes);
        String title = Texts.trim(inline.markdown().replace("*", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1"))
                .replaceAll("\\s+", " ");
        String levelText = attribute(heading, TEXT, "outline-level");
        int level = levelText != null && levelText.matches("\\d{1,2}") ? Math.min(10, Integer.parseInt(levelText)) : 1;
        String number = "true".equals(attribute(heading, TEXT, "is-list-header")) ? null : outlineNumber(level);
        if (title.isEmpty()) {
            return;
        }
        if (number != null && !number.isEmpty() && !Character.isDigit(title.charAt(0))) {
            outline.heading(level, number, title);
        } else {
            outline.heading(level, title);
        }
    }

    /* The heading's number from the outline style: "2.1" for level 2 under the second level-1 heading. */
    private @Nullable String outlineNumber(int level) {
        outlineCounts[level]++;
        for (int deeper = level + 1; deeper < outlineCounts.length; deeper++) {
            outlineCounts[deeper] = 0;
        }
        Level style = outlineStyle.get(level);
        if (style == null || style.bullet() || style.format().isEmpty() || style.format().equals("null")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int shown = Math.max(1, level - style.displayLevels() + 1); shown <= level; shown++) {
            Level levelStyle = outlineStyle.getOrDefault(shown, style);
            parts.add(format(levelStyle.format(), outlineCounts[shown] + levelStyle.start() - 1));
        }
        return String.join(".", parts);
    }

    private void paragraph(Element paragraph) {
        List<String> paragraphNotes = new ArrayList<>();
        InlineText inline = inline(paragraph, paragraphNotes);
        if (inline.isBlank()) {
            return;
        }
        String style = styleName(paragraph);
        if (lastListItem != null && !style.startsWith("quot") && (style.startsWith("list contents") || isIndented(paragraph))) {
            // an indented paragraph without a number after a list item is the item's next paragraph, as in Word
            lastListItem = DocxImporter.continued(lastListItem,
                    OdtImporter.paragraph(ParagraphKind.PARAGRAPH, inline, paragraphNotes, null));
            outline.replaceLastParagraph(lastListItem);
            return;
        }
        lastListItem = null;
        if (style.equals("title")) {
            outline.heading(0, Texts.trim(inline.markdown().replace("*", "")));
        } else if (style.startsWith("quot")) {
            outline.paragraph(DocxImporter.withNotes(ParagraphKind.QUOTE, "> " + inline.markdown().replace("\n", "\n> "),
                    "<blockquote><p>" + inline.html() + "</p></blockquote>", paragraphNotes, null));
        } else {
            outline.paragraph(OdtImporter.paragraph(ParagraphKind.PARAGRAPH, inline, paragraphNotes, null));
        }
    }

    private boolean isIndented(Element paragraph) {
        Style style = styles.get(String.valueOf(attribute(paragraph, TEXT, "style-name")));
        return style != null && style.indented();
    }

    /* The name of the paragraph's style or the first named style it inherits from, in lower case. */
    private String styleName(Element paragraph) {
        String name = attribute(paragraph, TEXT, "style-name");
        for (int depth = 0; name != null && depth < MAX_STYLE_DEPTH; depth++) {
            String lower = name.toLowerCase(Locale.ROOT).replace("_20_", " ");
            if (!lower.matches("p\\d+")) {
                return lower;
            }
            Style style = styles.get(name);
            name = style == null ? null : style.parent();
        }
        return "";
    }

    /*
     * A list continues the counters of the list it names (text:continue-list) or, with
     * text:continue-numbering, of the last list in its style; otherwise it starts again.
     */
    private int[] counters(Element list) {
        String continued = attribute(list, TEXT, "continue-list");
        String style = String.valueOf(attribute(list, TEXT, "style-name"));
        int[] counts = continued != null && listsById.containsKey(continued) ? listsById.get(continued)
                : "true".equals(attribute(list, TEXT, "continue-numbering")) && listsByStyle.containsKey(style)
                ? listsByStyle.get(style) : new int[11];
        String id = attribute(list, XML, "id");
        if (id != null) {
            listsById.put(id, counts);
        }
        listsByStyle.put(style, counts);
        return counts;
    }

    private void list(Element list, @Nullable String inherited, int depth, int[] counts) {
        String styleName = attribute(list, TEXT, "style-name");
        String listStyle = styleName != null ? styleName : inherited;
        Map<Integer, Level> levels = listStyle == null ? Map.of() : listStyles.getOrDefault(listStyle, Map.of());
        Level level = levels.getOrDefault(Math.min(depth, 10), new Level(true, "", "", "", 1, 1));
        for (Element item : children(list)) {
            if (!is(item, TEXT, "list-item") && !is(item, TEXT, "list-header")) {
                continue;
            }
            // an item that only opens a deeper list (LibreOffice continuing "(b)" after a break) is not numbered
            List<Element> content = children(item);
            if (content.isEmpty() || !is(content.get(0), TEXT, "list")) {
                counts[depth]++;
                for (int deeper = depth + 1; deeper < counts.length; deeper++) {
                    counts[deeper] = 0;
                }
            }
            for (Element child : content) {
                if (is(child, TEXT, "list")) {
                    list(child, listStyle, Math.min(depth + 1, 10), counts);
                } else if (is(child, TEXT, "p") || is(child, TEXT, "h")) {
                    listItem(child, level, depth, counts[depth] + level.start() - 1);
                } else if (is(child, TABLE, "table")) {
                    table(child);
                }
            }
        }
    }

    private void listItem(Element paragraph, Level level, int depth, int count) {
        List<String> itemNotes = new ArrayList<>();
        InlineText inline = inline(paragraph, itemNotes);
        if (inline.isBlank()) {
            return;
        }
        ParagraphKind kind = level.bullet() ? ParagraphKind.BULLET_ITEM : ParagraphKind.ORDERED_ITEM;
        String label = level.bullet() ? null : level.prefix() + format(level.format(), count) + level.suffix();
        ParagraphOutline item = OdtImporter.paragraph(kind, inline, itemNotes, label);
        if (kind == ParagraphKind.BULLET_ITEM && depth > 1 && lastListItem != null) {
            lastListItem = DocxImporter.nested(lastListItem, item, depth - 1);
            outline.replaceLastParagraph(lastListItem);
        } else {
            outline.paragraph(item);
            lastListItem = item;
        }
    }

    private static String format(String odfFormat, int value) {
        return switch (odfFormat) {
            case "a" -> WordNumbering.formatAs("lowerLetter", value);
            case "A" -> WordNumbering.formatAs("upperLetter", value);
            case "i" -> WordNumbering.formatAs("lowerRoman", value);
            case "I" -> WordNumbering.formatAs("upperRoman", value);
            default -> String.valueOf(value);
        };
    }

    /* One TABLE paragraph, as a Word table is: spans from number-columns/rows-spanned, covered cells skipped. */
    private void table(Element table) {
        List<List<DocxImporter.Cell>> grid = new ArrayList<>();
        List<String> tableNotes = new ArrayList<>();
        Map<Integer, int[]> rowsLeft = new HashMap<>();
        int columns = 0;
        for (Element row : rows(table)) {
            List<DocxImporter.Cell> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : children(row)) {
                if (is(cell, TABLE, "covered-table-cell")) {
                    int[] left = rowsLeft.get(column);
                    if (left != null && left[0] > 0) {
                        left[0]--;
                        cells.add(new DocxImporter.Cell(column, left[1], true, "", ""));
                        column += left[1];
                    }
                    continue;
                }
                if (!is(cell, TABLE, "table-cell")) {
                    continue;
                }
                int span = count(attribute(cell, TABLE, "number-columns-spanned"));
                int rows = count(attribute(cell, TABLE, "number-rows-spanned"));
                rowsLeft.put(column, new int[] {rows - 1, span});
                List<String> markdown = new ArrayList<>();
                List<String> html = new ArrayList<>();
                for (Element paragraph : children(cell)) {
                    if (is(paragraph, TEXT, "p") || is(paragraph, TEXT, "h")) {
                        InlineText inline = inline(paragraph, tableNotes);
                        if (!inline.isBlank()) {
                            markdown.add(inline.markdown().replace("\n", " "));
                            html.add(inline.html());
                        }
                    }
                }
                cells.add(new DocxImporter.Cell(column, span, false, String.join("<br>", markdown).replace("|", "\\|"),
                        String.join("<br>", html)));
                column += span;
            }
            columns = Math.max(columns, column);
            grid.add(cells);
        }
        if (grid.isEmpty() || columns == 0) {
            return;
        }
        String text = DocxImporter.markdownTable(grid, columns);
        if (!Texts.trim(text.replaceAll("[|\\-\\s]", "")).isEmpty()) {
            outline.paragraph(DocxImporter.withNotes(ParagraphKind.TABLE, text, DocxImporter.htmlTable(grid), tableNotes,
                    null));
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : children(table)) {
            if (is(child, TABLE, "table-row")) {
                rows.add(child);
            } else if (is(child, TABLE, "table-header-rows") || is(child, TABLE, "table-rows")
                    || is(child, TABLE, "table-row-group")) {
                rows.addAll(rows(child));
            }
        }
        return rows;
    }

    private static int count(@Nullable String value) {
        return value != null && value.matches("\\d{1,3}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    private InlineText inline(Element paragraph, List<String> paragraphNotes) {
        InlineText inline = new InlineText();
        walk(paragraph, look(attribute(paragraph, TEXT, "style-name"), new Look(false, false)), null, inline,
                paragraphNotes);
        return inline;
    }

    private void walk(Node parent, Look look, @Nullable String href, InlineText inline, List<String> paragraphNotes) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                inline.add(node.getNodeValue().replaceAll("[\\n\\r\\t]+", " "), look.bold(), look.italic(), href);
            } else if (node instanceof Element element) {
                inlineElement(element, look, href, inline, paragraphNotes);
            }
        }
    }

    private void inlineElement(Element element, Look look, @Nullable String href, InlineText inline,
                               List<String> paragraphNotes) {
        if (is(element, TEXT, "span")) {
            walk(element, look(attribute(element, TEXT, "style-name"), look), href, inline, paragraphNotes);
        } else if (is(element, TEXT, "a")) {
            walk(element, look, attribute(element, XLINK, "href"), inline, paragraphNotes);
        } else if (is(element, TEXT, "s")) {
            inline.add(" ".repeat(count(attribute(element, TEXT, "c"))), look.bold(), look.italic(), href);
        } else if (is(element, TEXT, "tab")) {
            inline.add(" ", look.bold(), look.italic(), href);
        } else if (is(element, TEXT, "line-break")) {
            inline.add("\n", look.bold(), look.italic(), href);
        } else if (is(element, TEXT, "note")) {
            note(element, inline, paragraphNotes);
        } else if (is(element, OFFICE, "annotation")) {
            comments++;
        } else if (is(element, DRAW, "frame")) {
            images += element.getElementsByTagNameNS(DRAW, "image").getLength() > 0 ? 1 : 0;
        } else if (!is(element, TEXT, "tracked-changes") && !is(element, OFFICE, "annotation-end")
                && !is(element, TEXT, "bookmark-ref") && !is(element, TEXT, "note-citation")) {
            walk(element, look, href, inline, paragraphNotes);
        }
    }

    private void note(Element note, InlineText inline, List<String> paragraphNotes) {
        String label = "[" + ++notes + "]";
        inline.plain(label);
        StringBuilder text = new StringBuilder();
        for (Element body : children(note)) {
            if (is(body, TEXT, "note-body")) {
                text.append(Texts.trim(body.getTextContent().replaceAll("\\s+", " ")));
            }
        }
        paragraphNotes.add(label + " " + text);
    }

    private Look look(@Nullable String styleName, Look around) {
        Boolean bold = null;
        Boolean italic = null;
        String name = styleName;
        for (int depth = 0; name != null && depth < MAX_STYLE_DEPTH && (bold == null || italic == null); depth++) {
            Style style = styles.get(name);
            if (style == null) {
                break;
            }
            bold = bold != null ? bold : style.bold();
            italic = italic != null ? italic : style.italic();
            name = style.parent();
        }
        return new Look(bold != null ? bold : around.bold(), italic != null ? italic : around.italic());
    }
}
