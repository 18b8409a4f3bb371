package org.parley.consultation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Word diffs in the reader's language, for view records: the HTML is escaped by
 * {@link WordDiff}, so a template can output it as it is.
 */
@Component("diffs")
public class Diffs {

    private final MessageSource messages;

    Diffs(MessageSource messages) {
        this.messages = messages;
    }

    /** A change ready to show: the word diff as escaped HTML, and how much changed in words. */
    public record Change(String html, String summary, String after) {
    }

    public Change change(String before, String after) {
        var parts = WordDiff.words(before, after);
        var locale = LocaleContextHolder.getLocale();
        return new Change(WordDiff.html(parts, messages, locale), WordDiff.summary(parts).describe(messages, locale), after);
    }

    public String html(String before, String after) {
        return WordDiff.html(WordDiff.words(before, after), messages, LocaleContextHolder.getLocale());
    }

    public String summary(String before, String after) {
        return WordDiff.summary(WordDiff.words(before, after)).describe(messages, LocaleContextHolder.getLocale());
    }
}
