package org.parley.proposal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.consultation.DecisionRights;
import org.parley.consultation.NewVersion;
import org.parley.consultation.ParagraphChanged;
import org.parley.consultation.ParagraphRef;
import org.parley.consultation.ReadingService;
import org.parley.consultation.Rebase;
import org.parley.consultation.Rebases;
import org.parley.consultation.TextService;
import org.parley.consultation.VersionSource;
import org.parley.consultation.VersionView;
import org.parley.discussion.CommentService;
import org.parley.discussion.ProposalRef;
import org.parley.discussion.ProposalStatus;
import org.parley.session.NotOrganiser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' decisions. Each is one transaction: the new version and the proposal's
 * status go in together or not at all, and of two decisions on one paragraph at the same moment
 * one wins while the other is refused with {@link org.parley.consultation.ParagraphChanged}.
 */
@Service
public class ProposalService {

    private final TextService texts;
    private final ReadingService reading;
    private final DecisionRights decisionRights;
    private final CommentService comments;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Rebases rebases;

    ProposalService(TextService texts, ReadingService reading, DecisionRights decisionRights, CommentService comments,
                    ApplicationEventPublisher events, AuditTrail audit, Rebases rebases) {
        this.audit = audit;
        this.rebases = rebases;
        this.texts = texts;
        this.reading = reading;
        this.decisionRights = decisionRights;
        this.comments = comments;
        this.events = events;
    }

    /** Accepts the proposal as it is: the paragraph gets the proposed wording as its next version. */
    @Transactional
    public int accept(long proposalId, Viewer organiser, int expectedVersion, @Nullable String note) {
        var proposal = openProposal(proposalId);
        var paragraph = decidable(proposal.paragraphId(), organiser);
        if (paragraph.version() != expectedVersion) {
            throw new ParagraphChanged(paragraph.id(), expectedVersion, paragraph.version());
        }
        String text = rebase(proposal, paragraph).text();
        if (text == null) {
            throw new DecisionRefused("decision.refused.conflict");
        }
        if (text.strip().equals(paragraph.text().strip())) {
            throw new DecisionRefused("decision.refused.unchanged");
        }
        return decide(proposal, paragraph, organiser, new NewVersion(paragraph.id(), expectedVersion, text, VersionSource.PROPOSAL,
                blankToNull(note), organiser.accountId(), proposalId), ProposalStatus.ACCEPTED);
    }

    /** Accepts the proposal after the organiser edited the whole paragraph's new wording; both are credited. */
    @Transactional
    public int acceptWithEdits(long proposalId, Viewer organiser, int expectedVersion, String text, @Nullable String note) {
        var proposal = openProposal(proposalId);
        var paragraph = decidable(proposal.paragraphId(), organiser);
        requireText(text, paragraph);
        if (Rebases.holdsConflict(text, paragraph.text(), proposal.proposedText())) {
            throw new DecisionRefused("decision.refused.conflictLeft");
        }
        return decide(proposal, paragraph, organiser, new NewVersion(paragraph.id(), expectedVersion, text.strip(),
                VersionSource.PROPOSAL, blankToNull(note), organiser.accountId(), proposalId), ProposalStatus.ACCEPTED_WITH_EDITS);
    }

