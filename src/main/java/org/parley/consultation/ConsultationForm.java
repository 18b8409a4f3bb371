package org.parley.consultation;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The admin's consultation form; dates are entered and shown in UTC. */
record ConsultationForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{consultation.slug.pattern}")
        String slug,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) @Nullable String summary,
        @DateTimeFormat(pattern = DATE_TIME_LOCAL) @Nullable LocalDateTime opensAt,
        @DateTimeFormat(pattern = DATE_TIME_LOCAL) @Nullable LocalDateTime closesAt,
        @Nullable ModerationMode moderationMode,
        @Nullable Boolean participantApproval,
        @Nullable DeletedAccountComments deletedAccountComments,
        @Nullable TextUnit unit,
        @Nullable Boolean insightsPublic,
        @Nullable TextLanguage language) {

    /** What browsers send from a datetime-local field. */
    static final String DATE_TIME_LOCAL = "yyyy-MM-dd'T'HH:mm";

    static ConsultationForm empty() {
        return new ConsultationForm("", "", "", null, null, ModerationMode.POST, false, DeletedAccountComments.ANONYMISE,
                TextUnit.PARAGRAPH, false, TextLanguage.EN);
    }

    static ConsultationForm of(ConsultationSummary consultation, ModerationRules rules, DeletedAccountComments deleted,
                               boolean insightsPublic, TextLanguage language) {
        return new ConsultationForm(consultation.slug(), consultation.title(), consultation.summary(),
                consultation.opensAt() == null ? null : LocalDateTime.ofInstant(consultation.opensAt(), ZoneOffset.UTC),
                consultation.closesAt() == null ? null : LocalDateTime.ofInstant(consultation.closesAt(), ZoneOffset.UTC),
                rules.mode(), rules.participantApproval(), deleted, consultation.unit(), insightsPublic, language);
    }

    @AssertTrue(message = "{consultation.closesAt.afterOpening}")
    public boolean isClosingAfterOpening() {
        return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
    }

    /** A form without the moderation fields (an older page, a script) keeps the defaults: post-moderation, no approval. */
    ModerationRules toModerationRules() {
        return new ModerationRules(moderationMode == null ? ModerationMode.POST : moderationMode,
                Boolean.TRUE.equals(participantApproval));
    }

    /** A form without the field keeps the default: comments stay, under "former participant". */
    DeletedAccountComments toDeletedAccountComments() {
        return deletedAccountComments == null ? DeletedAccountComments.ANONYMISE : deletedAccountComments;
    }

    /** A form without the field keeps insights for organisers and admins until the consultation is published. */
    boolean insightsPublicWhileOpen() {
        return Boolean.TRUE.equals(insightsPublic);
    }

    /** A form without the field keeps English, the default. */
    TextLanguage toLanguage() {
        return language == null ? TextLanguage.EN : language;
    }

    NewConsultation toNewConsultation() {
        return new NewConsultation(slug.strip(), title.strip(), summary == null || summary.isBlank() ? null : summary.strip(),
                opensAt == null ? null : opensAt.toInstant(ZoneOffset.UTC),
                closesAt == null ? null : closesAt.toInstant(ZoneOffset.UTC),
                unit == null ? TextUnit.PARAGRAPH : unit);
    }
}
