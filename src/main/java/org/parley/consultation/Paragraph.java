package org.parley.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import org.jspecify.annotations.Nullable;

@Entity
class Paragraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Long consultationId;

    private Long sectionId;

    private int position;

    private String anchor;

    private String number;

    @Enumerated(EnumType.STRING)
    private ParagraphKind kind;

    private int currentVersion;

    private @Nullable Instant removedAt;

    @OneToMany(mappedBy = "paragraph", cascade = CascadeType.PERSIST)
    private List<ParagraphVersion> versions = new ArrayList<>();

    protected Paragraph() {
        this.consultationId = 0L;
        this.sectionId = 0L;
        this.anchor = "";
        this.number = "";
        this.kind = ParagraphKind.PARAGRAPH;
    }

    /** Versions are only ever added; the new one becomes current. */
    void appendVersion(String text, String html, VersionSource source, @Nullable String changeNote, @Nullable Long authorId) {
        int n = versions.size() + 1;
        versions.add(new ParagraphVersion(this, n, text, html, source, changeNote, authorId));
        currentVersion = n;
    }

    /**
     * Adds the version unless the paragraph moved on since the writer saw it.
     *
     * @return the new version's number
     */
    int appendVersion(NewVersion version) {
        return appendVersion(version, null);
    }

    /** As {@link #appendVersion(NewVersion)}, for imports: a non-null time is the version's original time. */
    int appendVersion(NewVersion version, @Nullable Instant createdAt) {
        if (version.expectedVersion() != currentVersion) {
            throw new ParagraphChanged(id == null ? 0 : id, version.expectedVersion(), currentVersion);
        }
        appendVersion(version.text(), ParagraphHtml.fromMarkdown(version.text(), kind), version.source(),
                version.changeNote(), version.authorId());
        var added = versions.get(versions.size() - 1);
        added.fromProposal(version.proposalId());
        if (createdAt != null) {
            added.datedAt(createdAt);
        }
        return currentVersion;
    }
}
