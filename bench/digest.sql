-- The digest bench's followers (bench/digest.sh), after bench/generate.sql made the consultation :slug:
-- :followers confirmed accounts follow the whole consultation, and each has :per_follower pending
-- notifications (the daily digest, nobody chose otherwise) about the consultation's comments, spread so
-- that every comment is in some digests: a proposal is notified as a PROPOSAL, a reply as a REPLY, any
-- other comment as a REPLY too (the digest shows the comment, its paragraph and a proposal's diff alike).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO account (email, display_name, password_hash, affiliation, stakeholder_group, country, verified_at, approved_at)
SELECT 'follower-' || i || '@parley.example', 'Follower ' || i,
       '{bcrypt}$2a$10$MAb0CQCzZSIcwV0wnp0gY.YPW/pyhBKT9SL.TJnIv4oDUV0KZyCg6', 'Digest bench', 'OTHER',
       (ARRAY['CH', 'DE', 'FR', 'GB', 'KE'])[1 + i % 5], now(), now()
FROM generate_series(1, :followers) i;
-- A fifth read their mail in French, Spanish or Arabic.
UPDATE account SET locale = (ARRAY['fr', 'es', 'ar'])[1 + id % 3] WHERE email LIKE 'follower-%' AND id % 5 = 0;

INSERT INTO follow (account_id, target_kind, target_id)
SELECT a.id, 'CONSULTATION', c.id FROM account a, consultation c WHERE a.email LIKE 'follower-%' AND c.slug = :'slug';

CREATE TEMP TABLE digest_comments ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY m.id) - 1 AS n, m.id, m.paragraph_id, m.proposed_text IS NOT NULL AS proposal,
       c.id AS consultation_id
FROM comment m JOIN paragraph p ON p.id = m.paragraph_id JOIN consultation c ON c.id = p.consultation_id
WHERE c.slug = :'slug';

INSERT INTO notification (event_id, recipient_id, kind, consultation_id, paragraph_id, comment_id)
SELECT gen_random_uuid(), f.account_id, CASE WHEN d.proposal THEN 'PROPOSAL' ELSE 'REPLY' END,
       d.consultation_id, d.paragraph_id, d.id
FROM (SELECT account_id, row_number() OVER (ORDER BY account_id) AS i FROM follow WHERE target_kind = 'CONSULTATION') f
CROSS JOIN generate_series(0, :per_follower - 1) k
JOIN digest_comments d ON d.n = (f.i * :per_follower + k) % (SELECT count(*) FROM digest_comments);
COMMIT;
VACUUM ANALYZE account;
VACUUM ANALYZE notification;
VACUUM ANALYZE follow;
