package org.parley;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Test helper: a rendered page as a document to query, the way a browser would read it. */
public final class Pages {

    private Pages() {
    }

    public static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost/");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
