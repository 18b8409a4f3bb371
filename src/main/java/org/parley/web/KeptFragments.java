package org.parley.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of a page (a paragraph, a comment) rendered once per what they show and kept: the key
 * holds everything the part shows, so nothing ever has to be emptied — what changed has a new
 * key, and a page renders only its parts whose key is new. Those are rendered together, in one
 * pass of a template that renders each item and the separator it is given after it
 * ({@code consultation/_paragraphs.html}). Made by {@link FragmentKeeper}.
 */
public final class KeptFragments<K> {

    private static final String CSRF_FIELD = "name=\"_csrf\"";

    /** Between two parts rendered together; no text can carry it. */
    private final String separator = "<!--parley-part-" + UUID.randomUUID() + "-->";

    private final Cache<K, String> kept;
    private final AtomicLong renderings = new AtomicLong();
    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final String template;

    KeptFragments(ITemplateEngine templates, ApplicationContext application, String template, long maxChars,
                  ToIntFunction<K> keyChars) {
        this.templates = templates;
        this.application = application;
        this.template = template;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxChars)
                .<K, String>weigher((key, html) -> keyChars.applyAsInt(key) + html.length())
                .build();
    }

    /**
     * The HTML of each key, in their order. Those not kept are rendered by the template's
     * {@code parts} fragment with {@code items} (each key made an item) and {@code variables}.
     */
    public Map<K, String> of(List<K> keys, Function<K, ?> item, Map<String, Object> variables, Locale locale) {
        var html = new LinkedHashMap<K, String>();
        var missing = new ArrayList<K>();
        for (K key : keys) {
            String part = kept.getIfPresent(key);
            if (part != null) {
                html.put(key, part);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            renderings.addAndGet(missing.size());
            var rendered = render(missing.stream().map(item).toList(), variables, locale);
            for (int i = 0; i < missing.size(); i++) {
                // A form's token belongs to one session: such a part is used once, never kept.
                if (!rendered.get(i).contains(CSRF_FIELD)) {
                    kept.put(missing.get(i), rendered.get(i));
                }
                html.put(missing.get(i), rendered.get(i));
            }
        }
        return html;
    }

    /** How many parts were rendered since the start: kept ones are not. */
    public long renderings() {
        return renderings.get();
    }

    private List<String> render(List<?> items, Map<String, Object> variables, Locale locale) {
        var current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        HttpServletResponse response = current.getResponse();
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        var all = new HashMap<>(variables);
        all.put("items", items);
        all.put("separator", separator);
        // What a view gives its template: beans (@dates) and conversions.
        all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String rendered = templates.process(template, Set.of("parts"), new WebContext(exchange, locale, all));
        return List.of(rendered.split(separator, -1)).subList(0, items.size());
    }
}
