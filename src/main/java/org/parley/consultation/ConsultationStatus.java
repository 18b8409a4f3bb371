package org.parley.consultation;

/** The life of a consultation: prepared, open for comments, closed while organisers finalise, published. */
public enum ConsultationStatus {
    DRAFT,
    OPEN,
    CLOSED,
    PUBLISHED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
