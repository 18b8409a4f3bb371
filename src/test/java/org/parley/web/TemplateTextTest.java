package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a reader sees comes from messages*.properties, so that every page can be translated:
 * no template may carry visible text of its own, only placeholders that Thymeleaf replaces.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Inlined expressions, such as [[#{key}]] and [(${value})], are not literal text. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /** Attributes whose value a reader sees or hears. */
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label", "label");

    /** Whose body Thymeleaf replaces: their placeholder text is never shown. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");

    /** Text that is the same in every language. */
    private static final Set<String> ALLOWED = Set.of();

    @Test
    void templatesShowNoTextOfTheirOwn() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                found.addAll(hardCodedText(file));
            }
        }
        assertThat(found).as("hard-coded text in templates: move it to messages.properties").isEmpty();
    }

    @Test
    void theCheckFindsTextAndAttributesButNotPlaceholders() {
        var template = """
                <main><h1 th:text="#{a}">Placeholder</h1><p>Hard-coded <b th:text="${x}">x</b></p>
                <!--/* A comment for developers */--><div th:replace="~{f}"><p>Also a placeholder</p></div>
                <img src="a.png" alt="A picture"><img th:alt="#{b}" alt="Replaced"><span>[[#{c}]] — 3</span>
                <script>var text = "script";</script></main>""";

        assertThat(hardCodedText("t.html", Jsoup.parse(template, "", Parser.htmlParser())))
                .containsExactly("t.html: text \"Hard-coded\"", "t.html: alt=\"A picture\" on <img>");
    }

    private static List<String> hardCodedText(Path file) throws IOException {
        var html = Files.readString(file);
        return hardCodedText(TEMPLATES.relativize(file).toString(), Jsoup.parse(html, "", Parser.htmlParser()));
    }

    private static List<String> hardCodedText(String name, org.jsoup.nodes.Document document) {
        var found = new ArrayList<String>();
        for (Element element : document.getAllElements()) {
            for (var child : element.childNodes()) {
                if (child instanceof TextNode text && !isReplaced(element) && !isCode(element)) {
                    var literal = INLINED.matcher(text.text()).replaceAll("").strip();
                    if (LETTER.matcher(literal).find() && !ALLOWED.contains(literal)) {
                        found.add(name + ": text \"" + literal + "\"");
                    }
                }
            }
            for (var attribute : VISIBLE_ATTRIBUTES) {
                var value = element.attr(attribute);
                if (LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")
                        && !ALLOWED.contains(value)) {
                    found.add(name + ": " + attribute + "=\"" + value + "\" on <" + element.tagName() + ">");
                }
            }
            if (element.is("input[type=submit], input[type=button]") && LETTER.matcher(element.attr("value")).find()
                    && !element.hasAttr("th:value")) {
                found.add(name + ": value=\"" + element.attr("value") + "\" on <input>");
            }
        }
        return found;
    }

    private static boolean isReplaced(Element element) {
        for (var e = element; e != null; e = e.parent()) {
            for (var attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCode(Element element) {
        return element.closest("script, style") != null;
    }
}
