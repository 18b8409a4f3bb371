package org.parley.consultation;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Word diffs of what readers see, in the reader's language, for view records: the HTML is
 * escaped by {@link WordDiff}, so a template can output it as it is. A diff is computed once per
 * pair of texts and language and then kept in a cache bounded by the size of what it holds, so
 * that rendering a thread again costs no diff (docs/security.md, "Long proposals").
 */
@Component("diffs")
public class Diffs {

    /** About 16 MB of texts and diffs (Java characters). */
    private static final int MAX_CACHED_CHARS = 8_000_000;

    private final MessageSource messages;
    private final Cache<Key, Change> cache;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong steps = new AtomicLong();

    Diffs(MessageSource messages) {
        this.messages = messages;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(MAX_CACHED_CHARS)
                .weigher((Key key, Change change) -> key.before().length() + key.after().length()
                        + change.html().length() + change.after().length())
                .build();
    }

    /** A change ready to show: the word diff as escaped HTML, how much changed in words, and the new wording as HTML. */
    public record Change(String html, String summary, String after) {
    }

    private record Key(String before, String after, Locale locale) {
    }

    /** The change between two sanitized HTML texts (such as two versions of a paragraph). */
    public Change change(String beforeHtml, String afterHtml) {
        return change(beforeHtml, afterHtml, LocaleContextHolder.getLocale());
    }

    Change change(String beforeHtml, String afterHtml, Locale locale) {
        return cache.get(new Key(beforeHtml, afterHtml, locale), this::compute);
    }

    /** The change between two texts written in Markdown (a proposal and the wording it was written on). */
    public Change ofMarkdown(String beforeMarkdown, String afterMarkdown) {
        return change(rendered(beforeMarkdown), rendered(afterMarkdown));
    }

    /** The change a passage proposal makes: the quoted passage is plain text, the new wording Markdown. */
    public Change ofPassage(String quote, String afterMarkdown) {
        return change("<p>" + HtmlUtils.htmlEscape(quote) + "</p>", rendered(afterMarkdown));
    }

    public String html(String beforeHtml, String afterHtml) {
        return change(beforeHtml, afterHtml).html();
    }

    /** How many diffs have been computed since Parley started (not taken from the cache). */
    public long computed() {
        return computed.get();
    }

    /** How many steps the diffs computed since Parley started took, each diff at most {@link WordDiff#MAX_STEPS}. */
    public long steps() {
        return steps.get();
    }

    private Change compute(Key key) {
        var shown = WordDiff.rendered(key.before(), key.after(), messages, key.locale());
        computed.incrementAndGet();
        steps.addAndGet(shown.steps());
        return new Change(shown.html(), shown.summary().describe(messages, key.locale()), key.after());
    }

    private static String rendered(String markdown) {
        return ParagraphHtml.fromMarkdown(markdown, ParagraphKind.PARAGRAPH);
    }
}
