package org.parley.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

/*
 * Reads a Word document (.docx). Headings come from the heading styles (and Title) or the
 * outline level; list paragraphs become list items, bulleted or numbered as their numbering
 * says; each table becomes one paragraph. Footnotes and endnotes are appended to the paragraph
 * that cites them. Tracked insertions are kept and tracked deletions dropped. POI's zip bomb
 * protections stay as they are.
 */
class DocxImporter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DocxImporter.class);

    static final String BROKEN = "import.error.docx.broken";
    static final String ENCRYPTED = "import.error.docx.encrypted";
    static final String BOMB = "import.error.docx.bomb";
    static final String UNSAFE_XML = "import.error.docx.unsafeXml";

    private static final Pattern HEADING_STYLE = Pattern.compile("heading([1-6])");
    private static final int TITLE_LEVEL = 0;
    private static final Pattern DROP_CAP = Pattern.compile("framePr\\b[^>]*dropCap=\"(drop|margin)\"");
    private static final Pattern DELETED = Pattern.compile("<[\\w:]*del\\b");
    private static final Pattern ALT_TEXT = Pattern.compile("<[\\w:]*docPr\\b[^>]*\\sdescr=\"([^\"]*)\"");

    private final List<ImportWarning> warnings = new ArrayList<>();
    private int images;
    private int comments;
    private int trackedChanges;
    private int notes;
    private @Nullable WordNumbering numbering;
    /* A drop cap, or a paragraph whose mark a tracked change deleted: the start of the next paragraph. */
    private @Nullable InlineText carried;
    private List<String> carriedNotes = List.of();
    /* The list item just read, which a nested bullet joins; null after anything else. */
    private @Nullable ParagraphOutline lastListItem;
    /* Word's list level of each paragraph of the outline, in document order. */
    private final List<Integer> levels = new ArrayList<>();

    ParsedText parse(byte[] bytes) {
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OLE2) {
            throw new ImportRejected(ENCRYPTED);
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportRejected(BROKEN);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return read(document);
        } catch (EncryptedDocumentException e) {
            throw new ImportRejected(ENCRYPTED);
        } catch (ImportRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.debug("Unreadable Word document", e);
            throw new ImportRejected(isZipBomb(e) ? BOMB : causedBy(e, "DOCTYPE is disallowed") ? UNSAFE_XML : BROKEN);
        }
    }

    private static FileMagic magic(byte[] bytes) {
        try {
            return FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        return causedBy(e, "Zip bomb detected") || causedBy(e, "potentially malicious");
    }

    /* POI refuses document type declarations, and with them entity expansion bombs. */
    private static boolean causedBy(Throwable e, String words) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains(words)) {
                return true;
            }
        }
        return false;
    }

    private ParsedText read(XWPFDocument document) {
        OutlineBuilder outline = new OutlineBuilder();
        numbering = new WordNumbering(document);
        for (IBodyElement element : document.getBodyElements()) {
            if (!(element instanceof XWPFParagraph)) {
                lastListItem = null;
            }
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(document, paragraph, outline);
            } else if (element instanceof XWPFTable table) {
                table(document, table, outline);
            } else if (element instanceof XWPFSDT control) {
                String text = Texts.trim(control.getContent().getText());
                if (!text.isEmpty()) {
                    add(outline, new ParagraphOutline(ParagraphKind.PARAGRAPH, text,
                            ImportedHtml.sanitize("<p>" + Texts.escapeHtml(text) + "</p>")), 0);
                }
            }
        }
        if (document.getComments() != null) {
            comments = Math.max(comments, document.getComments().length);
        }
        if (images > 0) {
            warnings.add(new ImportWarning("import.warning.docx.images", images));
        }
        if (comments > 0) {
            warnings.add(new ImportWarning("import.warning.docx.comments", comments));
        }
        if (trackedChanges > 0) {
            warnings.add(new ImportWarning("import.warning.docx.trackedChanges", trackedChanges));
        }
        TextOutline numbered = ParagraphNumbers.apply(outline.build(), levels);
        if (!hasSourceNumbers(numbered)) {
            numbered = ParagraphNumbers.apply(WordSubItems.intoTheirItems(outline.build(), levels), false);
        }
        return new ParsedText(numbered, warnings);
    }

    private static boolean hasSourceNumbers(TextOutline outline) {
        List<ParagraphOutline> all = new ArrayList<>();
        outline.sections().forEach(section -> ParagraphNumbers.Flat.collect(section, all));
        return all.stream().anyMatch(paragraph -> paragraph.number() != null);
    }

    private void add(OutlineBuilder outline, ParagraphOutline paragraph, int level) {
        outline.paragraph(paragraph);
        levels.add(level);
    }

    private void paragraph(XWPFDocument document, XWPFParagraph paragraph, OutlineBuilder outline) {
        List<String> paragraphNotes = new ArrayList<>();
        // counted even when the paragraph is empty, as Word counts it
        String label = numbering == null ? null : numbering.label(paragraph);
        InlineText inline = inline(document, paragraph, paragraphNotes);
        if (carried != null) {
            inline = carried.followedBy(inline);
            paragraphNotes.addAll(0, carriedNotes);
            carried = null;
            carriedNotes = List.of();
        }
        if (inline.isBlank()) {
            return;
        }
        Integer level = headingLevel(document, paragraph);
        if (level == null && (isDropCap(paragraph) || markDeleted(paragraph))) {
            // a drop cap is the first letter of the next paragraph; a deleted mark joins the next paragraph
            if (markDeleted(paragraph)) {
                trackedChanges++;
                inline.plain(" ");
            }
            carried = inline;
            carriedNotes = paragraphNotes;
            return;
        }
        if (level != null) {
            lastListItem = null;
            String title = Texts.trim(inline.markdown().replace("*", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1"))
                    .replaceAll("\\s+", " ");
            if (label != null && !Character.isDigit(title.charAt(0))) {
                outline.heading(level, label.replaceAll("[.\\s]+$", ""), title);
            } else {
                outline.heading(level, title);
            }
            return;
        }
        ParagraphKind kind = listKind(document, paragraph);
        if (kind == ParagraphKind.PARAGRAPH && isQuote(document, paragraph)) {
            lastListItem = null;
            add(outline, withNotes(ParagraphKind.QUOTE, "> " + inline.markdown().replace("\n", "\n> "),
                    "<blockquote><p>" + inline.html() + "</p></blockquote>", paragraphNotes, null), 0);
            return;
        }
        String text = inline.markdown();
        String html = kind == ParagraphKind.PARAGRAPH ? "<p>" + inline.html() + "</p>" : inline.html();
        ParagraphOutline item = withNotes(kind, text, html, paragraphNotes, kind == ParagraphKind.ORDERED_ITEM ? label : null);
        int depth = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        if (kind == ParagraphKind.BULLET_ITEM && depth > 0 && lastListItem != null) {
            lastListItem = nested(lastListItem, item, depth);
            outline.replaceLastParagraph(lastListItem);
        } else if (kind == ParagraphKind.PARAGRAPH && lastListItem != null && continuesItem(document, paragraph)) {
            // an indented paragraph without a number under a list item is the item's second paragraph
            lastListItem = continued(lastListItem, item);
            outline.replaceLastParagraph(lastListItem);
        } else {
            add(outline, item, kind == ParagraphKind.PARAGRAPH ? 0 : depth);
            lastListItem = kind == ParagraphKind.PARAGRAPH ? null : item;
        }
    }

    /*
     * A nested bullet belongs to the list item above it, as in a web page: people comment on the
     * item with its sub-points. Numbered sub-items ("(a)") stay paragraphs of their own, to be cited.
     */
    static ParagraphOutline nested(ParagraphOutline parent, ParagraphOutline bullet, int depth) {
        String text = parent.text() + "\n\n" + "  ".repeat(depth - 1) + "- " + bullet.text();
        String html = parent.html().endsWith("</li></ul>")
                ? parent.html().substring(0, parent.html().length() - "</ul>".length()) + "<li>" + bullet.html() + "</li></ul>"
                : parent.html() + "<ul><li>" + bullet.html() + "</li></ul>";
        return new ParagraphOutline(parent.kind(), text, ImportedHtml.sanitize(html), parent.number());
    }

    /* A list item with a further paragraph of its own. */
    static ParagraphOutline continued(ParagraphOutline item, ParagraphOutline paragraph) {
        return new ParagraphOutline(item.kind(), item.text() + "\n\n" + paragraph.text(),
                ImportedHtml.sanitize(item.html() + paragraph.html()), item.number());
    }

    /* "List Paragraph" or "List Continue" without a number, or indented from the left. */
    private static boolean continuesItem(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        XWPFStyle style = styleId == null || document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = (style == null || style.getName() == null ? String.valueOf(styleId) : style.getName())
                .toLowerCase(Locale.ROOT).replace(" ", "");
        CTPPr properties = paragraph.getCTP().getPPr();
        return name.startsWith("listparagraph") || name.startsWith("listcontinue")
                || properties != null && properties.isSetInd() && twips(properties.getInd().getLeft()) > 0;
    }

    /* Read from the XML: the generated classes for drop caps and deleted marks are not in POI's lite schemas. */
    private static boolean isDropCap(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().getPPr();
        return properties != null && DROP_CAP.matcher(properties.xmlText()).find();
    }

    private static boolean markDeleted(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().getPPr();
        return properties != null && properties.isSetRPr() && DELETED.matcher(properties.getRPr().xmlText()).find();
    }

    /* A quotation style ("Quote", "Intense Quote", LibreOffice's "Quotations"), or indented on both sides. */
    private static boolean isQuote(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        XWPFStyle style = styleId == null || document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = (style == null || style.getName() == null ? String.valueOf(styleId) : style.getName())
                .toLowerCase(Locale.ROOT);
        if (name.contains("quote") || name.contains("quotation")) {
            return true;
        }
        CTPPr properties = paragraph.getCTP().getPPr();
        if (properties == null || !properties.isSetInd()) {
            return false;
        }
        var indentation = properties.getInd();
        return twips(indentation.getLeft()) > 0 && twips(indentation.getRight()) > 0;
    }

    private static long twips(@Nullable Object measure) {
        if (measure == null) {
            return 0;
        }
        try {
            return Long.parseLong(measure.toString());
        } catch (NumberFormatException notPlainTwips) {
            return 0;
        }
    }

    static ParagraphOutline withNotes(ParagraphKind kind, String text, String html, List<String> notes,
                                              @Nullable String number) {
        StringBuilder fullText = new StringBuilder(text);
        StringBuilder fullHtml = new StringBuilder(html);
        for (String note : notes) {
            fullText.append("\n\n").append(note);
            fullHtml.append("<p>").append(Texts.escapeHtml(note)).append("</p>");
        }
        return new ParagraphOutline(kind, fullText.toString(), ImportedHtml.sanitize(fullHtml.toString()), number);
    }

    private static @Nullable Integer headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        XWPFStyle style = styleId == null || document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        for (String name : new String[] {styleId, style == null ? null : style.getName()}) {
            if (name == null) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT).replace(" ", "");
            if (key.equals("title")) {
                return TITLE_LEVEL;
            }
            Matcher heading = HEADING_STYLE.matcher(key);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(1));
            }
        }
        CTPPr own = paragraph.getCTP().getPPr();
        Integer level = outlineLevel(own == null || !own.isSetOutlineLvl() ? null : own.getOutlineLvl());
        if (level == null && style != null) {
            CTPPrGeneral inherited = style.getCTStyle().getPPr();
            level = outlineLevel(inherited == null || !inherited.isSetOutlineLvl() ? null : inherited.getOutlineLvl());
        }
        return level;
    }

    /* Outline levels 0 to 8 are heading levels 1 to 9; 9 is body text. */
    private static @Nullable Integer outlineLevel(@Nullable CTDecimalNumber level) {
        if (level == null || level.getVal() == null) {
            return null;
        }
        int value = level.getVal().intValue();
        return value >= 0 && value < 9 ? value + 1 : null;
    }

    private static ParagraphKind listKind(XWPFDocument document, XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId != null && numId.signum() > 0) {
            String format = paragraph.getNumFmt();
            return "bullet".equals(format) || format == null && looksBulleted(paragraph.getNumLevelText())
                    ? ParagraphKind.BULLET_ITEM : ParagraphKind.ORDERED_ITEM;
        }
        String styleId = paragraph.getStyleID();
        XWPFStyle style = styleId == null || document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = (style == null || style.getName() == null ? String.valueOf(styleId) : style.getName())
                .toLowerCase(Locale.ROOT).replace(" ", "");
        if (name.startsWith("listbullet")) {
            return ParagraphKind.BULLET_ITEM;
        }
        if (name.startsWith("listnumber")) {
            return ParagraphKind.ORDERED_ITEM;
        }
        return ParagraphKind.PARAGRAPH;
    }

    private static boolean looksBulleted(@Nullable String levelText) {
        return levelText != null && !levelText.contains("%");
    }

    /* The paragraph's runs in order, walking into hyperlinks, insertions, fields and content controls. */
    private InlineText inline(XWPFDocument document, XWPFParagraph paragraph, List<String> paragraphNotes) {
        InlineText inline = new InlineText();
        walk(document, paragraph, paragraph.getCTP(), null, inline, paragraphNotes);
        return inline;
    }

    private void walk(XWPFDocument document, XWPFParagraph paragraph, XmlObject parent, @Nullable String href,
                      InlineText inline, List<String> paragraphNotes) {
        try (XmlCursor cursor = parent.newCursor()) {
            if (!cursor.toFirstChild()) {
                return;
            }
            do {
                XmlObject child = cursor.getObject();
                switch (cursor.getName().getLocalPart()) {
                    case "r" -> run(document, paragraph, (CTR) child, href, inline, paragraphNotes);
                    case "hyperlink" -> walk(document, paragraph, child, hyperlink(document, child), inline, paragraphNotes);
                    case "ins", "moveTo" -> {
                        trackedChanges++;
                        walk(document, paragraph, child, href, inline, paragraphNotes);
                    }
                    case "del", "moveFrom" -> trackedChanges++;
                    case "commentRangeStart" -> comments++;
                    case "smartTag", "sdt", "sdtContent", "fldSimple", "customXml" ->
                            walk(document, paragraph, child, href, inline, paragraphNotes);
                    default -> {
                    }
                }
            } while (cursor.toNextSibling());
        }
    }

    private static @Nullable String hyperlink(XWPFDocument document, XmlObject link) {
        try (XmlCursor cursor = link.newCursor()) {
            String id = cursor.getAttributeText(new javax.xml.namespace.QName(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
            if (id != null) {
                XWPFHyperlink target = document.getHyperlinkByID(id);
                if (target != null) {
                    return target.getURL();
                }
                var relation = document.getPackagePart().getRelationship(id);
                return relation == null ? null : relation.getTargetURI().toString();
            }
            return null;
        }
    }

    private void run(XWPFDocument document, XWPFParagraph paragraph, CTR ctr, @Nullable String href,
                     InlineText inline, List<String> paragraphNotes) {
        XWPFRun run = new XWPFRun(ctr, paragraph);
        boolean bold = run.isBold();
        boolean italic = run.isItalic();
        try (XmlCursor cursor = ctr.newCursor()) {
            if (!cursor.toFirstChild()) {
                return;
            }
            do {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> inline.add(cursor.getTextValue(), bold, italic, href);
                    case "tab" -> inline.add("\t", bold, italic, href);
                    case "br", "cr" -> inline.add("\n", bold, italic, href);
                    case "noBreakHyphen" -> inline.add("‑", bold, italic, href);
                    case "drawing", "pict", "object" -> {
                        images++;
                        altText(cursor.getObject(), inline, paragraphNotes);
                    }
                    case "commentReference" -> comments = Math.max(comments, 1);
                    case "footnoteReference", "endnoteReference" -> {
                        String id = cursor.getAttributeText(new javax.xml.namespace.QName(
                                "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "id"));
                        note(document, cursor.getName().getLocalPart().startsWith("foot"), id, inline, paragraphNotes);
                    }
                    default -> {
                    }
                }
            } while (cursor.toNextSibling());
        }
    }

    /* An image's description (its alt text) is kept as a note of its paragraph: the image itself is not. */
    private void altText(XmlObject drawing, InlineText inline, List<String> paragraphNotes) {
        Matcher description = ALT_TEXT.matcher(drawing.xmlText());
        String alt = description.find() ? Texts.trim(org.jsoup.parser.Parser.unescapeEntities(description.group(1), true)) : "";
        // a description that is only the file's name ("chart.png", as some programs write it) says nothing
        if (!alt.isEmpty() && !alt.matches("(?i)\\S+\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)")) {
            String label = "[" + ++notes + "]";
            inline.plain(label);
            paragraphNotes.add(label + " " + alt);
        }
    }

    private void note(XWPFDocument document, boolean footnote, @Nullable String id, InlineText inline,
                      List<String> paragraphNotes) {
        if (id == null) {
            return;
        }
        XWPFAbstractFootnoteEndnote note;
        try {
            note = footnote ? document.getFootnoteByID(Integer.parseInt(id)) : document.getEndnoteByID(Integer.parseInt(id));
        } catch (RuntimeException e) {
            note = null;
        }
        if (note == null) {
            return;
        }
        String label = "[" + ++notes + "]";
        inline.plain(label);
        String text = note.getParagraphs().stream().map(XWPFParagraph::getText).map(Texts::trim)
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
        paragraphNotes.add(label + " " + text);
    }

    /* One TABLE paragraph: a GFM table as its text, an HTML table (with colspan and rowspan) as its rendering. */
    private void table(XWPFDocument document, XWPFTable table, OutlineBuilder outline) {
        List<List<Cell>> grid = new ArrayList<>();
        List<String> notesOfTable = new ArrayList<>();
        int columns = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell tableCell : row.getTableCells()) {
                CTTcPr properties = tableCell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan() && properties.getGridSpan().getVal() != null
                        ? Math.max(1, properties.getGridSpan().getVal().intValue()) : 1;
                boolean continued = properties != null && properties.isSetVMerge()
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                List<String> markdown = new ArrayList<>();
                StringBuilder cellHtml = new StringBuilder();
                ParagraphKind openList = null;
                for (XWPFParagraph paragraph : tableCell.getParagraphs()) {
                    InlineText inline = inline(document, paragraph, notesOfTable);
                    if (inline.isBlank()) {
                        continue;
                    }
                    // a list in a cell stays a list: items in the HTML, "- " items in the Markdown
                    ParagraphKind kind = listKind(document, paragraph);
                    String tag = kind == ParagraphKind.ORDERED_ITEM ? "ol" : "ul";
                    if (openList != null && openList != kind) {
                        cellHtml.append(openList == ParagraphKind.ORDERED_ITEM ? "</ol>" : "</ul>");
                        openList = null;
                    }
                    if (kind == ParagraphKind.PARAGRAPH) {
                        cellHtml.append(cellHtml.isEmpty() ? "" : "<br>").append(inline.html());
                        markdown.add(inline.markdown().replace("\n", " "));
                    } else {
                        cellHtml.append(openList == null ? "<" + tag + ">" : "").append("<li>").append(inline.html())
                                .append("</li>");
                        openList = kind;
                        markdown.add((kind == ParagraphKind.ORDERED_ITEM ? "1. " : "- ") + inline.markdown().replace("\n", " "));
                    }
                }
                if (openList != null) {
                    cellHtml.append(openList == ParagraphKind.ORDERED_ITEM ? "</ol>" : "</ul>");
                }
                cells.add(new Cell(column, span, continued, String.join("<br>", markdown).replace("|", "\\|"),
                        cellHtml.toString()));
                column += span;
            }
            columns = Math.max(columns, column);
            grid.add(cells);
        }
        if (grid.isEmpty() || columns == 0) {
            return;
        }
        String text = markdownTable(grid, columns);
        String html = htmlTable(grid);
        if (Texts.trim(text.replaceAll("[|\\-\\s]", "")).isEmpty()) {
            return;
        }
        add(outline, withNotes(ParagraphKind.TABLE, text, html, notesOfTable, null), 0);
    }

    record Cell(int column, int span, boolean continued, String markdown, String html) {
    }

    static String markdownTable(List<List<Cell>> grid, int columns) {
        StringBuilder out = new StringBuilder();
        String[] above = new String[columns];
        for (int r = 0; r < grid.size(); r++) {
            String[] values = new String[columns];
            java.util.Arrays.fill(values, "");
            for (Cell cell : grid.get(r)) {
                for (int c = cell.column; c < cell.column + cell.span && c < columns; c++) {
                    values[c] = cell.continued && above[c] != null ? above[c] : cell.markdown;
                }
            }
            above = values;
            out.append("| ").append(String.join(" | ", values)).append(" |\n");
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append("\n");
            }
        }
        return out.toString().stripTrailing();
    }

    static String htmlTable(List<List<Cell>> grid) {
        StringBuilder out = new StringBuilder("<table>");
        for (int r = 0; r < grid.size(); r++) {
            String tag = r == 0 ? "th" : "td";
            out.append(r == 0 ? "<thead><tr>" : r == 1 ? "<tbody><tr>" : "<tr>");
            for (Cell cell : grid.get(r)) {
                if (cell.continued) {
                    continue;
                }
                int rowspan = 1;
                while (r + rowspan < grid.size() && continuesAt(grid.get(r + rowspan), cell.column)) {
                    rowspan++;
                }
                out.append('<').append(tag);
                if (cell.span > 1) {
                    out.append(" colspan=\"").append(cell.span).append('"');
                }
                if (rowspan > 1) {
                    out.append(" rowspan=\"").append(rowspan).append('"');
                }
                out.append('>').append(cell.html).append("</").append(tag).append('>');
            }
            out.append(r == 0 ? "</tr></thead>" : "</tr>");
        }
        if (grid.size() > 1) {
            out.append("</tbody>");
        }
        return out.append("</table>").toString();
    }

    private static boolean continuesAt(List<Cell> row, int column) {
        return row.stream().anyMatch(cell -> cell.column == column && cell.continued);
    }
}
