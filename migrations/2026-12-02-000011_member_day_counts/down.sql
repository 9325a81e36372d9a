-- The running totals and the metrics as they were before the day counts.
DROP TRIGGER membership_periods_correct_days ON membership_periods;
DROP TRIGGER membership_fees_count ON membership_fees;
DROP FUNCTION member_flows_between, member_flows_through, active_members_by_birth_year, member_day_counted, correct_member_days, same_counted_through, recount_member_days, fold_member_day_corrections,
    count_member_days, member_day_rows, member_figures_on, jsonb_add_figures, member_days_require_read_committed,
    member_days_lock_key, period_figures, count_fees;
DROP TABLE member_fee_counts, member_day_count_corrections, member_day_coverage, member_day_counts;

CREATE TABLE member_counts (
    organisation_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    status text NOT NULL,
    type_code text NOT NULL,
    -- 0: unknown, so that the key needs no NULL.
    birth_year smallint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (chapter_id, status, type_code, birth_year)
);

CREATE TABLE member_count_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    status text NOT NULL,
    type_code text NOT NULL,
    birth_year smallint NOT NULL,
    delta integer NOT NULL
);
CREATE INDEX member_count_changes_chapter_idx ON member_count_changes (chapter_id);

CREATE FUNCTION track_open_periods() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.valid_to IS NULL THEN
        INSERT INTO member_count_changes (organisation_id, chapter_id, status, type_code, birth_year, delta)
        VALUES (OLD.organisation_id, OLD.chapter_id, OLD.status, OLD.type_code, coalesce(OLD.birth_year, 0), -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.valid_to IS NULL THEN
        INSERT INTO member_count_changes (organisation_id, chapter_id, status, type_code, birth_year, delta)
        VALUES (NEW.organisation_id, NEW.chapter_id, NEW.status, NEW.type_code, coalesce(NEW.birth_year, 0), 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER membership_periods_track_open AFTER INSERT OR UPDATE OR DELETE ON membership_periods
    FOR EACH ROW EXECUTE FUNCTION track_open_periods();

-- Folds up to `batch` changes into member_counts; returns how many it folded.
CREATE FUNCTION fold_member_count_changes(batch integer) RETURNS integer LANGUAGE sql AS $$
    WITH taken AS (
        DELETE FROM member_count_changes WHERE id IN (
            SELECT id FROM member_count_changes ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED)
        RETURNING organisation_id, chapter_id, status, type_code, birth_year, delta
    ), summed AS (
        SELECT organisation_id, chapter_id, status, type_code, birth_year, sum(delta) AS n
        FROM taken GROUP BY organisation_id, chapter_id, status, type_code, birth_year
    ), applied AS (
        INSERT INTO member_counts AS c (organisation_id, chapter_id, status, type_code, birth_year, n)
        SELECT * FROM summed
        ON CONFLICT (chapter_id, status, type_code, birth_year) DO UPDATE SET n = c.n + excluded.n
    )
    SELECT count(*)::integer FROM taken;
$$;

INSERT INTO member_counts (organisation_id, chapter_id, status, type_code, birth_year, n)
SELECT organisation_id, chapter_id, status, type_code, coalesce(birth_year, 0), count(*)
FROM membership_periods WHERE valid_to IS NULL
GROUP BY organisation_id, chapter_id, status, type_code, coalesce(birth_year, 0);
CREATE INDEX member_counts_org_idx ON member_counts (organisation_id);
CREATE INDEX member_count_changes_org_idx ON member_count_changes (organisation_id);

CREATE FUNCTION memberships_on(org uuid, day date)
RETURNS TABLE (chapter_id uuid, status text, type_code text, birth_year smallint, n bigint)
LANGUAGE sql STABLE AS $$
    SELECT c.chapter_id, c.status, c.type_code, nullif(c.birth_year, 0), sum(c.n)::bigint
    FROM (SELECT mc.chapter_id, mc.status, mc.type_code, mc.birth_year, mc.n FROM member_counts mc
          WHERE day >= utc_today() - 365 AND mc.organisation_id = org
          UNION ALL
          SELECT ch.chapter_id, ch.status, ch.type_code, ch.birth_year, ch.delta::bigint FROM member_count_changes ch
          WHERE day >= utc_today() - 365 AND ch.organisation_id = org
          UNION ALL
          SELECT p.chapter_id, p.status, p.type_code, coalesce(p.birth_year, 0), -count(*) FROM membership_periods p
          WHERE day >= utc_today() - 365 AND p.organisation_id = org AND p.valid_from > day
          GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT p.chapter_id, p.status, p.type_code, coalesce(p.birth_year, 0), count(*) FROM membership_periods p
          WHERE day >= utc_today() - 365 AND p.organisation_id = org AND p.valid_to > day
          GROUP BY 1, 2, 3, 4
          UNION ALL
          SELECT p.chapter_id, p.status, p.type_code, coalesce(p.birth_year, 0), count(*) FROM membership_periods p
          WHERE day < utc_today() - 365 AND p.organisation_id = org
            AND p.valid_from <= day AND (p.valid_to IS NULL OR p.valid_to > day)
          GROUP BY 1, 2, 3, 4) c
    GROUP BY 1, 2, 3, 4
    HAVING sum(c.n) <> 0
$$;

CREATE OR REPLACE FUNCTION metric_active_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid, sum(m.n)::bigint, 0::bigint, NULL::date
    FROM memberships_on(org, to_on) m WHERE m.status = 'active' GROUP BY m.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_youth_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid, sum(m.n)::bigint, 0::bigint, NULL::date
    FROM memberships_on(org, to_on) m JOIN organisations o ON o.id = org
    WHERE m.status = 'active'
      AND extract(year FROM to_on)::int - m.birth_year BETWEEN o.youth_age_min AND o.youth_age_max
    GROUP BY m.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_youth_share(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid,
           coalesce(sum(m.n) FILTER (
               WHERE extract(year FROM to_on)::int - m.birth_year BETWEEN o.youth_age_min AND o.youth_age_max), 0)::bigint,
           sum(m.n)::bigint, NULL::date
    FROM memberships_on(org, to_on) m JOIN organisations o ON o.id = org
    WHERE m.status = 'active' AND m.birth_year IS NOT NULL
    GROUP BY m.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_paying_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT f.chapter_id, f.membership_id, 1::bigint, 0::bigint, NULL::date
    FROM membership_fees f
    WHERE f.organisation_id = org AND f.year BETWEEN extract(year FROM from_on) AND extract(year FROM to_on)
$$;

CREATE OR REPLACE FUNCTION metric_new_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date FROM membership_periods p
    WHERE p.organisation_id = org AND p.starts_membership AND p.valid_from BETWEEN from_on AND to_on
    GROUP BY p.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_ended_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date FROM membership_periods p
    WHERE p.organisation_id = org AND p.ends_membership AND p.valid_from BETWEEN from_on AND to_on
    GROUP BY p.chapter_id
$$;
