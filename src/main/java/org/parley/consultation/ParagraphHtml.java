package org.parley.consultation;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy for the text of paragraphs — imported, proposed or edited: inline markup,
 * lists, quotes, code and tables; links only to http, https and mailto.
 */
public final class ParagraphHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "b", "i", "code", "pre", "blockquote",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "sup", "sub", "del")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,3}")).onElements("th", "td")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private ParagraphHtml() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html).strip();
    }

    /**
     * A new wording of a paragraph, written in Markdown, as the reading page shows it. List items
     * are shown inside their list, so their text is not wrapped in a paragraph of its own.
     */
    public static String fromMarkdown(String markdown, ParagraphKind kind) {
        String html = sanitize(RENDERER.render(MARKDOWN.parse(markdown)));
        boolean listItem = kind == ParagraphKind.BULLET_ITEM || kind == ParagraphKind.ORDERED_ITEM;
        if (listItem && html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
