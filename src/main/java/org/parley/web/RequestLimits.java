package org.parley.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A form with more fields than {@code server.tomcat.max-parameter-count}, or more bytes than
 * {@code server.tomcat.max-http-form-post-size}, cannot be read: the container refuses its
 * parameters, and so would every later attempt, the error page's included. So this first filter
 * answers at once with a small 400 page that says what happened, before the CSRF check or a
 * controller meets a half-read form. Uploads (multipart) have their own limit and 413 page.
 * It comes right after Spring Boot's CharacterEncodingFilter ({@code HIGHEST_PRECEDENCE}): read
 * before that filter sets UTF-8, a form sent without a charset, as browsers send them, is decoded
 * as ISO-8859-1 and every accented letter garbled for good.
 * A request whose parameters carry a {@link ControlCharacters control character} (a NUL byte…) is
 * refused here too, with a 400 page that says so, before the sign-in filter, the CSRF check or a
 * controller reads it: the one place where text enters Parley.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLimits extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestLimits(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            response.setHeader("Connection", "close");
            refuse(request, response, "error.400.heading", "error.400.explanation");
            return;
        }
        if (ControlCharacters.anyIn(parameters)) {
            refuse(request, response, "error.controlCharacters.heading", "error.controlCharacters.explanation");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String headingKey,
                        String explanationKey) throws IOException {
        var locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + htmlEscape(locale.toLanguageTag()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text("error.400.title", locale) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/assets/css/parley.css\"></head><body>"
                + "<main id=\"main\" class=\"narrow error-page\"><h1>" + text(headingKey, locale) + "</h1>"
                + "<p>" + text(explanationKey, locale) + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                + text("error.home", locale) + "</a></p></main></body></html>");
    }

    private String text(String key, Locale locale) {
        return htmlEscape(messages.getMessage(key, null, locale));
    }
}
