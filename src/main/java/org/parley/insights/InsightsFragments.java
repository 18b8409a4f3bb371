package org.parley.insights;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.web.FragmentKeeper;
import org.parley.web.KeptFragments;
import org.springframework.stereotype.Component;

/**
 * The insights page's content rendered once per counting and language: its charts take some 30 ms
 * to draw at 300 paragraphs, and organisers, who get no page cache, come back often. Kept under the
 * insights themselves (with the language), which stay the same object until the next write (InsightsService).
 */
@Component
class InsightsFragments {

    private record Key(Insights insights, Locale locale) {
    }

    private final KeptFragments<Key> kept;

    InsightsFragments(FragmentKeeper keeper) {
        this.kept = keeper.keep("insights/_body", 2_000_000, key -> 1024);
    }

    /** How many times the content was drawn since the start. */
    long renderings() {
        return kept.renderings();
    }

    String html(Insights insights, Locale locale) {
        var key = new Key(insights, locale);
        return kept.of(List.of(key), Key::insights, Map.of(), locale).get(key);
    }
}
