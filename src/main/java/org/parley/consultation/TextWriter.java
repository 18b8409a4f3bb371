package org.parley.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Writes an imported outline as sections and paragraphs, numbering paragraphs through the whole
 * text: a first text is written as a revision of an empty one, in a few batched statements.
 */
@Component
class TextWriter {

    private final RevisionWriter revisions;

    TextWriter(RevisionWriter revisions) {
        this.revisions = revisions;
    }

    void write(Long consultationId, TextOutline outline, Instant writtenAt) {
        var allNew = new TextRevision(outline,
                new ArrayList<>(Collections.nCopies(TextRevision.sectionsInOrder(outline).size(), null)),
                new ArrayList<>(Collections.nCopies(outline.paragraphCount(), null)));
        revisions.write(consultationId, allNew, new CurrentText(List.of(), List.of()), writtenAt, VersionSource.IMPORT);
    }
}
