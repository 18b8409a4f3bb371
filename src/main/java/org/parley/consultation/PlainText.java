package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The words of a paragraph's HTML as a reader sees them, whitespace collapsed, with a map from
 * every character back to the text node it came from. Quotes are located in this text, and
 * {@link #mark(int, int)} puts a {@code <mark>} around a passage in the HTML.
 */
public final class PlainText {

    private final Element body;
    private final StringBuilder text = new StringBuilder();
    private final List<TextNode> nodes = new ArrayList<>();
    private final List<int[]> origins = new ArrayList<>();

    private PlainText(String html) {
        this.body = Jsoup.parseBodyFragment(html).body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    add(textNode);
                } else if (node instanceof Element element && element.isBlock() || node.nameIs("br")) {
                    space();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    space();
                }
            }
        });
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
            origins.remove(origins.size() - 1);
        }
    }

    public static PlainText of(String html) {
        return new PlainText(html);
    }

    public String text() {
        return text.toString();
    }

    /** The HTML with the passage [start, end) of {@link #text()} wrapped in {@code <mark>}, across elements if need be. */
    public String mark(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return body.html();
        }
        int[][] ranges = new int[nodes.size()][];
        for (int i = start; i < end; i++) {
            int[] origin = origins.get(i);
            if (origin[0] < 0) {
                continue;
            }
            int[] range = ranges[origin[0]];
            ranges[origin[0]] = range == null ? new int[] {origin[1], origin[1] + 1} : new int[] {range[0], origin[1] + 1};
        }
        for (int n = 0; n < nodes.size(); n++) {
            if (ranges[n] != null) {
                wrap(nodes.get(n), ranges[n][0], ranges[n][1]);
            }
        }
        return body.html();
    }

    private static void wrap(TextNode node, int from, int to) {
        String whole = node.getWholeText();
        var mark = new Element("mark").text(whole.substring(from, to));
        node.before(new TextNode(whole.substring(0, from)));
        node.before(mark);
        node.text(whole.substring(to));
    }

    private void add(TextNode node) {
        String whole = node.getWholeText();
        int index = nodes.size();
        nodes.add(node);
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    append(' ', index, i);
                }
            } else {
                append(c, index, i);
            }
        }
    }

    private void space() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            append(' ', -1, -1);
        }
    }

    private void append(char c, int node, int offset) {
        text.append(c);
        origins.add(new int[] {node, offset});
    }
}
