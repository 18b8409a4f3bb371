package org.parley.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The passage a comment is about: its exact words, a little text before and after (so that it
 * can be found again if offsets drift), and its offsets in the paragraph's plain text.
 */
@Embeddable
record Quote(
        @Column(name = "quote_exact") @Nullable String exact,
        @Column(name = "quote_prefix") @Nullable String prefix,
        @Column(name = "quote_suffix") @Nullable String suffix,
        @Column(name = "quote_start") @Nullable Integer start,
        @Column(name = "quote_end") @Nullable Integer end) {

    static final Quote NONE = new Quote(null, null, null, null, null);

    boolean isPresent() {
        return exact != null;
    }
}
