package org.parley.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders the layout's header alone ({@code layout :: personal}) for the signed-in reader, with
 * the values the interceptors would have put in a page's model: the header a page rendered for
 * them would have, for a fraction of the page's cost.
 */
class ReaderHeaders {

    static final String VIEW = "layout :: personal";

    private final ViewResolver views;
    private final LocaleResolver locales;
    private final List<HeaderValue> values;

    ReaderHeaders(ViewResolver views, LocaleResolver locales, List<HeaderValue> values) {
        this.views = views;
        this.locales = locales;
        this.values = values;
    }

    /** What the header shows of the signed-in reader, and what of it shared pages may depend on, as one string to key them by. */
    record Values(Map<String, Object> model, String key) {
    }

    /** The header's values for whoever is signed in now: a few cheap questions. */
    Values values() {
        var model = new TreeMap<String, Object>();
        var key = new TreeMap<String, Object>();
        for (var value : values) {
            var forReader = value.valueForReader();
            model.put(value.name(), forReader);
            if (value.keysSharedPages()) {
                key.put(value.name(), forReader);
            }
        }
        return new Values(model, key.toString());
    }

    /** The header's HTML with these values, or an empty array if the view cannot be found. */
    byte[] render(Values values, HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            return renderView(values, request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private byte[] renderView(Values values, HttpServletRequest request, HttpServletResponse response) throws Exception {
        var view = views.resolveViewName(VIEW, locales.resolveLocale(request));
        if (view == null) {
            return new byte[0];
        }
        var model = new HashMap<String, Object>(values.model());
        // What DispatcherServlet would have told the view: how to find the reader's language.
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        var rendered = new ContentCachingResponseWrapper(response);
        view.render(model, request, rendered);
        return rendered.getContentAsByteArray();
    }
}