    @Transactional
    public void reject(long proposalId, Viewer organiser, String reason) {
        var proposal = openProposal(proposalId);
        decidable(proposal.paragraphId(), organiser);
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused("decision.refused.reasonRequired");
        }
        comments.decide(proposalId, ProposalStatus.REJECTED, organiser.accountId(), reason.strip());
        audit.record(organiser.accountId(), "proposal.rejected", "proposal", proposalId,
                Map.of("status", ProposalStatus.OPEN), Map.of("status", ProposalStatus.REJECTED, "reason", reason.strip()));
        events.publishEvent(new ProposalDecided(java.util.UUID.randomUUID(), proposalId, proposal.paragraphId(), ProposalStatus.REJECTED, organiser.accountId()));
    }

    /** A new version written by the organisers themselves, e.g. after a meeting; the change note says why. */
    @Transactional
    public int edit(long paragraphId, Viewer organiser, int expectedVersion, String text, String note) {
        var paragraph = decidable(paragraphId, organiser);
        var version = organisersEdit(paragraph, organiser, expectedVersion, text, note);
        return recorded("paragraph.edited", paragraph, version, texts.appendVersion(version));
    }

    /** The version an organisers' edit writes: new wording, and a change note that says why. */
    static NewVersion organisersEdit(ParagraphRef paragraph, Viewer organiser, int expectedVersion, String text,
                                     String note) {
        requireText(text, paragraph);
        if (note == null || note.isBlank()) {
            throw new DecisionRefused("decision.refused.noteRequired");
        }
        return new NewVersion(paragraph.id(), expectedVersion, text.strip(), VersionSource.ORGANISER_EDIT, note.strip(),
                organiser.accountId(), null);
    }

    /** Makes an older version current again, as a new version: history only grows. */
    @Transactional
    public int restore(long paragraphId, Viewer organiser, int expectedVersion, int version) {
        var paragraph = decidable(paragraphId, organiser);
        VersionView old = texts.versions(paragraphId).stream()
                .filter(candidate -> candidate.n() == version).findFirst()
                .orElseThrow(() -> new DecisionRefused("decision.refused.noSuchVersion", version));
        if (version == paragraph.version()) {
            throw new DecisionRefused("decision.refused.alreadyCurrent", version);
        }
        var restored = new NewVersion(paragraphId, expectedVersion, old.text(), VersionSource.RESTORE,
                "Restores version " + version + ".", organiser.accountId(), null);
        return recorded("paragraph.restored", paragraph, restored, texts.appendVersion(restored));
    }

    /**
     * The proposal brought to the paragraph's current text (decision 22): a rewording of the whole
     * paragraph merged word by word with what changed since it was written; a rewording of a passage
     * applied where the passage now stands, if it is still there unchanged. Its text is null when it
     * conflicts: then only an organiser's edit can accept it.
     */
    public Rebase rebase(ProposalRef proposal, ParagraphRef paragraph) {
        String base = proposal.versionId() == paragraph.versionId() ? paragraph.text()
                : texts.version(proposal.versionId()).text();
        return Rebase.of(base, paragraph.text(), proposal.quote(), proposal.proposedText());
    }

    /** {@link #rebase} ready to show. */
    Rebases.View rebaseView(ProposalRef proposal, ParagraphRef paragraph) {
        var base = proposal.versionId() == paragraph.versionId() ? null : texts.version(proposal.versionId());
        return rebases.view(base == null ? paragraph.version() : base.n(), base != null,
                base == null ? paragraph.text() : base.text(), paragraph.text(), proposal.quote(), proposal.proposedText());
    }

    private int decide(ProposalRef proposal, ParagraphRef paragraph, Viewer organiser, NewVersion version,
                       ProposalStatus outcome) {
        int n = texts.appendVersion(version);
        comments.decide(proposal.id(), outcome, organiser.accountId(), version.changeNote());
        audit.record(organiser.accountId(), "proposal." + outcome.name().toLowerCase(java.util.Locale.ROOT), "proposal",
                proposal.id(), state(paragraph.id(), paragraph.version(), paragraph.text()),
                state(paragraph.id(), n, version.text()));
        events.publishEvent(new ProposalDecided(java.util.UUID.randomUUID(), proposal.id(), proposal.paragraphId(), outcome, organiser.accountId()));
        return n;
    }

    /** Records a new version written by an organiser, with the wording it replaced. */
    int recorded(String action, ParagraphRef before, NewVersion version, int n) {
        audit.record(version.authorId(), action, "paragraph", before.id(), state(before.id(), before.version(), before.text()),
                state(before.id(), n, version.text()));
        return n;
    }

    private static Map<String, Object> state(long paragraphId, int version, String text) {
        return Map.of("paragraph", paragraphId, "version", version, "text", text);
    }

    ProposalRef openProposal(long proposalId) {
        var proposal = comments.proposal(proposalId);
        if (!proposal.isOpen()) {
            throw new DecisionRefused("decision.refused.alreadyDecided");
        }
        return proposal;
    }

    ParagraphRef decidable(long paragraphId, Viewer organiser) {
        if (organiser.accountId() == null || !decisionRights.mayDecide(paragraphId, organiser)) {
            throw NotOrganiser.ofParagraph(paragraphId);
        }
        if (decisionRights.isFinal(paragraphId)) {
            throw new DecisionRefused("decision.refused.final");
        }
        return reading.paragraph(paragraphId);
    }

    static void requireText(String text, ParagraphRef paragraph) {
        if (text == null || text.isBlank()) {
            throw new DecisionRefused("decision.refused.emptyText");
        }
        if (text.strip().equals(paragraph.text().strip())) {
            throw new DecisionRefused("decision.refused.unchanged");
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
