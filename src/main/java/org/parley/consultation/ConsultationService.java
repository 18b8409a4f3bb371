package org.parley.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may do with consultations: create and describe them, write their
 * imported text, and read them as view records.
 */
@Service
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final SessionService sessions;
    private final ConsultationReader reader;
    private final TextWriter textWriter;
    private final AuditTrail audit;
    private final CurrentTextReader currentText;
    private final RevisionWriter revisionWriter;

    ConsultationService(ConsultationRepository consultations, SectionRepository sections, ParagraphRepository paragraphs,
                        SessionService sessions, ConsultationReader reader, TextWriter textWriter, AuditTrail audit,
                        CurrentTextReader currentText, RevisionWriter revisionWriter) {
        this.audit = audit;
        this.currentText = currentText;
        this.revisionWriter = revisionWriter;
        this.sessions = sessions;
        this.consultations = consultations;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.reader = reader;
        this.textWriter = textWriter;
    }

    @Transactional
    public ConsultationSummary create(NewConsultation details) {
        if (consultations.existsBySlug(details.slug())) {
            throw new SlugTaken(details.slug());
        }
        try {
            consultations.saveAndFlush(new Consultation(details.slug(), details.title(), details.summary(),
                    details.opensAt(), details.closesAt(), details.unit()));
        } catch (DataIntegrityViolationException raceOnTheSameSlug) {
            throw new SlugTaken(details.slug());
        }
        var created = summary(details.slug());
        audit.record("consultation.created", "consultation", created.id(), null, details);
        return created;
    }

    @Transactional
    public void describe(String slug, NewConsultation details) {
        var before = summary(slug);
        consultation(slug).describe(details.title(), details.summary(), details.opensAt(), details.closesAt(),
                details.unit());
        audit.record("consultation.described", "consultation", before.id(),
                new NewConsultation(before.slug(), before.title(), before.summary(), before.opensAt(), before.closesAt()),
                details);
    }

    /** Sets how the consultation's comments are moderated; comments already posted keep their status. */
    @Transactional
    public void moderate(String slug, ModerationRules rules) {
        var consultation = consultation(slug);
        var before = consultation.moderation();
        consultation.moderate(rules);
        if (!before.equals(rules)) {
            audit.record("consultation.moderation_changed", "consultation", consultation.id(), before, rules);
        }
    }

    /** What happens to the comments of people who delete their account; see {@link DeletedAccountComments}. */
    @Transactional
    public void keepCommentsOfDeletedAccounts(String slug, DeletedAccountComments policy) {
        var consultation = consultation(slug);
        var before = consultation.deletedAccountComments();
        consultation.keepCommentsOfDeletedAccounts(policy);
        if (before != policy) {
            audit.record("consultation.privacy_changed", "consultation", consultation.id(),
                    Map.of("deletedAccountComments", before), Map.of("deletedAccountComments", policy));
        }
    }

    @Transactional(readOnly = true)
    public DeletedAccountComments deletedAccountComments(String slug) {
        return consultation(slug).deletedAccountComments();
    }

    @Transactional(readOnly = true)
    public ModerationRules moderation(String slug) {
        return consultation(slug).moderation();
    }

    @Transactional
    public void changeStatus(String slug, ConsultationStatus status) {
        var consultation = consultation(slug);
        var before = consultation.status();
        consultation.changeStatus(status, Instant.now());
        audit.record("consultation.status_changed", "consultation", consultation.id(), Map.of("status", before),
                Map.of("status", status));
    }

    /**
     * Writes the first text of a consultation, all of it or nothing. The consultation row is
     * locked so that two admins confirming at once cannot both import.
     */
    @Transactional
    public void writeText(String slug, TextOutline outline) {
        writeText(slug, outline, Instant.now());
    }

    /**
     * Writes a first text written before it came to Parley (the demo's reports and messages), its first
     * versions dated at its source's date: before the comments and versions that followed it.
     */
    @Transactional
    public void writeText(String slug, TextOutline outline, Instant writtenAt) {
        var consultation = consultations.findForUpdateBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
        if (sections.existsByConsultationId(consultation.id())) {
            throw new TextAlreadyImported(slug);
        }
        textWriter.write(consultation.id(), outline, writtenAt);
        audit.record("consultation.text_imported", "consultation", consultation.id(), null,
                Map.of("sections", outline.sections().size()));
    }

    /** The live text, to compare a revision with. */
    @Transactional(readOnly = true)
    public CurrentText currentText(String slug) {
        return currentText.read(summary(slug).id());
    }

    /**
     * Writes a revised text over the live one, all or nothing (see {@link TextRevision}). The
     * consultation row is locked, and the revision must have been lined up with the live text as
     * it still is ({@code fingerprint}), else {@link TextChangedMeanwhile} and nothing changes.
     *
     * @return the ids of the revision's paragraphs in document order
     */
    @Transactional
    public List<Long> writeRevision(String slug, TextRevision revision, String fingerprint, Instant now) {
        var consultation = consultations.findForUpdateBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
        var live = currentText.read(consultation.id());
        if (!live.fingerprint().equals(fingerprint)) {
            throw new TextChangedMeanwhile(slug);
        }
        return revisionWriter.write(consultation.id(), revision, live, now, VersionSource.REIMPORT);
    }

    /** The paragraphs revisions removed, most recent first: still readable, with their comments. */
    @Transactional(readOnly = true)
    public List<RemovedParagraph> removedParagraphs(String slug) {
        return currentText.removed(summary(slug).id());
    }

    @Transactional(readOnly = true)
    public List<ConsultationSummary> listPublic() {
        return reader.list(false);
    }

    @Transactional(readOnly = true)
    public List<ConsultationSummary> listAll() {
        return reader.list(true);
    }

    /** What the consultation's text is made of, for pages that know it only by id (a session's). */
    @Transactional(readOnly = true)
    public TextUnit unitOf(long consultationId) {
        return consultations.findById(consultationId).map(Consultation::unit).orElse(TextUnit.PARAGRAPH);
    }

    @Transactional(readOnly = true)
    public ConsultationSummary summary(String slug) {
        return reader.summary(slug).orElseThrow(() -> new ConsultationNotFound(slug));
    }

    /** The reading page; a draft is visible only to those allowed to prepare it. */
    @Transactional(readOnly = true)
    public ConsultationPage page(String slug, boolean includeDraft) {
        var consultation = summary(slug);
        if (!consultation.status().isPublic() && !includeDraft) {
            throw new ConsultationNotFound(slug);
        }
        return reader.page(consultation);
    }

    /** A paragraph of a consultation the reader may see, by the anchor in its URL. */
    @Transactional(readOnly = true)
    public ParagraphRef paragraph(String slug, String anchor, boolean includeDraft) {
        var consultation = summary(slug);
        if (!consultation.status().isPublic() && !includeDraft) {
            throw new ConsultationNotFound(slug);
        }
        return reader.paragraph(slug, anchor).orElseThrow(() -> new ParagraphNotFound(slug, anchor));
    }

    /** Where a comment on a public consultation's paragraph goes; see {@link CommentTarget}. */
    @Transactional(readOnly = true)
    public CommentTarget commentTarget(String slug, String anchor) {
        var target = reader.commentTarget(slug, anchor);
        var consultation = target.isPresent() ? target.get().consultation() : summary(slug);
        if (!consultation.status().isPublic()) {
            throw new ConsultationNotFound(slug);
        }
        return target.orElseThrow(() -> new ParagraphNotFound(slug, anchor));
    }

    @Transactional(readOnly = true)
    public ParagraphRef paragraph(long paragraphId) {
        return reader.paragraph(paragraphId).orElseThrow(() -> new ParagraphNotFound("?", String.valueOf(paragraphId)));
    }

    /**
     * Writes a new version of a paragraph, all or nothing. The paragraph row is locked, so of two
     * decisions at the same moment one wins and the other gets {@link ParagraphChanged}.
     *
     * @return the new version's number
     */
    @Transactional
    public int appendVersion(NewVersion version) {
        var paragraph = paragraphs.findForUpdate(version.paragraphId())
                .orElseThrow(() -> new ParagraphNotFound("?", String.valueOf(version.paragraphId())));
        return paragraph.appendVersion(version);
    }

    /**
     * Writes a version made before it came to Parley — in the demo, or on another platform — with
     * its original time; the same lock and the same expected-version rule as {@link #appendVersion(NewVersion)}.
     *
     * @return the new version's number
     */
    @Transactional
    public int importVersion(NewVersion version, Instant createdAt) {
        var paragraph = paragraphs.findForUpdate(version.paragraphId())
                .orElseThrow(() -> new ParagraphNotFound("?", String.valueOf(version.paragraphId())));
        return paragraph.appendVersion(version, createdAt);
    }

    /** Every version of a paragraph, oldest first. */
    @Transactional(readOnly = true)
    public List<VersionView> versions(long paragraphId) {
        return reader.versions(paragraphId);
    }

    /** One version, by its id: the one a comment was written on, say. */
    @Transactional(readOnly = true)
    public VersionView version(long versionId) {
        return reader.version(versionId).orElseThrow(() -> new ParagraphNotFound("?", "version " + versionId));
    }

    /** The versions these accepted proposals became, for whoever lists proposals and credits their outcome. */
    @Transactional(readOnly = true)
    public List<VersionView> versionsFromProposals(Collection<Long> proposalIds) {
        return reader.versionsFromProposals(proposalIds);
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
        return accountId != null && sessions.sessions(summary(slug).id()).stream()
                .anyMatch(session -> sessions.isOrganiser(session.id(), accountId));
    }

    /**
     * Whether the paragraph's text is settled: its session marked its messages final, or the
     * consultation is published. Then no proposal is taken and no decision made on it.
     */
    @Transactional(readOnly = true)
    public boolean isFinal(long paragraphId) {
        var paragraph = paragraph(paragraphId);
        if (summary(paragraph.consultationSlug()).status() == ConsultationStatus.PUBLISHED) {
            return true;
        }
        return reader.sessionOf(paragraphId).map(sessions::isFinal).orElse(false);
    }

    /** The session (workshop) that owns the paragraph's section, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> sessionOf(long paragraphId) {
        return reader.sessionOf(paragraphId);
    }

    /** The consultation's sections in document order, each with its session: for assigning them. */
    @Transactional(readOnly = true)
    public List<SectionHeading> sections(String slug) {
        return reader.sectionHeadings(summary(slug).id());
    }

    /** Puts one section in a session, or in none; see {@link #assignSessions(String, Map)}. */
    @Transactional
    public void assignSession(String slug, long sectionId, @Nullable Long sessionId) {
        var assignment = new HashMap<Long, @Nullable Long>();
        assignment.put(sectionId, sessionId);
        assignSessions(slug, assignment);
    }

    /**
     * Puts sections in sessions (a null session: in none), all or nothing. Every section and every
     * session must belong to this consultation, else {@link NotInConsultation} and nothing changes.
     * The consultation row is locked, so that a session cannot be deleted while sections join it.
     */
    @Transactional
    public void assignSessions(String slug, Map<Long, @Nullable Long> sessionBySection) {
        var consultation = consultations.findForUpdateBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
        var sessionIds = sessions.sessions(consultation.id()).stream().map(SessionView::id).collect(Collectors.toSet());
        var ownSections = sections.findByConsultationId(consultation.id()).stream()
                .collect(Collectors.toMap(Section::id, Function.identity()));
        sessionBySection.forEach((sectionId, sessionId) -> {
            if (!ownSections.containsKey(sectionId)) {
                throw new NotInConsultation("Section " + sectionId + " is not in " + slug);
            }
            if (sessionId != null && !sessionIds.contains(sessionId)) {
                throw new NotInConsultation("Session " + sessionId + " is not in " + slug);
            }
        });
        var before = new HashMap<Long, @Nullable Long>();
        sessionBySection.keySet().forEach(sectionId -> before.put(sectionId, ownSections.get(sectionId).sessionId()));
        sessionBySection.forEach((sectionId, sessionId) -> ownSections.get(sectionId).assignTo(sessionId));
        if (!before.equals(sessionBySection)) {
            audit.record("consultation.sessions_assigned", "consultation", consultation.id(), before, sessionBySection);
        }
    }

    /** Deletes a session of this consultation unless a section still belongs to it ({@link SessionInUse}). */
    @Transactional
    public void deleteSession(String slug, long sessionId) {
        var consultation = consultations.findForUpdateBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
        if (sessions.session(sessionId).consultationId() != consultation.id()) {
            throw new NotInConsultation("Session " + sessionId + " is not in " + slug);
        }
        if (sections.existsBySessionId(sessionId)) {
            throw new SessionInUse(sessionId);
        }
        var before = sessions.session(sessionId);
        sessions.delete(sessionId);
        audit.record("session.deleted", "session", sessionId, before, null);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return consultations.count() == 0;
    }

    private Consultation consultation(String slug) {
        return consultations.findBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
    }
}
