package org.parley.discussion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.ParticipantView;

/** Puts a paragraph's comments in conversation order: each reply under what it answers, oldest first. */
class ThreadBuilder {

    private final int maxIndent;
    private final Duration editWindow;

    ThreadBuilder(int maxIndent, Duration editWindow) {
        this.maxIndent = maxIndent;
        this.editWindow = editWindow;
    }

    List<CommentView> build(List<CommentRow> rows, Map<Long, ParticipantView> authors,
                            Map<Long, List<CommentView.Revision>> revisions, @Nullable Long viewerId, Instant now) {
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
            add(root, 0, children, byId, authors, revisions, viewerId, now, ordered);
        }
        return ordered;
    }

    private void add(CommentRow row, int depth, Map<Long, List<CommentRow>> children, Map<Long, CommentRow> byId,
                     Map<Long, ParticipantView> authors, Map<Long, List<CommentView.Revision>> revisions,
                     @Nullable Long viewerId, Instant now, List<CommentView> ordered) {
        ParticipantView author = row.authorId() == null ? null : authors.get(row.authorId());
        boolean mine = viewerId != null && viewerId.equals(row.authorId());
        boolean visible = row.status() == CommentStatus.PUBLISHED;
        boolean shown = visible || mine && (row.status() == CommentStatus.HIDDEN || row.status() == CommentStatus.PENDING);
        String inReplyTo = null;
        if (depth > maxIndent && row.parentId() != null) {
            var parent = byId.get(row.parentId());
            var parentAuthor = parent == null || parent.authorId() == null ? null : authors.get(parent.authorId());
            inReplyTo = parentAuthor == null ? "" : parentAuthor.displayName();
        }
        ordered.add(new CommentView(row.id(), row.parentId(), Math.min(depth, maxIndent), author, row.createdAt(),
                row.editedAt(), row.status(), shown ? row.bodyHtml() : "",
                shown ? row.quote() : null, inReplyTo,
                visible ? revisions.getOrDefault(row.id(), List.of()) : List.of(),
                mine, mine && visible && now.isBefore(row.createdAt().plus(editWindow)),
                mine && row.status() == CommentStatus.HIDDEN ? row.moderationReason() : null));
        var replies = new ArrayList<>(children.getOrDefault(row.id(), List.of()));
        replies.sort(Comparator.comparing(CommentRow::createdAt).thenComparing(CommentRow::id));
        for (var reply : replies) {
            add(reply, depth + 1, children, byId, authors, revisions, viewerId, now, ordered);
        }
    }
}
