-- Creates a consultation of a given size for the benchmark, straight into Parley's database.
--
--   psql "postgresql://postgres@localhost:PORT/postgres" -v ON_ERROR_STOP=1 \
--        -v slug=bench -v paragraphs=300 -v comments=3000 -v proposals=300 -v versions=100 \
--        -v accounts=200 -v hot=200 -f bench/generate.sql
--
-- paragraphs  paragraphs, in sections of ten
-- comments    comments: 60% top level, 40% replies (25% at depth 2, 15% at depth 3), 200–600
--             characters of words; `hot` of them (default 200) form the thread of paragraph p-1
-- proposals   proposals (comments with new wording), with supports; about a tenth rejected
-- versions    extra paragraph versions: paragraph p-2 gets 5 versions, the rest go 2 by 2 to the
--             following paragraphs
-- accounts    participants across the stakeholder groups, all confirmed
--
-- Every account's password is "parley-bench-2026": bench-admin@parley.example (admin) and
-- bench-1@parley.example … bench-N@parley.example. The sections form sessions of five; bench-2 organises
-- the first session (the organiser's rows), bench-1 organises nothing (the participant's). Deterministic: the same sizes give the same
-- text (setseed, no parallel plans). Runs in one transaction, so the deferred current-version
-- check sees each paragraph with its versions.

\set ON_ERROR_STOP on
\o /dev/null
SET max_parallel_workers_per_gather = 0;
SELECT setseed(0.42);

BEGIN;

CREATE TEMP TABLE bench_words (w text[]) ON COMMIT DROP;
INSERT INTO bench_words VALUES (string_to_array(
    'the a of and to in for on with that this is are be by as from at or not it which should all '
    'digital cooperation governance internet access rights data privacy security trust inclusion '
    'stakeholders government civil society private sector technical community academia states '
    'platform infrastructure capacity development sustainable global regional national local '
    'framework principles standards interoperability openness transparency accountability '
    'human dignity freedom expression information knowledge education skills innovation economy '
    'markets competition users children online safety harm protection regulation policy law '
    'commitment implementation review process consultation dialogue forum network multistakeholder '
    'cybersecurity resilience attacks norms responsibility cooperation trade flows cross-border '
    'artificial intelligence algorithms automated decisions oversight ethics values fairness '
    'connectivity affordable broadband rural communities women youth persons disabilities '
    'languages content moderation services providers measures evidence research indicators '
    'paragraph text wording proposal suggest clarify strengthen replace delete add reference '
    'agree disagree support concern question example experience practice approach balance '
    'important necessary clear specific broad narrow existing new current future more less '
    'however therefore because although while where when how why we they their our its '
    'United Nations Secretary-General panel roadmap report recommendation section annex',
    ' '));

CREATE FUNCTION pg_temp.words(n int) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ')
    FROM bench_words, generate_series(1, n)
$$;

-- Between lo and hi characters of words, as a sentence or two.
CREATE FUNCTION pg_temp.prose(lo int, hi int) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT upper(left(t, 1)) || substr(t, 2) || '.'
    FROM (SELECT regexp_replace(left(pg_temp.words(hi / 4), lo + floor(random() * (hi - lo))::int),
                                '\s+\S*$', '') AS t) x
$$;

-- Accounts: an admin and participants in every stakeholder group.
INSERT INTO account (email, display_name, password_hash, affiliation, stakeholder_group, country, role,
                     verified_at, approved_at)
VALUES ('bench-admin@parley.example', 'Bench Admin',
        '{bcrypt}$2a$10$MAb0CQCzZSIcwV0wnp0gY.YPW/pyhBKT9SL.TJnIv4oDUV0KZyCg6', 'Parley bench', 'OTHER', 'CH',
        'ADMIN', now(), now());
INSERT INTO account (email, display_name, password_hash, affiliation, stakeholder_group, country,
                     verified_at, approved_at)
SELECT 'bench-' || i || '@parley.example',
       initcap(pg_temp.words(2)) || ' ' || i,
       '{bcrypt}$2a$10$MAb0CQCzZSIcwV0wnp0gY.YPW/pyhBKT9SL.TJnIv4oDUV0KZyCg6',
       initcap(pg_temp.words(3)),
       (ARRAY['GOVERNMENT', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'TECHNICAL_COMMUNITY', 'ACADEMIA',
              'INTERGOVERNMENTAL_ORGANISATION', 'OTHER'])[1 + i % 7],
       (ARRAY['CH', 'DE', 'FR', 'GB', 'KE', 'BR', 'IN', 'US', 'JP', 'ZA'])[1 + i % 10],
       now(), now()
FROM generate_series(1, :accounts) i;

CREATE TEMP TABLE bench_people ON COMMIT DROP AS
SELECT id, row_number() OVER (ORDER BY id) AS rn FROM account WHERE email LIKE 'bench-%' AND role = 'PARTICIPANT';

