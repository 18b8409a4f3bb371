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
 * The one place where text enters Parley: a request whose parameters carry a control character
 * (a NUL byte, an escape, a bell — anything below U+0020 but the tab, the line feed and the
 * carriage return, and DEL) is refused with a 400 page that says so, before the sign-in filter,
 * the CSRF check or a controller reads it. PostgreSQL stores no NUL in text, so such a value used
 * to fail inside a transaction as a 500; the others are invisible on the page and only
 * ever come from pasted binary or from a hand-made request. Nobody types one into a browser form,
 * so refusing loses nothing a person wrote, where stripping would silently change what was sent.
 * Uploads (multipart) are left to the importer, which reads files that may hold anything.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacters extends OncePerRequestFilter {

    private final RefusedRequestPage page;

    ControlCharacters(MessageSource messages, LocaleResolver locales) {
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
        for (var entry : request.getParameterMap().entrySet()) {
            if (hasControlCharacter(entry.getKey()) || anyHasControlCharacter(entry.getValue())) {
                page.write(request, response, "error.controlCharacters.heading", "error.controlCharacters.explanation");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean anyHasControlCharacter(String[] values) {
        for (String value : values) {
            if (hasControlCharacter(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
