-- People who sign in: participants, organisers (through session_organiser) and admins.
CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email             text        NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%' AND length(email) <= 320),
    display_name      text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    password_hash     text        NOT NULL,
    affiliation       text        CHECK (length(affiliation) <= 200),
    stakeholder_group text        NOT NULL DEFAULT 'OTHER' CHECK (stakeholder_group IN
                          ('GOVERNMENT', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'TECHNICAL_COMMUNITY',
                           'ACADEMIA', 'INTERGOVERNMENTAL_ORGANISATION', 'OTHER')),
    country           text        CHECK (country ~ '^[A-Z]{2}$'),
    locale            text        CHECK (locale ~ '^[a-z]{2}(-[A-Z]{2})?$'),
    role              text        NOT NULL DEFAULT 'PARTICIPANT' CHECK (role IN ('PARTICIPANT', 'ADMIN')),
    verified_at       timestamptz,
    approved_at       timestamptz,
    disabled_at       timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX account_email_key ON account (email);
