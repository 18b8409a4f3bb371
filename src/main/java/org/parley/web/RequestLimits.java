package org.parley.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

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
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLimits extends OncePerRequestFilter {

    private final RefusedRequestPage page;

    RequestLimits(MessageSource messages, LocaleResolver locales) {
        this.page = new RefusedRequestPage(messages, locales);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (isMultipart(request)) {
                request.getParts();
            } else {
                request.getParameterMap();
            }
        } catch (IllegalStateException unreadable) {
            refuse(request, response, tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
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

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        response.setHeader("Connection", "close");
        String error = "error." + status.value();
        // Only admins upload; the way back from a too large upload is their list of consultations.
        page.write(request, response, status, error + ".heading", error + ".explanation",
                status == HttpStatus.CONTENT_TOO_LARGE);
    }
}
