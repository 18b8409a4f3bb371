package org.parley.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** An XHTML document laid out as a PDF by openhtmltopdf with its built-in fonts, fetching nothing. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    public static byte[] render(Document html) {
        try (var bytes = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
            builder.toStream(bytes);
            builder.run();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
