package org.parley.disposition;

import org.jspecify.annotations.Nullable;

/**
 * A comment as the respond form shows it, with where it is: its paragraph and that paragraph's
 * current version (the versions a response may name are 1 to it).
 *
 * @param author the author's display name; null for a former participant
 */
public record ResponseTarget(long id, long paragraphId, String status, String bodyHtml, @Nullable String quote,
                             @Nullable String author, @Nullable String proposalStatus, String slug, String title,
                             String anchor, String number, int currentVersion) {

    boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
