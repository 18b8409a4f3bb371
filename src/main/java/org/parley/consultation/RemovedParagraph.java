package org.parley.consultation;

import java.time.Instant;

/** A paragraph a revision left out: kept with its comments, listed apart from the text. */
public record RemovedParagraph(long id, String anchor, String number, Instant removedAt, String html) {
}
