package org.parley.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

/*
 * Reads a web page. The text is in <main>, else <article>, else the block that holds the most
 * paragraph text; navigation, headers, footers, asides, scripts, styles and forms are dropped.
 * Headings nest like Markdown headings; paragraphs, list items, quotations, tables and
 * preformatted blocks become paragraphs whose text is Markdown.
 */
class HtmlImporter {

    private static final String DROPPED = "nav, header, footer, aside, script, style, form, noscript, template, iframe, svg, button";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre";

    TextOutline parse(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        document.select(DROPPED).remove();
        Element content = content(document);
        OutlineBuilder outline = new OutlineBuilder();
        blocks(content, outline);
        return outline.build();
    }

    private static Element content(Document document) {
        Element main = document.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Element article = document.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element best = document.body();
        int bestLength = ownBlockText(best);
        for (Element candidate : document.body().select("div, section")) {
            int length = ownBlockText(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    private static int ownBlockText(Element element) {
        return element.children().stream().filter(child -> child.is(BLOCKS)).mapToInt(child -> child.text().length()).sum();
    }

    private void blocks(Element container, OutlineBuilder outline) {
        InlineText loose = new InlineText();
        for (Node node : container.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                flush(loose, outline);
                loose = new InlineText();
                block(element, outline);
            } else {
                inline(node, loose, false, false, null);
            }
        }
        flush(loose, outline);
    }

    private static boolean isBlock(Element element) {
        return element.is(BLOCKS) || element.is("div, section, article, main, li, dl, figure, details, hr, body, center");
    }

    private static void flush(InlineText loose, OutlineBuilder outline) {
        if (!loose.isBlank()) {
            outline.paragraph(new ParagraphOutline(ParagraphKind.PARAGRAPH, loose.markdown(),
                    ImportedHtml.sanitize("<p>" + loose.html() + "</p>")));
        }
    }

    private void block(Element element, OutlineBuilder outline) {
        String tag = element.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String title = Texts.trim(element.text());
                if (!title.isEmpty()) {
                    outline.heading(tag.charAt(1) - '0', title);
                }
            }
            case "p" -> add(outline, ParagraphKind.PARAGRAPH, markdown(element), "<p>" + inlineHtml(element) + "</p>");
            case "ul", "ol" -> {
                ParagraphKind kind = tag.equals("ol") ? ParagraphKind.ORDERED_ITEM : ParagraphKind.BULLET_ITEM;
                for (Element item : element.children()) {
                    if (item.is("li")) {
                        add(outline, kind, markdown(item), item.html());
                    }
                }
            }
            case "blockquote" -> add(outline, ParagraphKind.QUOTE,
                    markdown(element).lines().map(line -> line.isBlank() ? ">" : "> " + line)
                            .collect(Collectors.joining("\n")), element.outerHtml());
            case "pre" -> {
                String code = element.wholeText().stripTrailing();
                if (!Texts.trim(code).isEmpty()) {
                    outline.paragraph(new ParagraphOutline(ParagraphKind.CODE, "```\n" + code + "\n```",
                            ImportedHtml.sanitize("<pre><code>" + Texts.escapeHtml(code) + "</code></pre>")));
                }
            }
            case "table" -> add(outline, ParagraphKind.TABLE, markdownTable(element), element.outerHtml());
            case "hr" -> {
            }
            default -> blocks(element, outline);
        }
    }

    private static void add(OutlineBuilder outline, ParagraphKind kind, String text, String html) {
        if (!Texts.trim(text).isEmpty()) {
            outline.paragraph(new ParagraphOutline(kind, Texts.trim(text), ImportedHtml.sanitize(html)));
        }
    }

    private static String inlineHtml(Element element) {
        InlineText inline = new InlineText();
        element.childNodes().forEach(node -> inline(node, inline, false, false, null));
        return inline.html();
    }

    private static String markdown(Element element) {
        List<String> parts = new ArrayList<>();
        InlineText inline = new InlineText();
        for (Node node : element.childNodes()) {
            if (node instanceof Element child && isBlock(child)) {
                parts.add(inline.markdown());
                inline = new InlineText();
                if (child.is("ul, ol")) {
                    int n = 1;
                    for (Element item : child.children()) {
                        parts.add((child.is("ol") ? n++ + ". " : "- ") + markdown(item).replace("\n", "\n   "));
                    }
                } else {
                    parts.add(markdown(child));
                }
            } else {
                inline(node, inline, false, false, null);
            }
        }
        parts.add(inline.markdown());
        return parts.stream().filter(part -> !Texts.trim(part).isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private static void inline(Node node, InlineText inline, boolean bold, boolean italic, @Nullable String href) {
        if (node instanceof TextNode text) {
            inline.add(text.text().replaceAll("[\\s&&[^\\u00A0]]+", " "), bold, italic, href);
        } else if (node instanceof Element element) {
            String tag = element.normalName().toLowerCase(Locale.ROOT);
            if (tag.equals("br")) {
                inline.add("\n", bold, italic, href);
                return;
            }
            if (tag.equals("img")) {
                return;
            }
            boolean b = bold || tag.equals("strong") || tag.equals("b");
            boolean i = italic || tag.equals("em") || tag.equals("i");
            String link = tag.equals("a") && element.hasAttr("href") ? element.attr("abs:href").isEmpty()
                    ? element.attr("href") : element.attr("abs:href") : href;
            element.childNodes().forEach(child -> inline(child, inline, b, i, link));
        }
    }

    private static String markdownTable(Element table) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.is("td, th")) {
                    String text = markdown(cell).replace("\n\n", "<br>").replace("\n", " ").replace("|", "\\|");
                    int span = Math.max(1, Math.min(100, parseInt(cell.attr("colspan"))));
                    for (int k = 0; k < span; k++) {
                        cells.add(text);
                    }
                }
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (rows.isEmpty() || columns == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < columns) {
                cells.add("");
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append("\n");
            }
        }
        return out.toString().stripTrailing();
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
