package org.parley.notification;

import java.util.UUID;

import org.parley.consultation.ConsultationStatusChanged;
import org.parley.discussion.CommentModerated;
import org.parley.discussion.CommentPosted;
import org.parley.proposal.ProposalDecided;
import org.parley.session.SessionMarkedFinal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import static org.parley.notification.NotificationWriter.AUTHOR_OF_SUBJECT;
import static org.parley.notification.NotificationWriter.FOLLOWERS_OF_CONSULTATION;
import static org.parley.notification.NotificationWriter.FOLLOWERS_OF_PARAGRAPH;
import static org.parley.notification.NotificationWriter.FOLLOWERS_OF_SESSION;

/**
 * Turns the other modules' events into notifications, then mails those wanted at once. Spring
 * Modulith records each event with the change that caused it and calls these after the commit, on
 * another thread; until a call returns normally the publication stays incomplete and is delivered
 * again ({@link NotificationSchedule}, and at each start). Writing is idempotent (one row per event and
 * recipient) and a row is mailed once, so a delivery tried again sends only what was not sent.
 * The writing commits before the mails are sent: a failing mail server leaves the notifications in place.
 */
@Component
class NotificationListener {

    private final NotificationWriter writer;
    private final Follows follows;
    private final NotificationMails mails;
    private final TransactionTemplate transaction;

    NotificationListener(NotificationWriter writer, Follows follows, NotificationMails mails, TransactionTemplate transaction) {
        this.writer = writer;
        this.follows = follows;
        this.mails = mails;
        this.transaction = transaction;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentPosted posted) {
        deliver(posted.id(), () -> {
            if (posted.follow()) {
                follows.follow(posted.authorId(), FollowTarget.PARAGRAPH, posted.paragraphId());
            }
            if (!posted.held()) {
                published(posted.id(), posted.commentId(), posted.paragraphId(), posted.authorId(), posted.parentId(),
                        posted.proposal());
            }
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommentModerated moderated) {
        deliver(moderated.id(), () -> {
            var place = writer.placeOf(moderated.paragraphId(), moderated.commentId());
            var kind = switch (moderated.act()) {
                case HIDDEN -> NotificationKind.COMMENT_HIDDEN;
                case RESTORED -> NotificationKind.COMMENT_RESTORED;
                case APPROVED -> NotificationKind.COMMENT_APPROVED;
            };
            writer.notify(moderated.id(), kind, place, moderated.moderatorId(), AUTHOR_OF_SUBJECT, moderated.commentId(),
                    moderated.reason());
            if (moderated.act() == CommentModerated.Act.APPROVED) {
                published(moderated.id(), moderated.commentId(), moderated.paragraphId(), moderated.authorId(),
                        moderated.parentId(), moderated.proposal());
            }
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ProposalDecided decided) {
        deliver(decided.id(), () -> {
            var place = writer.placeOf(decided.paragraphId(), decided.proposalId());
            writer.notify(decided.id(), NotificationKind.YOUR_PROPOSAL_DECIDED, place, decided.decidedBy(),
                    AUTHOR_OF_SUBJECT, decided.proposalId(), null);
            writer.notify(decided.id(), NotificationKind.DECISION, place, decided.decidedBy(), FOLLOWERS_OF_PARAGRAPH,
                    null, null);
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConsultationStatusChanged changed) {
        var kind = switch (changed.status()) {
            case OPEN -> NotificationKind.CONSULTATION_OPENED;
            case PUBLISHED -> NotificationKind.CONSULTATION_PUBLISHED;
            default -> null;
        };
        if (kind != null) {
            deliver(changed.id(), () -> writer.notify(changed.id(), kind,
                    new NotificationWriter.Place(changed.consultationId(), null, null, null), null,
                    FOLLOWERS_OF_CONSULTATION, null, null));
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SessionMarkedFinal marked) {
        deliver(marked.id(), () -> writer.notify(marked.id(), NotificationKind.SESSION_FINAL,
                writer.placeOfSession(marked.sessionId(), marked.consultationId()), marked.markedBy(),
                FOLLOWERS_OF_SESSION, null, null));
    }

    /** A comment now seen by others: a reply tells the author replied to, a proposal the followers. */
    private void published(UUID event, long commentId, long paragraphId, long authorId, Long parentId, boolean proposal) {
        var place = writer.placeOf(paragraphId, commentId);
        if (parentId != null) {
            writer.notify(event, NotificationKind.REPLY, place, authorId, AUTHOR_OF_SUBJECT, parentId, null);
        }
        if (proposal) {
            writer.notify(event, NotificationKind.PROPOSAL, place, authorId, FOLLOWERS_OF_PARAGRAPH, null, null);
        }
    }

    /** Writes in one transaction, then mails what is wanted at once. */
    void deliver(UUID event, Runnable write) {
        transaction.executeWithoutResult(status -> write.run());
        mails.sendAtOnce(event);
    }
}
