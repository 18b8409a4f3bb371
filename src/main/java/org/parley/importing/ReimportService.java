package org.parley.importing;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.parley.audit.AuditTrail;
import org.parley.consultation.ConsultationService;
import org.parley.consultation.CurrentText;
import org.parley.consultation.Diffs;
import org.parley.consultation.TextChangedMeanwhile;
import org.parley.consultation.TextService;
import org.parley.discussion.CommentAnchors.Outcome;
import org.parley.discussion.CommentAnchors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-import of a revised text: a report of what would happen, then — with the admin's corrections —
 * the writing of it, all or nothing. Like the import, nothing is kept between the two: the
 * confirmation carries the revision, the corrections and the fingerprint of the live text the
 * report was made on, and is refused if that text has changed since.
 */
@Service
class ReimportService {

    private static final Logger log = LoggerFactory.getLogger(ReimportService.class);

    private final ImportService imports;
    private final ConsultationService consultations;
    private final TextService texts;
    private final ReimportPlanner planner;
    private final CommentAnchors anchors;
    private final Diffs diffs;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ReimportService(ImportService imports, ConsultationService consultations, TextService texts,
                    ReimportPlanner planner, CommentAnchors anchors, Diffs diffs, ApplicationEventPublisher events,
                    AuditTrail audit) {
        this.imports = imports;
        this.consultations = consultations;
        this.texts = texts;
        this.planner = planner;
        this.anchors = anchors;
        this.diffs = diffs;
        this.events = events;
        this.audit = audit;
    }

    ImportPreview parse(byte[] upload, @Nullable String filename, @Nullable ImportFormat format) {
        return imports.preview(upload, filename, format);
    }

    ImportPreview parse(String carried, @Nullable ImportFormat format) {
        return imports.preview(carried, null, format);
    }

    @Transactional(readOnly = true)
    public ReimportReport report(String slug, ImportPreview revision, String corrections) {
        long started = System.nanoTime();
        var current = liveText(slug);
        var report = ReimportReport.of(plan(current, revision, corrections), revision, corrections, diffs);
        log.info("Re-import report for {}: {} paragraphs against {} in {} ms", slug, revision.paragraphCount(),
                current.paragraphs().size(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    @Transactional
    public TextReimported confirm(String slug, ImportPreview revision, String corrections, String fingerprint,
                                  @Nullable Long accountId) {
        long started = System.nanoTime();
        var current = liveText(slug);
        if (!current.fingerprint().equals(fingerprint)) {
            throw new ImportRejected("reimport.error.changedMeanwhile");
        }
        var plan = plan(current, revision, corrections);
        var now = Instant.now();
        try {
            var ids = texts.writeRevision(slug, plan.revision(), fingerprint, now);
            anchors.apply(plan.comments(), ids, now);
        } catch (TextChangedMeanwhile changed) {
            throw new ImportRejected("reimport.error.changedMeanwhile");
        }
        var comments = plan.comments();
        var done = new TextReimported(slug, accountId, plan.count(true, false), plan.count(true, true),
                plan.count(false, false), plan.removedCount(), comments.count(Outcome.FOLLOWS),
                comments.count(Outcome.REANCHORED), comments.count(Outcome.DETACHED));
        audit.record(accountId, "consultation.text_reimported", "consultation", consultations.summary(slug).id(),
                Map.of("paragraphs", current.paragraphs().size()), done);
        events.publishEvent(done);
        log.info("Re-imported {}: {} in {} ms", slug, done, (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private CurrentText liveText(String slug) {
        var current = texts.currentText(slug);
        if (current.paragraphs().isEmpty()) {
            throw new ImportRejected("reimport.error.noText");
        }
        return current;
    }

    private ReimportPlan plan(CurrentText current, ImportPreview revision, String corrections) {
        return planner.plan(current, revision.outline(),
                ReimportCorrections.parse(corrections, current, revision.paragraphCount()));
    }
}
