package org.parley.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.parley.consultation.Diffs;
import org.parley.consultation.VersionSource;

/**
 * A new version of the paragraph, as its thread tells it: "The session organisers changed this
 * message as follows", with the wording before and after, their note, and who made the version.
 *
 * @param credit who made the version, see {@link org.parley.consultation.VersionCredits}
 */
public record VersionChange(int version, VersionSource source, @Nullable String note, String credit,
                            Instant at, Diffs.Change change, @Nullable Long proposalId) {
}
