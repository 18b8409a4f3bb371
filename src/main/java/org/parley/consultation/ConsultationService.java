package org.parley.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations themselves: creating and describing them, opening and closing them, their
 * moderation and privacy settings, and finding them by slug. Their text is {@link TextService}'s,
 * what readers see {@link ReadingService}'s, who may decide on the text {@link DecisionRights}',
 * which session owns which section {@link SessionAssignments}'.
 */
@Service
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final ConsultationReader reader;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    ConsultationService(ConsultationRepository consultations, ConsultationReader reader, AuditTrail audit,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.consultations = consultations;
        this.reader = reader;
        this.audit = audit;
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

    /** Whether everyone may see the consultation's insights while it is open or closed; published, they always may. */
    @Transactional
    public void showInsightsWhileOpen(String slug, boolean insightsPublic) {
        var consultation = consultation(slug);
        boolean before = consultation.insightsPublic();
        consultation.showInsightsWhileOpen(insightsPublic);
        if (before != insightsPublic) {
            audit.record("consultation.insights_changed", "consultation", consultation.id(),
                    Map.of("insightsPublic", before), Map.of("insightsPublic", insightsPublic));
        }
    }

    /** The language its text and comments are in; search stems them in it again when it changes (V26). */
    @Transactional
    public void writtenIn(String slug, TextLanguage language) {
        var consultation = consultation(slug);
        var before = consultation.language();
        consultation.writtenIn(language);
        if (before != language) {
            audit.record("consultation.language_changed", "consultation", consultation.id(),
                    Map.of("language", before.code()), Map.of("language", language.code()));
        }
    }

    @Transactional(readOnly = true)
    public boolean insightsPublicWhileOpen(String slug) {
        return consultation(slug).insightsPublic();
    }

    @Transactional(readOnly = true)
    public TextLanguage language(String slug) {
        return consultation(slug).language();
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
        if (before != status) {
            events.publishEvent(new ConsultationStatusChanged(java.util.UUID.randomUUID(), consultation.id(), status));
        }
    }

    @Transactional(readOnly = true)
    public List<ConsultationSummary> listPublic() {
        return reader.list(false);
    }

    @Transactional(readOnly = true)
    public List<ConsultationSummary> listAll() {
        return reader.list(true);
    }

    @Transactional(readOnly = true)
    public ConsultationSummary summary(String slug) {
        return reader.summary(slug).orElseThrow(() -> new ConsultationNotFound(slug));
    }

    /** The consultation if this reader may see it: a draft only for admins, like its page. */
    @Transactional(readOnly = true)
    public ConsultationSummary visibleTo(String slug, Viewer viewer) {
        var consultation = summary(slug);
        if (!consultation.status().isPublic() && !viewer.admin()) {
            throw new ConsultationNotFound(slug);
        }
        return consultation;
    }

    /**
     * What the consultation's text is made of, for pages that know it only by id: a session's,
     * whose template asks this bean by name ({@code @consultationService}).
     */
    @Transactional(readOnly = true)
    public TextUnit unitOf(long consultationId) {
        return consultations.findById(consultationId).map(Consultation::unit).orElse(TextUnit.PARAGRAPH);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return consultations.count() == 0;
    }

    private Consultation consultation(String slug) {
        return consultations.findBySlug(slug).orElseThrow(() -> new ConsultationNotFound(slug));
    }
}
