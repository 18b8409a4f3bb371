package org.parley.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/*
 * Collects headings and paragraphs in document order and nests the sections by heading level.
 * A deeper heading opens a subsection of the one above it, whatever levels it skips; a heading
 * at the same or a higher level closes the open ones. Paragraphs before the first heading go
 * into an untitled section.
 */
final class OutlineBuilder {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)");

    /* Deeper than any heading, so the first heading closes the untitled section. */
    private static final int UNTITLED = Integer.MAX_VALUE;

    private final List<Node> roots = new ArrayList<>();
    private final Deque<Node> open = new ArrayDeque<>();

    void heading(int level, String heading) {
        Matcher numbered = NUMBERED.matcher(heading);
        if (numbered.matches()) {
            heading(level, numbered.group(1), numbered.group(2));
        } else {
            heading(level, null, heading);
        }
    }

    void heading(int level, @Nullable String number, @Nullable String title) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        Node node = new Node(level, number, title);
        if (open.isEmpty()) {
            roots.add(node);
        } else {
            open.peek().children.add(node);
        }
        open.push(node);
    }

    void paragraph(ParagraphOutline paragraph) {
        if (open.isEmpty()) {
            heading(UNTITLED, null, null);
        }
        open.peek().paragraphs.add(paragraph);
    }

    /* For an importer that learns only from the next element that a paragraph goes on (a nested list). */
    void replaceLastParagraph(ParagraphOutline paragraph) {
        var paragraphs = open.peek().paragraphs;
        paragraphs.set(paragraphs.size() - 1, paragraph);
    }

    TextOutline build() {
        return new TextOutline(roots.stream().map(Node::toOutline).toList());
    }

    private static final class Node {

        final int level;
        final @Nullable String number;
        final @Nullable String title;
        final List<ParagraphOutline> paragraphs = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, @Nullable String number, @Nullable String title) {
            this.level = level;
            this.number = number;
            this.title = title;
        }

        SectionOutline toOutline() {
            return new SectionOutline(number, title, paragraphs, children.stream().map(Node::toOutline).toList());
        }
    }
}
