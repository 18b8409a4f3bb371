package org.parley.discussion;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.parley.consultation.ConsultationSummary;

/**
 * Writes an Atom document (RFC 4287) with a real XML writer, so that whatever people wrote — an
 * ampersand, a {@code <script>} — arrives escaped. Authors appear by name only.
 */
class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final UnaryOperator<String> absolute;
    private final Function<ListedComment, String> authorName;
    private final Function<ListedComment, String> entryTitle;

    /**
     * @param absolute   turns a path of Parley into an absolute URL
     * @param authorName the name to show for a comment's author, also when the account is gone
     * @param entryTitle the title of a comment's entry, in the reader's language
     */
    AtomFeed(UnaryOperator<String> absolute, Function<ListedComment, String> authorName,
             Function<ListedComment, String> entryTitle) {
        this.absolute = absolute;
        this.authorName = authorName;
        this.entryTitle = entryTitle;
    }

    /** A comment as its entry shows it: the entry's HTML content and when it last changed. */
    record Entry(ListedComment comment, String html, Instant updated) {
    }

    String write(ConsultationSummary consultation, List<Entry> entries, Instant whenEmpty) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", absolute.apply("/c/" + consultation.slug()));
            text(xml, "title", consultation.title());
            text(xml, "updated", time(entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(whenEmpty)));
            link(xml, "self", absolute.apply(AtomFeedController.path(consultation.slug())), "application/atom+xml");
            link(xml, "alternate", absolute.apply("/c/" + consultation.slug() + "/comments"), "text/html");
            for (var entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the Atom feed of " + consultation.slug(), e);
        }
        return out.toString();
    }

    private void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        var comment = entry.comment();
        String permalink = absolute.apply("/comments/" + comment.id());
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", permalink);
        text(xml, "title", entryTitle.apply(comment));
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", authorName.apply(comment));
        xml.writeEndElement();
        text(xml, "published", time(comment.createdAt()));
        text(xml, "updated", time(entry.updated()));
        link(xml, "alternate", permalink, "text/html");
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(entry.html());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
