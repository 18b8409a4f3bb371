-- Who did what, for moderation and for the record of decisions.
CREATE TABLE audit_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint      REFERENCES account (id),
    action       text        NOT NULL CHECK (action ~ '^[a-z]+(\.[a-z_]+)+$'),
    subject_type text        NOT NULL,
    subject_id   bigint,
    details      jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id);
