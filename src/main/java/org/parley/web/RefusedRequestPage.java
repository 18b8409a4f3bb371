package org.parley.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The small 400 page the first filters write themselves, before Spring Security or a controller
 * sees a request they refuse: a heading and an explanation from the messages, and a way home.
 */
final class RefusedRequestPage {

    private final MessageSource messages;
    private final LocaleResolver locales;

    RefusedRequestPage(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, String headingKey, String explanationKey)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, headingKey, explanationKey, false);
    }

    /** @param backToAdmin whether to offer the way back to the admins' list of consultations (after an upload) */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String headingKey,
               String explanationKey, boolean backToAdmin) throws IOException {
        var locale = locales.resolveLocale(request);
        String back = backToAdmin
                ? "<p><a href=\"" + request.getContextPath() + "/admin/consultations\">" + text("error.backToAdmin", locale) + "</a></p>"
                : "";
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + htmlEscape(locale.toLanguageTag()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text("error." + status.value() + ".title", locale) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/assets/css/parley.css\"></head><body>"
                + "<main id=\"main\" class=\"narrow error-page\"><h1>" + text(headingKey, locale) + "</h1>"
                + "<p>" + text(explanationKey, locale) + "</p>" + back + "<p><a href=\"" + request.getContextPath() + "/\">"
                + text("error.home", locale) + "</a></p></main></body></html>");
    }

    private String text(String key, Locale locale) {
        return htmlEscape(messages.getMessage(key, null, locale));
    }
}
