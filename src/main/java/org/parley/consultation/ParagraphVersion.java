package org.parley.consultation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** The text of a paragraph at one point in time. Never updated: the database refuses it too. */
@Entity
@Immutable
class ParagraphVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id")
    private Paragraph paragraph;

    private int n;

    private String text;

    private String html;

    @Enumerated(EnumType.STRING)
    private VersionSource source;

    private @Nullable String changeNote;

    private @Nullable Long authorId;

    private @Nullable Long proposalId;

    private Instant createdAt = Instant.now();

    protected ParagraphVersion() {
        this.paragraph = new Paragraph();
        this.text = "";
        this.html = "";
        this.source = VersionSource.IMPORT;
    }

    ParagraphVersion(Paragraph paragraph, int n, String text, String html, VersionSource source,
                     @Nullable String changeNote, @Nullable Long authorId) {
        this.paragraph = paragraph;
        this.n = n;
        this.text = text;
        this.html = html;
        this.source = source;
        this.changeNote = changeNote;
        this.authorId = authorId;
    }

    /** For imports: the version keeps the time it was made elsewhere. */
    void datedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void fromProposal(@Nullable Long proposalId) {
        this.proposalId = proposalId;
    }
}
