-- Bulk members for the benchmark (bench/run): :members people in organisation `lpp`,
-- spread over its chapters, each with one membership and its history as the service keeps it
-- (85 % active, 5 % pending, 5 % lapsed, 5 % resigned; joined over the last ten years; 60 %
-- paid this year's fee). Names repeat, as real names do, so that text search has to work.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_chapters AS
    SELECT (row_number() OVER (ORDER BY c.id) - 1)::int AS i, c.id, c.organisation_id
    FROM chapters c JOIN organisations o ON o.id = c.organisation_id
    WHERE o.slug = 'lpp';
SELECT count(*) AS n FROM bench_chapters \gset chapters_

CREATE TEMP TABLE bench AS
    SELECT g, gen_random_uuid() AS person_id, gen_random_uuid() AS membership_id,
           c.id AS chapter_id, c.organisation_id,
           current_date - (g % 3650) AS joined_on,
           CASE g % 20 WHEN 0 THEN 'pending' WHEN 1 THEN 'lapsed' WHEN 2 THEN 'resigned' ELSE 'active' END AS status,
           (1940 + g % 70)::smallint AS birth_year
    FROM generate_series(1, :members) g JOIN bench_chapters c ON c.i = g % :chapters_n;

-- One transaction: recount_member_days holds the organisation's counting locks until it ends,
-- so the service's background work counts none of its days meanwhile (it skips an
-- organisation being counted). Nothing is counted from the first bulk day on, so the inserts
-- write no corrections, and the days are counted afresh at the end, as after an import.
BEGIN;
SELECT recount_member_days(id, current_date - 3650) FROM organisations WHERE slug = 'lpp';

INSERT INTO people (id, organisation_id, home_chapter_id, given_name, family_name, email, phone,
                    postal_code, birth_year, language, relations)
SELECT person_id, organisation_id, chapter_id,
       (ARRAY['Kari','Ola','Ingrid','Lars','Marit','Per','Sigrid','Jon','Anne','Nils','Hilde','Tor','Liv','Arne','Eli','Knut'])[1 + g % 16],
       (ARRAY['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen','Karlsen','Berg','Haugen','Bakke','Dahl'])[1 + (g / 16) % 14]
           || CASE WHEN g % 3 = 0 THEN '' ELSE '-' || (ARRAY['Lie','Moen','Strand','Eide','Vik','Lund'])[1 + g % 6] END,
       'medlem' || g || '@bench.example', '+479' || lpad(g::text, 7, '0'),
       lpad((1000 + g % 8999)::text, 4, '0'), birth_year, 'nb', '{relative}'
FROM bench;

INSERT INTO memberships (id, organisation_id, person_id, chapter_id, type_code, status, joined_on, ended_on)
SELECT membership_id, organisation_id, person_id, chapter_id, 'ordinary', status,
       CASE WHEN status = 'pending' THEN NULL ELSE joined_on END,
       CASE WHEN status IN ('lapsed', 'resigned') THEN joined_on + (current_date - joined_on) / 2 END
FROM bench;

INSERT INTO membership_periods (id, organisation_id, membership_id, chapter_id, type_code, status, birth_year,
                                valid_from, valid_to, starts_membership, ends_membership)
SELECT gen_random_uuid(), organisation_id, membership_id, chapter_id, 'ordinary',
       CASE WHEN status = 'pending' THEN 'pending' ELSE 'active' END, birth_year, joined_on,
       CASE WHEN status IN ('lapsed', 'resigned') THEN joined_on + (current_date - joined_on) / 2 END,
       status <> 'pending', false
FROM bench
UNION ALL
SELECT gen_random_uuid(), organisation_id, membership_id, chapter_id, 'ordinary', status, birth_year,
       joined_on + (current_date - joined_on) / 2, NULL, false, true
FROM bench WHERE status IN ('lapsed', 'resigned');

INSERT INTO membership_fees (id, organisation_id, membership_id, chapter_id, year, amount_ore, paid_on, method)
SELECT gen_random_uuid(), organisation_id, membership_id, chapter_id, extract(year FROM current_date)::smallint,
       30000, current_date, 'vipps'
FROM bench WHERE status = 'active' AND g % 5 < 3;


ANALYZE people, memberships, membership_periods, membership_fees;

-- Count every day, as the service's background work would.
DO $$
DECLARE
    org uuid := (SELECT id FROM organisations WHERE slug = 'lpp');
BEGIN
    WHILE count_member_days(org, 366) > 0 LOOP
    END LOOP;
END
$$;
COMMIT;
VACUUM ANALYZE people, memberships, membership_periods, membership_fees, member_day_counts, member_day_coverage,
    member_fee_counts;
