package org.parley.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditTrail;
import org.parley.session.SessionService;
import org.parley.session.SessionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which session (workshop) owns which section of a consultation: assigning sections to sessions,
 * and deleting a session no section belongs to any more.
 */
@Service
public class SessionAssignments {

    private final ConsultationRepository consultations;
    private final SectionRepository sections;
    private final ConsultationService summaries;
    private final ConsultationReader reader;
    private final SessionService sessions;
    private final AuditTrail audit;

    SessionAssignments(ConsultationRepository consultations, SectionRepository sections, ConsultationService summaries,
                       ConsultationReader reader, SessionService sessions, AuditTrail audit) {
        this.consultations = consultations;
        this.sections = sections;
        this.summaries = summaries;
        this.reader = reader;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The consultation's sections in document order, each with its session: for assigning them. */
    @Transactional(readOnly = true)
    public List<SectionHeading> sections(String slug) {
        return reader.sectionHeadings(summaries.summary(slug).id());
    }

    /** The session (workshop) that owns the paragraph's section, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> sessionOf(long paragraphId) {
        return reader.sessionOf(paragraphId);
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
        var consultation = consultations.lockBySlug(slug);
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
        var consultation = consultations.lockBySlug(slug);
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
}
