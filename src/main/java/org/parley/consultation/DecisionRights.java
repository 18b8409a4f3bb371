package org.parley.consultation;

import org.parley.account.Viewer;
import org.parley.session.SessionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may decide on a consultation's text, and whether a paragraph is still open to decisions:
 * the checks behind proposals, organisers' edits and the pages that offer them.
 */
@Service
public class DecisionRights {

    private final ConsultationService summaries;
    private final ReadingService reading;
    private final ConsultationReader reader;
    private final SessionService sessions;

    DecisionRights(ConsultationService summaries, ReadingService reading, ConsultationReader reader,
                   SessionService sessions) {
        this.summaries = summaries;
        this.reading = reading;
        this.reader = reader;
        this.sessions = sessions;
    }

    /**
     * Who may decide on a paragraph's text: the organisers of the session that owns its section,
     * and admins; a paragraph outside any session is the editorial team's, that is the admins'.
     */
    @Transactional(readOnly = true)
    public boolean mayDecide(long paragraphId, Viewer viewer) {
        if (viewer.admin()) {
            return true;
        }
        Long accountId = viewer.accountId();
        return accountId != null && reader.sessionOf(paragraphId)
                .map(session -> sessions.isOrganiser(session, accountId))
                .orElse(false);
    }

    /** Whether the viewer looks after the consultation: an admin, or an organiser of one of its sessions. */
    @Transactional(readOnly = true)
    public boolean organises(String slug, Viewer viewer) {
        if (viewer.admin()) {
            return true;
        }
        Long accountId = viewer.accountId();
        return accountId != null && sessions.sessions(summaries.summary(slug).id()).stream()
                .anyMatch(session -> sessions.isOrganiser(session.id(), accountId));
    }

    /**
     * Whether the paragraph's text is settled: its session marked its messages final, or the
     * consultation is published. Then no proposal is taken and no decision made on it.
     */
    @Transactional(readOnly = true)
    public boolean isFinal(long paragraphId) {
        var paragraph = reading.paragraph(paragraphId);
        if (summaries.summary(paragraph.consultationSlug()).status() == ConsultationStatus.PUBLISHED) {
            return true;
        }
        return reader.sessionOf(paragraphId).map(sessions::isFinal).orElse(false);
    }
}
