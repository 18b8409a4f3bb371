package org.parley.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each complete translation has exactly the keys of messages.properties, and every message, English
 * or translated, is a valid MessageFormat pattern: a lone apostrophe or a broken choice would
 * otherwise only show on the page that uses it.
 */
class TranslationsTest {

    private static final java.util.regex.Pattern LONE_APOSTROPHE = java.util.regex.Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void translationHasEveryKeyAndNoOther(String language) throws IOException {
        var english = load("messages.properties");
        var translated = load("messages_" + language + ".properties");

        var missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        var extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
        assertThat(extra).as("keys of messages_%s.properties that English does not have", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ar"})
    void everyMessageFormats(String suffix) throws IOException {
        var messages = load("messages" + suffix + ".properties");
        var locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
        Object[] args = {2, 3, 4, 5, 6};
        var broken = new ArrayList<String>();
        for (var key : new TreeSet<>(messages.stringPropertyNames())) {
            try {
                var text = new MessageFormat(messages.getProperty(key), locale).format(args);
                if (text.contains("{")) {
                    broken.add(key + ": unformatted brace in \"" + text + "\"");
                }
                var pattern = messages.getProperty(key);
                // Spring formats a message only when it has arguments: without, '' would show as it is.
                if (pattern.contains("{") ? LONE_APOSTROPHE.matcher(pattern).find() : pattern.contains("''")) {
                    broken.add(key + ": " + (pattern.contains("{") ? "a lone ' hides the rest" : "'' shows doubled"));
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void translationsKeepThePlaceholdersOfTheEnglish(String suffix) throws IOException {
        var english = load("messages.properties");
        var translated = load("messages" + suffix + ".properties");
        var different = new ArrayList<String>();
        for (var key : new TreeSet<>(english.stringPropertyNames())) {
            var text = translated.getProperty(key);
            if (text != null && !placeholders(english.getProperty(key)).equals(placeholders(text))) {
                different.add(key);
            }
        }
        assertThat(different).as("messages whose placeholders {0}, {1}... differ from the English").isEmpty();
    }

    private static TreeSet<String> placeholders(String pattern) {
        var found = new TreeSet<String>();
        var matcher = java.util.regex.Pattern.compile("\\{(\\d)").matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
