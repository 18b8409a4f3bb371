package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.parley.account.ParticipantView;
import org.parley.consultation.Diffs;
import org.parley.consultation.Rebases;

/** Puts a paragraph's comments in conversation order: each reply under what it answers, oldest first. */
class ThreadBuilder {

    /**
     * What a thread is built with besides its rows: people by id, and who is looking. Responses are
     * shown to everyone when {@code responsesShown}, else only on the reader's own comments.
     */
    record Context(Map<Long, ParticipantView> participants, Map<Long, List<CommentView.Revision>> revisions,
                   Map<Long, List<Long>> supports, int currentVersion, String currentText, @Nullable Long viewerId,
                   boolean viewerMayDecide, Instant now, Diffs diffs, Rebases rebases,
                   Map<Long, CommentResponse> responses, boolean responsesShown) {
    }

    private final int maxIndent;
    private final Duration editWindow;

    ThreadBuilder(int maxIndent, Duration editWindow) {
        this.maxIndent = maxIndent;
        this.editWindow = editWindow;
    }

    List<CommentView> build(List<CommentRow> rows, Context context) {
        var children = new HashMap<Long, List<CommentRow>>();
        var roots = new ArrayList<CommentRow>();
        var byId = new HashMap<Long, CommentRow>();
        rows.forEach(row -> byId.put(row.id(), row));
        for (var row : rows) {
            if (row.parentId() == null || !byId.containsKey(row.parentId())) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), parent -> new ArrayList<>()).add(row);
            }
        }
        var ordered = new ArrayList<CommentView>();
        roots.sort(Comparator.comparing(CommentRow::createdAt).thenComparing(CommentRow::id));
        for (var root : roots) {
            add(root, 0, children, byId, context, ordered);
        }
        return ordered;
    }

    private void add(CommentRow row, int depth, Map<Long, List<CommentRow>> children, Map<Long, CommentRow> byId,
                     Context context, List<CommentView> ordered) {
        var people = context.participants();
        ParticipantView author = row.authorId() == null ? null : people.get(row.authorId());
        boolean mine = context.viewerId() != null && context.viewerId().equals(row.authorId());
        boolean visible = row.status() == CommentStatus.PUBLISHED;
        boolean shown = visible || mine && (row.status() == CommentStatus.HIDDEN || row.status() == CommentStatus.PENDING);
        String inReplyTo = null;
        if (depth > maxIndent && row.parentId() != null) {
            var parent = byId.get(row.parentId());
            var parentAuthor = parent == null || parent.authorId() == null ? null : people.get(parent.authorId());
            inReplyTo = parentAuthor == null ? "" : parentAuthor.displayName();
        }
        ordered.add(new CommentView(row.id(), row.parentId(), Math.min(depth, maxIndent), author, row.createdAt(),
                row.editedAt(), row.status(), shown ? row.bodyHtml() : "",
                shown ? row.quote() : null, inReplyTo,
                visible ? context.revisions().getOrDefault(row.id(), List.of()) : List.of(),
                mine, mine && visible && context.now().isBefore(row.createdAt().plus(editWindow)),
                mine && row.status() == CommentStatus.HIDDEN ? row.moderationReason() : null,
                row.versionNumber(), row.versionNumber() < context.currentVersion(),
                shown ? proposal(row, mine, context) : null, row.quoteDetached(), shown ? row.quoteBefore() : null,
                shown && (context.responsesShown() || mine) ? context.responses().get(row.id()) : null));
        var replies = new ArrayList<>(children.getOrDefault(row.id(), List.of()));
        replies.sort(Comparator.comparing(CommentRow::createdAt).thenComparing(CommentRow::id));
        for (var reply : replies) {
            add(reply, depth + 1, children, byId, context, ordered);
        }
    }

    private static @Nullable ProposalInfo proposal(CommentRow row, boolean mine, Context context) {
        var proposed = row.proposed();
        if (proposed == null) {
            return null;
        }
        var people = context.participants();
        var supporterIds = context.supports().getOrDefault(row.id(), List.of());
        var decider = proposed.decidedBy() == null ? null : people.get(proposed.decidedBy());
        boolean open = proposed.status() == ProposalStatus.OPEN;
        var quote = row.quote();
        var change = quote != null ? context.diffs().ofPassage(quote, proposed.text())
                : context.diffs().ofMarkdown(Objects.requireNonNull(row.versionText()), proposed.text());
        return new ProposalInfo(change,
                row.quote() != null,
                proposed.status(), proposed.reason(), decider == null ? null : decider.displayName(), proposed.decidedAt(),
                supporterIds.stream().map(people::get).filter(Objects::nonNull).map(ParticipantView::displayName).toList(),
                context.viewerId() != null && supporterIds.contains(context.viewerId()),
                open && context.viewerId() != null && !mine,
                open && context.viewerMayDecide(),
                open && row.versionNumber() < context.currentVersion()
                        ? context.rebases().view(row.versionNumber(), true, Objects.requireNonNull(row.versionText()),
                                context.currentText(), row.quote(), proposed.text())
                        : null);
    }
}
