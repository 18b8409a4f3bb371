package org.parley.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.consultation.ConsultationPage;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ParagraphView;
import org.parley.consultation.TextUnit;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The reading page's paragraphs as HTML, each rendered once per what it shows: its text and
 * version, its comment count, the consultation's address, unit and status, the reader's language.
 * The key holds all of it, so nothing has to be emptied: a new comment changes one paragraph's
 * key, and a page rendered after it renders that paragraph alone. The paragraph whose thread is
 * open is left to the page. Those not kept are rendered together, in one pass of the same fragment
 * the page uses ({@code consultation/_paragraph :: paragraph}).
 */
@Component
class ParagraphFragments {

    /** Everything {@code _paragraph.html} shows of a closed paragraph. */
    private record Key(ParagraphView paragraph, String tag, int comments, String slug, TextUnit unit,
                       ConsultationStatus status, Locale locale) {

        int weight() {
            return paragraph.html().length() + 256;
        }
    }

    /** A paragraph to render and the element it is in the page: li in a list, div otherwise. */
    record Item(ParagraphView paragraph, String tag) {
    }

    /** Between two paragraphs rendered together; no text can carry it. */
    private final String separator = "<!--parley-paragraph-" + UUID.randomUUID() + "-->";

    private final Cache<Key, String> rendered = Caffeine.newBuilder()
            .maximumWeight(16_000_000)
            .<Key, String>weigher((key, html) -> key.weight() + html.length())
            .build();

    private final ITemplateEngine templates;

    private final AtomicLong renderings = new AtomicLong();

    ParagraphFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The HTML of every paragraph of the page but the open one, by paragraph id. */
    Map<Long, String> of(ConsultationPage page, PageDiscussion discussion, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        var html = new HashMap<Long, String>();
        var missing = new ArrayList<Key>();
        var consultation = page.consultation();
        for (var section : page.sections()) {
            for (var group : section.groups()) {
                String tag = group.isBulletList() || group.isOrderedList() ? "li" : "div";
                for (var paragraph : group.paragraphs()) {
                    if (discussion.isOpen(paragraph.id())) {
                        continue;
                    }
                    var key = new Key(paragraph, tag, discussion.count(paragraph.id()), consultation.slug(),
                            consultation.unit(), consultation.status(), locale);
                    var kept = rendered.getIfPresent(key);
                    if (kept != null) {
                        html.put(paragraph.id(), kept);
                    } else {
                        missing.add(key);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            renderings.addAndGet(missing.size());
            var fresh = render(missing, page, discussion, locale, request, response);
            for (int i = 0; i < missing.size(); i++) {
                rendered.put(missing.get(i), fresh.get(i));
                html.put(missing.get(i).paragraph().id(), fresh.get(i));
            }
        }
        return html;
    }

    /** How many paragraphs were rendered since the start: kept ones are not. */
    long renderings() {
        return renderings.get();
    }

    private List<String> render(List<Key> keys, ConsultationPage page, PageDiscussion discussion, Locale locale,
                                HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        var items = keys.stream().map(key -> new Item(key.paragraph(), key.tag())).toList();
        var context = new WebContext(exchange, locale, Map.of("page", page, "discussion", discussion, "items", items,
                "separator", separator));
        String all = templates.process("consultation/_paragraphs", Set.of("paragraphs"), context);
        var parts = List.of(all.split(separator, -1));
        return parts.subList(0, keys.size());
    }
}
