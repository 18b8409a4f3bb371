package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.VersionSource;

/**
 * A new version of the paragraph, as its thread tells it: "The session organisers changed this
 * message as follows", with the wording before and after and their note.
 */
public record VersionChange(int version, VersionSource source, @Nullable String note, @Nullable String by,
                            Instant at, Diffs.Change change, @Nullable Long proposalId) {
}
