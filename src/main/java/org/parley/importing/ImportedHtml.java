package org.parley.importing;

import org.parley.consultation.ParagraphHtml;

/* The one HTML policy for imported paragraphs: inline markup, lists, quotes, code and tables. */
final class ImportedHtml {

    private ImportedHtml() {
    }

    static String sanitize(String html) {
        return ParagraphHtml.sanitize(html);
    }
}
