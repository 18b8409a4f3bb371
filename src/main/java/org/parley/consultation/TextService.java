package org.parley.consultation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.parley.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's text and the versions of its paragraphs: writing the first text, a revision
 * over the live one, a paragraph's next version; and reading versions back.
 */
@Service
public class TextService {

    private final ConsultationRepository consultations;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final ConsultationService summaries;
    private final ConsultationReader reader;
    private final TextWriter textWriter;
    private final CurrentTextReader currentText;
    private final RevisionWriter revisionWriter;
    private final AuditTrail audit;

    TextService(ConsultationRepository consultations, SectionRepository sections, ParagraphRepository paragraphs,
                ConsultationService summaries, ConsultationReader reader, TextWriter textWriter,
                CurrentTextReader currentText, RevisionWriter revisionWriter, AuditTrail audit) {
        this.consultations = consultations;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.summaries = summaries;
        this.reader = reader;
        this.textWriter = textWriter;
        this.currentText = currentText;
        this.revisionWriter = revisionWriter;
        this.audit = audit;
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
        var consultation = consultations.lockBySlug(slug);
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
        return currentText.read(summaries.summary(slug).id());
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
        var consultation = consultations.lockBySlug(slug);
        var live = currentText.read(consultation.id());
        if (!live.fingerprint().equals(fingerprint)) {
            throw new TextChangedMeanwhile(slug);
        }
        return revisionWriter.write(consultation.id(), revision, live, now, VersionSource.REIMPORT);
    }

    /** The paragraphs revisions removed, most recent first: still readable, with their comments. */
    @Transactional(readOnly = true)
    public List<RemovedParagraph> removedParagraphs(String slug) {
        return currentText.removed(summaries.summary(slug).id());
    }

    /**
     * Writes a new version of a paragraph, all or nothing. The paragraph row is locked, so of two
     * decisions at the same moment one wins and the other gets {@link ParagraphChanged}.
     *
     * @return the new version's number
     */
    @Transactional
    public int appendVersion(NewVersion version) {
        return paragraphs.lock(version.paragraphId()).appendVersion(version);
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
}
