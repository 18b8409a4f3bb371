package org.parley.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages of the language menu ({@code ${@languages.menu()}}) and the writing direction of
 * the page. Arabic is only partly translated: it is not offered, but {@code ?lang=ar} works and
 * shows English wherever a translation is missing.
 */
@Component("languages")
public class Languages {

    /** Offered in the menu and picked from the browser's Accept-Language. */
    static final List<String> OFFERED = List.of("en", "fr", "es");

    /** Reachable with {@code ?lang=} while their translation is being written. */
    static final Set<String> PREVIEW = Set.of("ar");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur");

    /** A language in the menu, named in itself, and the link that switches to it on this page. */
    public record Language(String tag, String name, String href, boolean current) {
    }

    public List<Language> menu(Locale current) {
        return OFFERED.stream().map(tag -> {
            var locale = Locale.forLanguageTag(tag);
            var name = locale.getDisplayLanguage(locale);
            name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            return new Language(tag, name, link(tag), tag.equals(current.getLanguage()));
        }).toList();
    }

    public String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        var language = locale.getLanguage();
        return OFFERED.contains(language) || PREVIEW.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    /** This page's address relative to itself, its other parameters kept, {@code lang} replaced. */
    private static String link(String tag) {
        String query = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            query = attributes.getRequest().getQueryString();
        }
        return UriComponentsBuilder.fromUriString(query == null ? "" : "?" + query)
                .replaceQueryParam("lang", tag).build().toUriString();
    }
}
