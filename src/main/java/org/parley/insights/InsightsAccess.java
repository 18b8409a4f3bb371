package org.parley.insights;

import org.parley.account.Viewer;
import org.parley.consultation.ConsultationNotFound;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.ConsultationStatus;
import org.parley.consultation.ConsultationSummary;
import org.parley.consultation.DecisionRights;
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
    private final DecisionRights rights;
    private final JdbcClient jdbc;

    InsightsAccess(ConsultationService consultations, DecisionRights rights, JdbcClient jdbc) {
        this.consultations = consultations;
        this.rights = rights;
        this.jdbc = jdbc;
    }

    ConsultationSummary visible(String slug, Viewer viewer) {
        var consultation = consultations.summary(slug);
        if (viewer.admin() || isPublic(consultation)
                || consultation.status() != ConsultationStatus.DRAFT && rights.organises(slug, viewer)) {
            return consultation;
        }
        throw new ConsultationNotFound(slug);
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
