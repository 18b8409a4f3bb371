package org.parley.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.parley.consultation.ParagraphKind;
import org.parley.consultation.ParagraphOutline;
import org.parley.consultation.SectionOutline;
import org.parley.consultation.TextOutline;

/* Test helpers: demo texts from the classpath and flat views of an outline. */
final class Outlines {

    private Outlines() {
    }

    static String demo(String name) {
        try (InputStream in = Outlines.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /* One line per section, indented by depth: "number | title". */
    static List<String> tree(TextOutline outline) {
        List<String> lines = new ArrayList<>();
        outline.sections().forEach(section -> tree(section, "", lines));
        return lines;
    }

    private static void tree(SectionOutline section, String indent, List<String> lines) {
        lines.add(indent + section.number() + " | " + section.title());
        section.subsections().forEach(sub -> tree(sub, indent + "  ", lines));
    }

    static Stream<ParagraphOutline> paragraphs(TextOutline outline) {
        return outline.sections().stream().flatMap(Outlines::paragraphs);
    }

    static Stream<ParagraphOutline> paragraphs(SectionOutline section) {
        return Stream.concat(section.paragraphs().stream(), section.subsections().stream().flatMap(Outlines::paragraphs));
    }

    static List<ParagraphOutline> ofKind(TextOutline outline, ParagraphKind kind) {
        return paragraphs(outline).filter(p -> p.kind() == kind).toList();
    }
}
