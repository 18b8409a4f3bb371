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
 * controller meets a half-read form. An upload (multipart) over spring.servlet.multipart.max-file-size
 * gets the 413 page the same way: its CSRF token is a field of the body (decision 4), which cannot be
 * read once the container stopped reading, so the CSRF check would answer a puzzling 403 instead.
 * It comes right after Spring Boot's CharacterEncodingFilter ({@code HIGHEST_PRECEDENCE}): read
 * before that filter sets UTF-8, a form sent without a charset, as browsers send them, is decoded
 * as ISO-8859-1 and every accented letter garbled for good.
 * A request whose parameters carry a {@link ControlCharacters control character} (a NUL byte…) is
 * refused here too, with a 400 page that says so, before the sign-in filter, the CSRF check or a
 * controller reads it: the one place where text enters Parley. Uploads are not checked: the importer
 * decodes their text itself, and the preview carries that decoded text back in a multipart form.
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
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isMultipart(request);
        Map<String, String[]> parameters;
        try {
            if (upload) {
                request.getParts();
            }
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            response.setHeader("Connection", "close");
            var status = tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            refuse(request, response, status, "error." + status.value() + ".heading", "error." + status.value() + ".explanation");
            return;
        }
        if (!upload && ControlCharacters.anyIn(parameters)) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "error.controlCharacters.heading",
                    "error.controlCharacters.explanation");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && "POST".equals(request.getMethod());
    }

    /** Tomcat says so in the class or the message of the cause, as Spring's own multipart resolver reads it. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded") || message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String headingKey,
                        String explanationKey) throws IOException {
        var locale = locales.resolveLocale(request);
        // Only admins upload; the way back from a too large upload is their list of consultations.
        String back = status == HttpStatus.CONTENT_TOO_LARGE
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
