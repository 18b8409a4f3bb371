-- Every table has one owning module (docs/decisions.md, decision 28): only the owner names it in SQL.
-- Another module reads it through the owner's Java API or through the views below, which the owner
-- keeps for that purpose in a schema named after itself: discussion.comment, consultation.paragraph.
-- A view here is part of its module's public API, like a public type: change it with its readers.
-- PostgreSQL inlines these simple views, so a query reads the same rows in the same plan.
-- A view lists its table's columns as they were when it was made: a later column that others must
-- read is added to the view in the same migration.

CREATE SCHEMA account;
-- Accounts as other people see them: no email, password or role.
CREATE VIEW account.participant AS
    SELECT id, display_name, affiliation, stakeholder_group, country, deleted_at FROM public.account;

CREATE SCHEMA session;
CREATE VIEW session.session AS SELECT * FROM public.session;
CREATE VIEW session.session_organiser AS SELECT * FROM public.session_organiser;

CREATE SCHEMA consultation;
CREATE VIEW consultation.consultation AS SELECT * FROM public.consultation;
CREATE VIEW consultation.section AS SELECT * FROM public.section;
CREATE VIEW consultation.paragraph AS SELECT * FROM public.paragraph;
CREATE VIEW consultation.paragraph_version AS SELECT * FROM public.paragraph_version;

CREATE SCHEMA discussion;
CREATE VIEW discussion.comment AS SELECT * FROM public.comment;
CREATE VIEW discussion.support AS SELECT * FROM public.support;
CREATE VIEW discussion.comment_revision AS SELECT * FROM public.comment_revision;

CREATE SCHEMA moderation;
CREATE VIEW moderation.comment_flag AS SELECT * FROM public.comment_flag;
