package org.parley.discussion;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where comments go when their text is revised (re-import). Every comment of a paragraph goes where
 * the paragraph goes; a comment that quotes a passage is placed on the passage's new wording, in the
 * paragraph or in a part split from it, or else marked detached — its quote kept, shown apart. A
 * detached quote whose words a later revision brings back is placed on them again. A
 * comment is never deleted, and never moved to a paragraph its paragraph did not become.
 */
@Service
@NamedInterface("anchors")
public class CommentAnchors {

    /** The new text's paragraph a comment can go to: {@code ref} names it until it has an id. */
    public record Destination(int ref, String plainText) {
    }

    /**
     * Where one live paragraph's comments go. {@code destinations} is empty when the paragraph is
     * removed (its comments stay on it, readable); otherwise the first is where they go, the others
     * are parts split from it where a quoted passage may now stand. {@code sameParagraph}: the first
     * destination is this paragraph continued (not another one it was merged into).
     */
    public record ParagraphFate(long paragraphId, String plainText, boolean sameParagraph, List<Destination> destinations) {

        public ParagraphFate {
            destinations = List.copyOf(destinations);
        }
    }

    public enum Outcome { FOLLOWS, REANCHORED, DETACHED, ON_REMOVED }

    /** One comment's fate; {@code quote} is the passage it quoted, if any. */
    public record CommentFate(long commentId, long paragraphId, @Nullable Integer destination, Outcome outcome,
                              @Nullable String quote) {
    }

    /** The fates of all comments of the given paragraphs, to show before anything is written and to apply. */
    public static final class Plan {
        private final List<CommentFate> fates;
        private final Map<Long, Quote> placed;

        Plan(List<CommentFate> fates, Map<Long, Quote> placed) {
            this.fates = List.copyOf(fates);
            this.placed = Map.copyOf(placed);
        }

        public List<CommentFate> fates() {
            return fates;
        }

        public long count(Outcome outcome) {
            return fates.stream().filter(fate -> fate.outcome() == outcome).count();
        }
    }

    private record Row(long id, long paragraphId, @Nullable Long parentId, Quote quote, boolean detached) {
    }

    private final JdbcTemplate jdbc;
    private final QuotePlacer placer = new QuotePlacer();

    CommentAnchors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Plan plan(Collection<ParagraphFate> paragraphs) {
        Map<Long, ParagraphFate> byParagraph = new HashMap<>();
        paragraphs.forEach(fate -> byParagraph.put(fate.paragraphId(), fate));
        var fates = new ArrayList<CommentFate>();
        var placed = new HashMap<Long, Quote>();
        var destinationOf = new HashMap<Long, Integer>();
        for (var row : rows(byParagraph.keySet())) {
            var paragraph = byParagraph.get(row.paragraphId());
            if (paragraph.destinations().isEmpty()) {
                fates.add(new CommentFate(row.id(), row.paragraphId(), null, Outcome.ON_REMOVED, row.quote().exact()));
                continue;
            }
            // a reply stays in its parent's thread, wherever the parent's quote took it
            var candidates = row.parentId() != null && destinationOf.containsKey(row.parentId())
                    ? paragraph.destinations().stream().filter(d -> d.ref() == destinationOf.get(row.parentId())).toList()
                    : paragraph.destinations();
            var main = candidates.isEmpty() ? paragraph.destinations().get(0) : candidates.get(0);
            CommentFate fate;
            if (!row.quote().isPresent()
                    || paragraph.sameParagraph() && main == paragraph.destinations().get(0)
                    && main.plainText().equals(paragraph.plainText())) {
                fate = new CommentFate(row.id(), row.paragraphId(), main.ref(), Outcome.FOLLOWS, row.quote().exact());
            } else {
                // a detached quote is looked for too: a revision may bring its words back
                var found = place(row.quote(), candidates.isEmpty() ? List.of(main) : candidates);
                if (found.isPresent()) {
                    placed.put(row.id(), found.get().quote());
                    fate = new CommentFate(row.id(), row.paragraphId(), found.get().destination().ref(),
                            Outcome.REANCHORED, row.quote().exact());
                } else {
                    fate = new CommentFate(row.id(), row.paragraphId(), main.ref(),
                            row.detached() ? Outcome.FOLLOWS : Outcome.DETACHED, row.quote().exact());
                }
            }
            destinationOf.put(row.id(), fate.destination());
            fates.add(fate);
        }
        return new Plan(fates, placed);
    }

    private record Placement(Destination destination, Quote quote) {
    }

    private Optional<Placement> place(Quote quote, List<Destination> destinations) {
        for (var destination : destinations) {
            var exact = placer.placeExactly(destination.plainText(), quote);
            if (exact.isPresent()) {
                return Optional.of(new Placement(destination, exact.get()));
            }
        }
        for (var destination : destinations) {
            var similar = placer.placeSimilar(destination.plainText(), quote);
            if (similar.isPresent()) {
                return Optional.of(new Placement(destination, similar.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a plan, in the caller's transaction.
     *
     * @param paragraphIdOfRef the id each destination's paragraph got, by its ref
     */
    @Transactional
    public void apply(Plan plan, List<Long> paragraphIdOfRef, Instant now) {
        var moves = new ArrayList<Object[]>();
        var reanchored = new ArrayList<Object[]>();
        var detached = new ArrayList<Object[]>();
        for (var fate : plan.fates()) {
            if (fate.destination() == null) {
                continue;
            }
            long target = paragraphIdOfRef.get(fate.destination());
            switch (fate.outcome()) {
                case FOLLOWS -> {
                    if (target != fate.paragraphId()) {
                        moves.add(new Object[] {target, fate.commentId()});
                    }
                }
                case REANCHORED -> {
                    var quote = plan.placed.get(fate.commentId());
                    reanchored.add(new Object[] {target, quote.exact(), quote.prefix(), quote.suffix(), quote.start(),
                            quote.end(), fate.commentId()});
                }
                case DETACHED -> detached.add(new Object[] {target, Timestamp.from(now), fate.commentId()});
                case ON_REMOVED -> { }
            }
        }
        jdbc.batchUpdate("UPDATE comment SET paragraph_id = ? WHERE id = ?", moves);
        jdbc.batchUpdate("""
                UPDATE comment SET paragraph_id = ?, quote_original = coalesce(quote_original, quote_exact),
                    quote_exact = ?, quote_prefix = ?, quote_suffix = ?, quote_start = ?, quote_end = ?,
                    quote_detached_at = NULL
                WHERE id = ?""", reanchored);
        jdbc.batchUpdate("""
                UPDATE comment SET paragraph_id = ?, quote_original = coalesce(quote_original, quote_exact),
                    quote_start = NULL, quote_end = NULL, quote_detached_at = ?
                WHERE id = ?""", detached);
    }

    private List<Row> rows(Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = paragraphIds.toArray(Long[]::new);
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                        SELECT id, paragraph_id, parent_id, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end,
                               quote_detached_at IS NOT NULL AS detached
                        FROM comment WHERE paragraph_id = ANY (?) ORDER BY id""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (rs, row) -> new Row(rs.getLong("id"), rs.getLong("paragraph_id"), rs.getObject("parent_id", Long.class),
                        new Quote(rs.getString("quote_exact"), rs.getString("quote_prefix"), rs.getString("quote_suffix"),
                                rs.getObject("quote_start", Integer.class), rs.getObject("quote_end", Integer.class)),
                        rs.getBoolean("detached")));
    }
}