-- The consultation, open for comments, its insights public (the anonymous reader's insights row).
INSERT INTO consultation (slug, title, summary, status, opens_at, closes_at, insights_public)
VALUES (:'slug', 'Benchmark consultation (' || :paragraphs || ' paragraphs, ' || :comments || ' comments)',
        pg_temp.prose(200, 400), 'OPEN', now() - interval '30 days', now() + interval '365 days', true);

-- Sections of ten paragraphs.
INSERT INTO section (consultation_id, position, depth, number_label, title)
SELECT c.id, s - 1, 1, s::text, initcap(pg_temp.words(4))
FROM consultation c, generate_series(1, ceil(:paragraphs / 10.0)::int) s
WHERE c.slug = :'slug';

-- Sessions (workshops) of five sections each; bench-2 organises the first.
INSERT INTO session (consultation_id, code, title)
SELECT c.id, 'S' || s, initcap(pg_temp.words(3))
FROM consultation c, generate_series(1, ceil(:paragraphs / 50.0)::int) s
WHERE c.slug = :'slug';
UPDATE section x SET session_id = s.id
FROM consultation c, session s
WHERE c.slug = :'slug' AND x.consultation_id = c.id AND s.consultation_id = c.id AND s.code = 'S' || (1 + x.position / 5);
INSERT INTO session_organiser (session_id, account_id)
SELECT s.id, a.id FROM session s JOIN consultation c ON c.id = s.consultation_id AND c.slug = :'slug'
JOIN account a ON a.email = 'bench-2@parley.example' WHERE s.code = 'S1';

-- Paragraphs: p-2 has 5 versions, the following ones 3 while the extra versions last.
CREATE TEMP TABLE bench_paragraph_versions ON COMMIT DROP AS
SELECT i,
       CASE WHEN i = 2 AND :versions >= 4 THEN 5
            WHEN i > 2 AND (i - 3) * 2 < :versions - 4 THEN 3
            ELSE 1 END AS versions
FROM generate_series(1, :paragraphs) i;

INSERT INTO paragraph (consultation_id, section_id, position, anchor, number, kind, current_version)
SELECT c.id, s.id, pv.i - 1, 'p-' || pv.i, pv.i::text, 'PARAGRAPH', pv.versions
FROM bench_paragraph_versions pv
JOIN consultation c ON c.slug = :'slug'
JOIN section s ON s.consultation_id = c.id AND s.position = (pv.i - 1) / 10;

INSERT INTO paragraph_version (paragraph_id, n, text, html, source, change_note, author_id, created_at)
SELECT p.id, n, t, '<p>' || t || '</p>',
       CASE WHEN n = 1 THEN 'IMPORT' ELSE 'ORGANISER_EDIT' END,
       CASE WHEN n = 1 THEN NULL ELSE pg_temp.prose(30, 80) END,
       CASE WHEN n = 1 THEN NULL ELSE (SELECT id FROM account WHERE email = 'bench-admin@parley.example') END,
       now() - interval '30 days' + n * interval '1 day'
FROM paragraph p
JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug'
CROSS JOIN LATERAL generate_series(1, p.current_version) n
CROSS JOIN LATERAL (SELECT pg_temp.prose(250, 700) AS t) x;

CREATE TEMP TABLE bench_paragraphs ON COMMIT DROP AS
SELECT p.id, p.position + 1 AS rn, v.id AS version_id
FROM paragraph p
JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug'
JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version;

\set people '(SELECT count(*) FROM bench_people)'
\set hot_top 'floor(' :hot ' * 0.6)::int'

-- Comment bodies are plain words, so their HTML is the body in a paragraph.
-- The large thread: p-1, `hot` comments, 60% top level.
INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, created_at)
SELECT p.id, p.version_id, a.id, b, '<p>' || b || '</p>', now() - random() * interval '7 days'
FROM (SELECT g, 1 + floor(random() * :people)::int AS who, pg_temp.prose(200, 600) AS b
      FROM generate_series(1, :hot_top) g OFFSET 0) x
JOIN bench_paragraphs p ON p.rn = 1
JOIN bench_people a ON a.rn = x.who;

-- The other top-level comments, on paragraphs 2…N.
INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, created_at)
SELECT p.id, p.version_id, a.id, b, '<p>' || b || '</p>', now() - random() * interval '7 days'
FROM (SELECT g, 2 + floor(random() * (:paragraphs - 1))::int AS at, 1 + floor(random() * :people)::int AS who,
             pg_temp.prose(200, 600) AS b
      FROM generate_series(1, floor((:comments - :hot) * 0.6)::int) g OFFSET 0) x
JOIN bench_paragraphs p ON p.rn = x.at
JOIN bench_people a ON a.rn = x.who;

-- Replies at depth 2 and 3: each picks a parent at the depth above, in the hot thread for its
-- share of `hot`, elsewhere for the rest.
CREATE TEMP TABLE bench_parents (id bigint, paragraph_id bigint, version_id bigint, created_at timestamptz,
                                 hot boolean, rn bigint) ON COMMIT DROP;

