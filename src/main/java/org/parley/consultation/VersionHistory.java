package org.parley.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.parley.web.Refusal;
import org.springframework.stereotype.Component;

/** A paragraph's versions as its history page shows them: newest first, each with its diff against the one before. */
@Component
class VersionHistory {

    private final VersionCredits credits;
    private final Diffs diffs;

    VersionHistory(VersionCredits credits, Diffs diffs) {
        this.credits = credits;
        this.diffs = diffs;
    }

    List<HistoryEntry> entries(List<VersionView> versions, Locale locale) {
        var credited = credits.of(versions, locale);
        var entries = new ArrayList<HistoryEntry>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            var version = versions.get(i);
            var changes = i == 0 ? null : diff(versions.get(i - 1), version, locale);
            entries.add(new HistoryEntry(version, credited.get(version.id()), changes));
        }
        return entries;
    }

    /** The diff between two versions named by the reader, who may have typed anything into the address. */
    Comparison compare(List<VersionView> versions, @Nullable String from, @Nullable String to, Locale locale) {
        var before = version(versions, from);
        var after = version(versions, to);
        return new Comparison(before.n(), after.n(), diff(before, after, locale));
    }

    private VersionView version(List<VersionView> versions, @Nullable String n) {
        int number;
        try {
            number = Integer.parseInt(n == null ? "" : n.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadComparison("history.bad.notANumber");
        }
        return versions.stream().filter(version -> version.n() == number).findFirst()
                .orElseThrow(() -> new BadComparison("history.bad.unknown", n.strip(), versions.size()));
    }

    private Changes diff(VersionView before, VersionView after, Locale locale) {
        var change = diffs.change(before.html(), after.html(), locale);
        return new Changes(before.n(), change.html(), change.summary());
    }

    /** What changed from one version to another, ready to show: {@code html} is escaped by {@link WordDiff}. */
    record Changes(int fromVersion, String html, String summary) {
    }

    /** @param credit who made the version (see {@link VersionCredits}) */
    record HistoryEntry(VersionView version, String credit, @Nullable Changes changes) {
    }

    record Comparison(int from, int to, Changes changes) {
    }

    /** The from or to of a comparison is not a version of this paragraph; shown as a 400 with the message. */
    static class BadComparison extends Refusal {

        BadComparison(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }
}
