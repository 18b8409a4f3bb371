package org.parley.insights;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationNotFound;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ConsultationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a consultation's insights: everyone once it is published, or while it is open or
 * closed if an admin made them public; otherwise its organisers and the admins (a draft: admins).
 * To anyone else the page does not exist, like a draft's.
 */
@Component("insightsAccess")
public class InsightsAccess {

    private final ConsultationService consultations;
    private final JdbcClient jdbc;

    InsightsAccess(ConsultationService consultations, JdbcClient jdbc) {
        this.consultations = consultations;
        this.jdbc = jdbc;
    }

    ConsultationSummary visible(String slug, Viewer viewer) {
        var consultation = consultations.summary(slug);
        if (viewer.admin() || isPublic(consultation)
                || consultation.status() != ConsultationStatus.DRAFT && organises(consultation.id(), viewer)) {
            return consultation;
        }
        throw new ConsultationNotFound(slug);
    }

    /** Organises one of its sessions: one question however many sessions it has. */
    private boolean organises(long consultationId, Viewer viewer) {
        Long accountId = viewer.accountId();
        return accountId != null && jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM session.session_organiser o JOIN session.session w ON w.id = o.session_id
                                       WHERE w.consultation_id = :consultation AND o.account_id = :account)""")
                .param("consultation", consultationId).param("account", accountId).query(Boolean.class).single();
    }

        /** Whether everyone may see them: the consultation page asks, to link to them. */
    public boolean isPublic(ConsultationSummary consultation) {
        return switch (consultation.status()) {
            case PUBLISHED -> true;
            case OPEN, CLOSED -> consultation.insightsPublicWhileOpen();
            case DRAFT -> false;
        };
    }

    /** The insights page of a consultation known by id: an organiser's session page links to it. */
    public String address(long consultationId) {
        return jdbc.sql("SELECT slug FROM consultation.consultation WHERE id = :id").param("id", consultationId)
                .query(String.class).optional().map(slug -> "/c/" + slug + "/insights").orElse("/sessions");
    }
}
