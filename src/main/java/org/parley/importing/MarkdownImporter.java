package org.parley.importing;

import java.util.List;
import java.util.stream.Collectors;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.TextOutline;

/*
 * Reads CommonMark with GFM tables. Headings nest by level; each top-level block (each list
 * item, for lists) becomes one paragraph whose text is its own Markdown source. A text numbered
 * by paragraph ("26." items, "(a)" paragraphs) keeps those numbers, and footnotes ("[^1]")
 * become notes of the paragraph that cites them.
 */
class MarkdownImporter {

    private final Parser parser;
    private final HtmlRenderer html;
    private final TextContentRenderer plain;

    MarkdownImporter() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
        this.html = HtmlRenderer.builder().extensions(extensions).build();
        this.plain = TextContentRenderer.builder().build();
    }

    TextOutline parse(String source) {
        MarkdownFootnotes footnotes = MarkdownFootnotes.of(source);
        String markdown = footnotes.markdown();
        OutlineBuilder outline = new OutlineBuilder();
        Node document = parser.parse(markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                String title = Texts.trim(plain.render(heading));
                if (!title.isEmpty()) {
                    outline.heading(heading.getLevel(), title);
                }
            } else if (block instanceof ListBlock list) {
                ParagraphKind kind = list instanceof OrderedList ? ParagraphKind.ORDERED_ITEM : ParagraphKind.BULLET_ITEM;
                int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    add(outline, kind, itemSource(markdown, item), renderChildren(item),
                            kind == ParagraphKind.ORDERED_ITEM ? number++ + "." : null);
                }
            } else if (block instanceof HtmlBlock) {
                String sanitized = ImportedHtml.sanitize(html.render(block));
                if (!Texts.trim(Jsoup.parse(sanitized).text()).isEmpty()) {
                    add(outline, ParagraphKind.PARAGRAPH, source(markdown, block), sanitized);
                }
            } else if (!(block instanceof ThematicBreak || block instanceof LinkReferenceDefinition)) {
                add(outline, kindOf(block), source(markdown, block), html.render(block));
            }
        }
        return footnotes.notes().attach(ParagraphNumbers.apply(outline.build(), true));
    }

    private static ParagraphKind kindOf(Node block) {
        if (block instanceof BlockQuote) {
            return ParagraphKind.QUOTE;
        }
        if (block instanceof TableBlock) {
            return ParagraphKind.TABLE;
        }
        if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            return ParagraphKind.CODE;
        }
        return ParagraphKind.PARAGRAPH;
    }

    private static void add(OutlineBuilder outline, ParagraphKind kind, String source, String rendered) {
        add(outline, kind, source, rendered, null);
    }

    /* An ordered item carries its list number ("26."): ParagraphNumbers keeps it when the text is numbered by paragraph. */
    private static void add(OutlineBuilder outline, ParagraphKind kind, String source, String rendered,
                            @Nullable String number) {
        String text = kind == ParagraphKind.CODE ? source.stripTrailing() : Texts.trim(source);
        if (!Texts.trim(text).isEmpty()) {
            outline.paragraph(new ParagraphOutline(kind, text, ImportedHtml.sanitize(rendered), number));
        }
    }

    private String renderChildren(Node item) {
        StringBuilder rendered = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            rendered.append(html.render(child));
        }
        return rendered.toString();
    }

    /* The item's content blocks as written, without the list marker and the item's indentation. */
    private static String itemSource(String markdown, Node item) {
        StringBuilder text = new StringBuilder();
        int lastLine = -1;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            List<SourceSpan> spans = child.getSourceSpans();
            if (spans.isEmpty()) {
                continue;
            }
            if (lastLine >= 0) {
                text.append(spans.get(0).getLineIndex() > lastLine + 1 ? "\n\n" : "\n");
            }
            text.append(source(markdown, child));
            lastLine = spans.get(spans.size() - 1).getLineIndex();
        }
        return text.toString();
    }

    private static String source(String markdown, Node block) {
        return block.getSourceSpans().stream()
                .map(span -> markdown.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()))
                .collect(Collectors.joining("\n"));
    }
}
