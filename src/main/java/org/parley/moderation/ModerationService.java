package org.parley.moderation;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.discussion.CommentService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags and the acts of moderators, each within the moderator's {@link ModerationScope} (admins
 * moderate everything). Each act is one transaction with its audit event, and says
 * whether it happened: when two moderators act on the same comment, the second learns that the
 * first was quicker.
 */
@Service
class ModerationService {

    static final int MAX_REASON = 1000;

    private final CommentService comments;
    private final AccountService accounts;
    private final CommentFlagRepository flags;
    private final ModerationQueue queue;
    private final AuditLog audit;
    private final ModerationScope scope;
    private final Clock clock;

    ModerationService(CommentService comments, AccountService accounts, CommentFlagRepository flags,
                      ModerationQueue queue, AuditLog audit, ModerationScope scope, Clock clock) {
        this.scope = scope;
        this.comments = comments;
        this.accounts = accounts;
        this.flags = flags;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void flag(long commentId, long accountId, @Nullable String reason) {
        String given = checkReason(reason);
        var comment = queue.comment(commentId);
        if (!comment.isPublished()) {
            throw new ModerationRefused("flag.refused.notShown");
        }
        if (flags.existsByCommentIdAndAccountId(commentId, accountId)) {
            throw new ModerationRefused("flag.refused.already");
        }
        try {
            flags.saveAndFlush(new CommentFlag(commentId, accountId, given, clock.instant()));
        } catch (DataIntegrityViolationException sameFlagAtTheSameMoment) {
            throw new ModerationRefused("flag.refused.already");
        }
        audit.record(accountId, "comment.flagged", "comment", commentId, given, null);
    }

    @Transactional
    boolean hide(long commentId, long moderatorId, @Nullable String reason) {
        scope.refuseOutside(commentId, moderatorId);
        String given = checkReason(reason);
        return done(comments.hide(commentId, moderatorId, given), moderatorId, "comment.hidden", commentId, given);
    }

    @Transactional
    boolean restore(long commentId, long moderatorId, @Nullable String reason) {
        scope.refuseOutside(commentId, moderatorId);
        String given = checkReason(reason);
        return done(comments.restore(commentId, moderatorId, given), moderatorId, "comment.restored", commentId, given);
    }

    @Transactional
    boolean approve(long commentId, long moderatorId) {
        scope.refuseOutside(commentId, moderatorId);
        return done(comments.approve(commentId, moderatorId), moderatorId, "comment.approved", commentId, null);
    }

    @Transactional
    boolean reject(long commentId, long moderatorId, @Nullable String reason) {
        scope.refuseOutside(commentId, moderatorId);
        String given = checkReason(reason);
        return done(comments.reject(commentId, moderatorId, given), moderatorId, "comment.rejected", commentId, given);
    }

    /** The flags were unfounded: the comment stays as it is and leaves the queue. */
    @Transactional
    boolean dismissFlags(long commentId, long moderatorId) {
        scope.refuseOutside(commentId, moderatorId);
        return done(flags.resolveAll(commentId, clock.instant()) > 0, moderatorId, "comment.flags_dismissed",
                commentId, null);
    }

    /** Approves a participant and publishes what they wrote while waiting; returns how many comments that was. */
    @Transactional
    int approveParticipant(long accountId, long moderatorId) {
        if (!accounts.approve(accountId)) {
            return -1;
        }
        int released = comments.releaseHeldBy(accountId, moderatorId).size();
        audit.record(moderatorId, "account.approved", "account", accountId, null, released);
        return released;
    }

    private boolean done(boolean changed, long moderatorId, String action, long commentId, @Nullable String reason) {
        if (changed) {
            flags.resolveAll(commentId, clock.instant());
            audit.record(moderatorId, action, "comment", commentId, reason, null);
        }
        return changed;
    }

    private static String checkReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ModerationRefused("moderation.refused.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new ModerationRefused("moderation.refused.reasonTooLong");
        }
        return reason.strip();
    }
}
