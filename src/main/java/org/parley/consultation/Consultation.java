package org.parley.consultation;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;

    private String title;

    private @Nullable String summary;

    @Enumerated(EnumType.STRING)
    private ConsultationStatus status = ConsultationStatus.DRAFT;

    private @Nullable Instant opensAt;

    private @Nullable Instant closesAt;

    @Enumerated(EnumType.STRING)
    private ModerationMode moderationMode = ModerationMode.POST;

    private boolean participantApproval;

    @Enumerated(EnumType.STRING)
    private DeletedAccountComments deletedAccountComments = DeletedAccountComments.ANONYMISE;

    private Instant createdAt = Instant.now();

    private @Nullable Instant publishedAt;

    @Enumerated(EnumType.STRING)
    private TextUnit unit = TextUnit.PARAGRAPH;

    private boolean insightsPublic;

    @Convert(converter = TextLanguage.Column.class)
    private TextLanguage language = TextLanguage.EN;

    @Version
    private int lockVersion;

    protected Consultation() {
        this.slug = "";
        this.title = "";
    }

    Consultation(String slug, String title, @Nullable String summary, @Nullable Instant opensAt, @Nullable Instant closesAt,
                 TextUnit unit) {
        this.unit = unit;
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void describe(String title, @Nullable String summary, @Nullable Instant opensAt, @Nullable Instant closesAt,
                  TextUnit unit) {
        this.unit = unit;
        this.title = title;
        this.summary = summary;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void moderate(ModerationRules rules) {
        this.moderationMode = rules.mode();
        this.participantApproval = rules.participantApproval();
    }

    void keepCommentsOfDeletedAccounts(DeletedAccountComments policy) {
        this.deletedAccountComments = policy;
    }

    void showInsightsWhileOpen(boolean insightsPublic) {
        this.insightsPublic = insightsPublic;
    }

    boolean insightsPublic() {
        return insightsPublic;
    }

    DeletedAccountComments deletedAccountComments() {
        return deletedAccountComments;
    }

    TextLanguage language() {
        return language;
    }

    void writtenIn(TextLanguage language) {
        this.language = language;
    }

    ModerationRules moderation() {
        return new ModerationRules(moderationMode, participantApproval);
    }

    void changeStatus(ConsultationStatus status, Instant now) {
        if (status == ConsultationStatus.PUBLISHED && this.status != ConsultationStatus.PUBLISHED) {
            this.publishedAt = now;
        }
        this.status = status;
    }

    Long id() {
        if (id == null) {
            throw new IllegalStateException("Consultation not saved yet");
        }
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    @Nullable String summary() {
        return summary;
    }

    ConsultationStatus status() {
        return status;
    }

    @Nullable Instant opensAt() {
        return opensAt;
    }

    @Nullable Instant closesAt() {
        return closesAt;
    }

    TextUnit unit() {
        return unit;
    }
}
