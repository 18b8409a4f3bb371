package org.parley.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link TextRevision} over the live text with batched statements, so that a 3,000-paragraph
 * revision takes a handful of round trips: continued paragraphs keep their row and anchor (and get a
 * re-import version when their text changed), removed ones it continues come back, new ones are
 * inserted, the rest are marked removed.
 */
@Component
class RevisionWriter {

    // Positions are unique per consultation: everything steps aside first, then takes its new place.
    private static final int ASIDE = 1_000_000;

    private final JdbcTemplate jdbc;

    RevisionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param source why the versions written exist: {@link VersionSource#IMPORT} for a first text,
     *               {@link VersionSource#REIMPORT} for a revision
     * @return the id of every paragraph of the revision, in document order
     */
    List<Long> write(long consultationId, TextRevision revision, CurrentText current, Instant now, VersionSource source) {
        var sectionIds = writeSections(consultationId, revision, now);
        return writeParagraphs(consultationId, revision, current, sectionIds, now, source);
    }

    private List<Long> writeSections(long consultationId, TextRevision revision, Instant now) {
        var outlines = TextRevision.sectionsInOrder(revision.outline());
        jdbc.update("UPDATE section SET position = position + ? WHERE consultation_id = ?", ASIDE, consultationId);
        var fresh = new ArrayList<>(ids("section", (int) revision.sectionIds().stream().filter(id -> id == null).count()));
        var ids = new ArrayList<Long>();
        var parents = new IdentityHashMap<SectionOutline, Long>();
        var depths = new IdentityHashMap<SectionOutline, Integer>();
        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        for (int i = 0; i < outlines.size(); i++) {
            var outline = outlines.get(i);
            Long kept = revision.sectionIds().get(i);
            long id = kept != null ? kept : fresh.remove(0);
            ids.add(id);
            Long parent = parents.get(outline);
            int depth = depths.getOrDefault(outline, 1);
            outline.subsections().forEach(subsection -> {
                parents.put(subsection, id);
                depths.put(subsection, Math.min(depth + 1, 6));
            });
            if (kept != null) {
                updates.add(new Object[] {parent, i, depth, outline.number(), outline.title(), id});
            } else {
                inserts.add(new Object[] {id, consultationId, parent, i, depth, outline.number(), outline.title()});
            }
        }
        jdbc.batchUpdate("INSERT INTO section (id, consultation_id, parent_id, position, depth, number_label, title) "
                + "OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?)", inserts);
        jdbc.batchUpdate("UPDATE section SET parent_id = ?, position = ?, depth = ?, number_label = ?, title = ?, "
                + "removed_at = NULL WHERE id = ?", updates);
        removeTheRest("section", consultationId, outlines.size(), now);
        return ids;
    }

    private List<Long> writeParagraphs(long consultationId, TextRevision revision, CurrentText current,
                                       List<Long> sectionIds, Instant now, VersionSource source) {
        // a revision may bring back a paragraph an earlier one removed: it is continued like a live one
        Map<Long, CurrentText.Paragraph> live = Stream.concat(current.paragraphs().stream(), current.removed().stream())
                .collect(Collectors.toMap(CurrentText.Paragraph::id, Function.identity()));
        Set<String> anchors = new HashSet<>(jdbc.queryForList(
                "SELECT anchor FROM paragraph WHERE consultation_id = ?", String.class, consultationId));
        var minter = new AnchorMinter();
        jdbc.update("UPDATE paragraph SET position = position + ? WHERE consultation_id = ?", ASIDE, consultationId);
        var fresh = new ArrayList<>(ids("paragraph", (int) revision.paragraphIds().stream().filter(id -> id == null).count()));
        var ids = new ArrayList<Long>();
        var moves = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        var versions = new ArrayList<Object[]>();
        var outlines = TextRevision.sectionsInOrder(revision.outline());
        int position = 0;
        for (int s = 0; s < outlines.size(); s++) {
            for (var paragraph : outlines.get(s).paragraphs()) {
                Long kept = revision.paragraphIds().get(position);
                String number = TextRevision.number(position, paragraph);
                if (kept != null) {
                    var before = live.get(kept);
                    if (before == null) {
                        throw new NotInConsultation("Paragraph " + kept + " is not in the live text");
                    }
                    int version = before.version();
                    if (!WordDiff.readSame(before.html(), paragraph.html())) {
                        version++;
                        versions.add(new Object[] {kept, version, paragraph.text(), paragraph.html(), Timestamp.from(now)});
                    }
                    moves.add(new Object[] {sectionIds.get(s), position, number, paragraph.kind().name(), version, kept});
                    ids.add(kept);
                } else {
                    long id = fresh.remove(0);
                    String anchor = minter.mint(paragraph.text());
                    while (!anchors.add(anchor)) {
                        anchor = minter.mint(paragraph.text());
                    }
                    inserts.add(new Object[] {id, consultationId, sectionIds.get(s), position, anchor, number,
                            paragraph.kind().name()});
                    versions.add(new Object[] {id, 1, paragraph.text(), paragraph.html(), Timestamp.from(now)});
                    ids.add(id);
                }
                position++;
            }
        }
        jdbc.batchUpdate("INSERT INTO paragraph (id, consultation_id, section_id, position, anchor, number, kind, "
                + "current_version) OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, 1)", inserts);
        jdbc.batchUpdate("INSERT INTO paragraph_version (paragraph_id, n, text, html, source, created_at) "
                + "VALUES (?, ?, ?, ?, '" + source.name() + "', ?)", versions);
        jdbc.batchUpdate("UPDATE paragraph SET section_id = ?, position = ?, number = ?, kind = ?, current_version = ?, "
                + "removed_at = NULL WHERE id = ?", moves);
        removeTheRest("paragraph", consultationId, position, now);
        return ids;
    }

    /* What the revision did not place is still aside: it is marked removed (if not already) and goes after the text. */
    private void removeTheRest(String table, long consultationId, int firstFreePosition, Instant now) {
        jdbc.update("UPDATE " + table + " t SET position = r.position, removed_at = coalesce(t.removed_at, ?) "
                + "FROM (SELECT id, ? + row_number() OVER (ORDER BY position) - 1 AS position FROM " + table
                + " WHERE consultation_id = ? AND position >= ?) r WHERE t.id = r.id",
                Timestamp.from(now), firstFreePosition, consultationId, ASIDE);
    }

    private List<Long> ids(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)",
                Long.class, table, count);
    }
}
