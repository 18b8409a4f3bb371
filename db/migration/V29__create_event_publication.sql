-- Spring Modulith's event publication registry (decision 32): an event for another module is written
-- here in the transaction of the change that caused it, marked complete once its listener succeeded,
-- and published again while it is not. The schema of spring-modulith-events-jdbc 2.x for PostgreSQL,
-- from Flyway rather than the library's own initialisation.
CREATE TABLE event_publication (
    id                     uuid        NOT NULL PRIMARY KEY,
    listener_id            text        NOT NULL,
    event_type             text        NOT NULL,
    serialized_event       text        NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