CREATE FUNCTION pg_temp.replies(hot_count int, other_count int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    hot_parents int := (SELECT count(*) FROM bench_parents WHERE hot);
    other_parents int := (SELECT count(*) FROM bench_parents WHERE NOT hot);
    people int := (SELECT count(*) FROM bench_people);
BEGIN
    INSERT INTO comment (paragraph_id, version_id, parent_id, author_id, body, body_html, created_at)
    SELECT t.paragraph_id, t.version_id, t.id, a.id, b, '<p>' || b || '</p>',
           t.created_at + random() * (now() - t.created_at)
    FROM (SELECT g <= hot_count AS hot,
                 1 + floor(random() * CASE WHEN g <= hot_count THEN hot_parents ELSE other_parents END)::int AS pick,
                 1 + floor(random() * people)::int AS who, pg_temp.prose(200, 600) AS b
          FROM generate_series(1, hot_count + other_count) g OFFSET 0) x
    JOIN bench_parents t ON t.hot = x.hot AND t.rn = x.pick
    JOIN bench_people a ON a.rn = x.who;
END
$$;

INSERT INTO bench_parents
SELECT c.id, c.paragraph_id, c.version_id, c.created_at, c.paragraph_id = hp.id,
       row_number() OVER (PARTITION BY c.paragraph_id = hp.id ORDER BY c.id)
FROM comment c JOIN bench_paragraphs p ON p.id = c.paragraph_id
CROSS JOIN (SELECT id FROM bench_paragraphs WHERE rn = 1) hp;
SELECT pg_temp.replies(floor(:hot * 0.25)::int, floor((:comments - :hot) * 0.25)::int);

TRUNCATE bench_parents;
INSERT INTO bench_parents
SELECT c.id, c.paragraph_id, c.version_id, c.created_at, c.paragraph_id = hp.id,
       row_number() OVER (PARTITION BY c.paragraph_id = hp.id ORDER BY c.id)
FROM comment c JOIN bench_paragraphs p ON p.id = c.paragraph_id
JOIN comment parent ON parent.id = c.parent_id AND parent.parent_id IS NULL
CROSS JOIN (SELECT id FROM bench_paragraphs WHERE rn = 1) hp;
-- Whatever rounding left over goes to depth 3, so the totals are exact.
SELECT pg_temp.replies(:hot - :hot_top - floor(:hot * 0.25)::int,
                       (:comments - :hot) - floor((:comments - :hot) * 0.6)::int - floor((:comments - :hot) * 0.25)::int);

-- Proposals: new wording for a paragraph, a tenth of them rejected with a reason.
INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, proposed_text, proposal_status,
                     decided_by, decided_at, decision_reason, created_at)
SELECT p.id, p.version_id, a.id, b, '<p>' || b || '</p>', pg_temp.prose(250, 700),
       CASE WHEN x.g % 10 = 0 THEN 'REJECTED' ELSE 'OPEN' END,
       CASE WHEN x.g % 10 = 0 THEN (SELECT id FROM account WHERE email = 'bench-admin@parley.example') END,
       CASE WHEN x.g % 10 = 0 THEN now() - interval '1 hour' END,
       CASE WHEN x.g % 10 = 0 THEN pg_temp.prose(40, 120) END,
       now() - random() * interval '7 days'
FROM (SELECT g, 1 + floor(random() * :paragraphs)::int AS at, 1 + floor(random() * :people)::int AS who,
             pg_temp.prose(200, 400) AS b
      FROM generate_series(1, :proposals) g OFFSET 0) x
JOIN bench_paragraphs p ON p.rn = x.at
JOIN bench_people a ON a.rn = x.who;

-- Up to five supports per proposal, never by its author.
INSERT INTO support (comment_id, account_id)
SELECT DISTINCT c.id, a.id
FROM comment c
JOIN bench_paragraphs p ON p.id = c.paragraph_id
CROSS JOIN LATERAL (SELECT 1 + floor(random() * (SELECT count(*) FROM bench_people))::int AS who
                    FROM generate_series(1, (c.id % 6)::int) OFFSET 0) s
JOIN bench_people a ON a.rn = s.who
WHERE c.proposal_status = 'OPEN' AND a.id <> c.author_id;

COMMIT;

ANALYZE;
\o

SELECT (SELECT count(*) FROM paragraph p JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug') AS paragraphs,
       (SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
          JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug' WHERE m.proposed_text IS NULL) AS comments,
       (SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id
          JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug' WHERE m.proposed_text IS NOT NULL) AS proposals,
       (SELECT count(*) FROM paragraph_version v JOIN paragraph p ON p.id = v.paragraph_id
          JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug') AS versions,
       (SELECT count(*) FROM comment m JOIN paragraph p ON p.id = m.paragraph_id AND p.anchor = 'p-1'
          JOIN consultation c ON c.id = p.consultation_id AND c.slug = :'slug') AS hot_thread;
