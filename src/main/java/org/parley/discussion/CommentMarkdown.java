package org.parley.discussion;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The small Markdown people may use in comments — paragraphs, emphasis, links, lists, quotes —
 * rendered once and sanitized. Headings, code blocks and raw HTML are not part of it; links are
 * marked as user content that earns no search ranking.
 */
class CommentMarkdown {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "ul", "ol", "li", "blockquote", "a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    String toHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
