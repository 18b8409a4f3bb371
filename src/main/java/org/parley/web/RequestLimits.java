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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A form with more fields than {@code server.tomcat.max-parameter-count}, or more bytes than
 * {@code server.tomcat.max-http-form-post-size}, cannot be read: the container refuses its
 * parameters, and so would every later attempt, the error page's included. So this first filter
 * answers at once with a small 400 page that says what happened, before the CSRF check or a
 * controller meets a half-read form. Uploads (multipart) have their own limit and 413 page.
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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        page.write(request, response, "error.400.heading", "error.400.explanation");
    }
}
