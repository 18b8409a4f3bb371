package org.parley.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

@Entity
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Long consultationId;

    private @Nullable Long parentId;

    private int position;

    private short depth;

    private @Nullable String numberLabel;

    private @Nullable String title;

    private @Nullable Long sessionId;

    protected Section() {
        this.consultationId = 0L;
    }

    Long id() {
        if (id == null) {
            throw new IllegalStateException("Section not saved yet");
        }
        return id;
    }

    Long consultationId() {
        return consultationId;
    }

    @Nullable Long sessionId() {
        return sessionId;
    }

    void assignTo(@Nullable Long sessionId) {
        this.sessionId = sessionId;
    }
}
