package org.parley.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.parley.consultation.ConsultationPage;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ParagraphView;
import org.parley.consultation.TextUnit;
import org.parley.web.FragmentKeeper;
import org.parley.web.KeptFragments;
import org.springframework.stereotype.Component;

/**
 * The reading page's paragraphs as HTML, each rendered once per what it shows: its text and
 * version, its comment count, the consultation's address, unit and status, the reader's language.
 * A new comment changes one paragraph's key, so the page rendered after it renders that paragraph
 * alone. The paragraph whose thread is open is left to the page.
 */
@Component
class ParagraphFragments {

    /** Everything {@code _paragraph.html} shows of a closed paragraph. */
    record Key(ParagraphView paragraph, String tag, int comments, String slug, TextUnit unit,
               ConsultationStatus status, Locale locale) {
    }

    /** A paragraph to render and the element it is in the page: li in a list, div otherwise. */
    record Item(ParagraphView paragraph, String tag) {
    }

    private final KeptFragments<Key> kept;

    ParagraphFragments(FragmentKeeper keeper) {
        // 4 million characters (4 to 8 MB of the 128 MB heap): the paragraphs of a few large consultations in a few languages.
        this.kept = keeper.keep("consultation/_paragraphs", 4_000_000, key -> key.paragraph().html().length() + 256);
    }

    /** The HTML of every paragraph of the page but the open one, by paragraph id. */
    Map<Long, String> of(ConsultationPage page, PageDiscussion discussion, Locale locale) {
        var keys = new ArrayList<Key>();
        var consultation = page.consultation();
        for (var section : page.sections()) {
            for (var group : section.groups()) {
                String tag = group.isBulletList() || group.isOrderedList() ? "li" : "div";
                for (var paragraph : group.paragraphs()) {
                    if (!discussion.isOpen(paragraph.id())) {
                        keys.add(new Key(paragraph, tag, discussion.count(paragraph.id()), consultation.slug(),
                                consultation.unit(), consultation.status(), locale));
                    }
                }
            }
        }
        var html = new HashMap<Long, String>();
        kept.of(keys, key -> new Item(key.paragraph(), key.tag()), Map.of("page", page, "discussion", discussion), locale)
                .forEach((key, part) -> html.put(key.paragraph().id(), part));
        return html;
    }

    /** How many paragraphs were rendered since the start: kept ones are not. */
    long renderings() {
        return kept.renderings();
    }
}
