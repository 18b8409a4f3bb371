package org.parley.disposition;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.consultation.DecisionRights;
import org.parley.session.NotOrganiser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a comment its response: only the organisers of the session that owns the comment's
 * paragraph, and admins, the same who decide on its text. A new response replaces the current
 * one, which is kept with the time it was replaced; each is written to the audit log.
 */
@Service
public class ResponseService {

    static final int NOTE_MAX = 5000;

    private final Responses responses;
    private final DecisionRights rights;
    private final ResponseWriter writer;
    private final Clock clock;

    ResponseService(Responses responses, DecisionRights rights, ResponseWriter writer, Clock clock) {
        this.responses = responses;
        this.rights = rights;
        this.writer = writer;
        this.clock = clock;
    }

    /** The comment, if this viewer may respond to it; otherwise a 403 (a 404 when it is not in the consultation). */
    @Transactional(readOnly = true)
    public ResponseTarget respondable(String slug, long commentId, Viewer viewer) {
        var target = responses.target(slug, commentId);
        if (!rights.mayDecide(target.paragraphId(), viewer)) {
            throw NotOrganiser.ofParagraph(target.paragraphId());
        }
        return target;
    }

    /**
     * Records the response and returns the comment it answers.
     *
     * @throws ResponseRefused for an unknown status, a version the paragraph does not have, a note
     *                         too long, or a comment that is not published (hidden, withdrawn, held)
     */
    @Transactional
    public ResponseTarget respond(String slug, long commentId, Viewer viewer, ResponseForm form) {
        var target = respondable(slug, commentId, viewer);
        if (!target.isPublished()) {
            throw new ResponseRefused("response.refused.notPublished");
        }
        var status = ResponseStatus.parse(form.status() == null ? "" : form.status())
                .orElseThrow(() -> new ResponseRefused("response.refused.status"));
        Integer version = version(status, form.version(), target.currentVersion());
        String note = form.noteText();
        if (note.length() > NOTE_MAX) {
            throw new ResponseRefused("response.refused.noteTooLong", NOTE_MAX);
        }
        writer.write(commentId, status, version, note, viewer.accountId(), clock.instant());
        return target;
    }

    private static @Nullable Integer version(ResponseStatus status, @Nullable String typed, int currentVersion) {
        if (typed == null || typed.isBlank()) {
            if (status == ResponseStatus.ADDRESSED) {
                throw new ResponseRefused("response.refused.versionNeeded");
            }
            return null;
        }
        if (!status.takesVersion()) {
            throw new ResponseRefused("response.refused.noVersion");
        }
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 1 && n <= currentVersion) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like a number the paragraph has no version of
        }
        throw new ResponseRefused("response.refused.version", currentVersion);
    }
}
