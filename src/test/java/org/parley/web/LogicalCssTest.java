package org.parley.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet speaks of the start and end of a line, never of left and right, so that a
 * right-to-left language (Arabic) mirrors the whole layout by {@code dir="rtl"} alone.
 */
class LogicalCssTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/parley.css");

    private static final Pattern PHYSICAL = Pattern.compile(
            "(?<![\\w-])(margin|padding|border)-(left|right)|(?<![\\w-])(left|right)\\s*:|(float|clear|text-align)\\s*:\\s*(left|right)"
                    + "|border-(top|bottom)-(left|right)-radius");

    @Test
    void theStylesheetUsesLogicalPropertiesOnly() throws Exception {
        var physical = new ArrayList<String>();
        var lines = Files.readAllLines(STYLESHEET);
        for (int i = 0; i < lines.size(); i++) {
            if (PHYSICAL.matcher(lines.get(i)).find()) {
                physical.add((i + 1) + ": " + lines.get(i).strip());
            }
        }

        assertThat(physical).as("physical directions in parley.css").isEmpty();
        assertThat(PHYSICAL.matcher(".x { margin-left: 1rem; }").find()).isTrue();
        assertThat(PHYSICAL.matcher(".x { margin-inline-start: 1rem; inset-inline-start: 0; }").find()).isFalse();
    }
}
