-- Member counts on any day without reading the history: one row per chapter and day with the
-- day's figures, kept exact when history is corrected backwards, and today's figures as
-- yesterday's row plus today's periods.
--
-- A chapter's figures on a day: memberships by status; active ones by membership type and by
-- birth year ('0': unknown); and, running from the beginning, memberships begun (a join or a
-- re-join) and ended (lapse, resignation, death) on or before the day, so that joins in any
-- period are the difference of two days. Erasure keeps the periods with the birth year they
-- were counted with, so it never changes a past day's figures.
CREATE TABLE member_day_counts (
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    day date NOT NULL,
    chapter_id uuid NOT NULL,
    by_status jsonb NOT NULL,
    active_by_type jsonb NOT NULL,
    active_by_birth_year jsonb NOT NULL,
    joined bigint NOT NULL,
    ended bigint NOT NULL,
    PRIMARY KEY (organisation_id, day, chapter_id),
    CONSTRAINT member_day_counts_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);

-- Every day up to and including `through` has its rows (a chapter without one had nothing
-- to count that day). An organisation without a row has none yet.
CREATE TABLE member_day_coverage (
    organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
    through date NOT NULL
);

-- A period written, changed or deleted after the days it covers were counted: its old image
-- with delta -1, its new one with +1, for the days from valid_from up to `through` (the last
-- counted day when it was written; later days were counted from the periods as they are).
-- Readers add them to the rows until the background work folds them in.
CREATE TABLE member_day_count_corrections (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid NOT NULL,
    status text NOT NULL,
    type_code text NOT NULL,
    birth_year smallint,
    valid_from date NOT NULL,
    valid_to date,
    starts_membership boolean NOT NULL,
    ends_membership boolean NOT NULL,
    through date NOT NULL,
    delta smallint NOT NULL CHECK (delta IN (-1, 1))
);
CREATE INDEX member_day_count_corrections_org_idx ON member_day_count_corrections (organisation_id, valid_from);

-- Fees paid per chapter and year (one per membership and year: membership_fees_year_key).
CREATE TABLE member_fee_counts (
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid NOT NULL,
    year smallint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (organisation_id, year, chapter_id),
    CONSTRAINT member_fee_counts_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);

CREATE FUNCTION count_fees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE member_fee_counts SET n = n - 1
        WHERE organisation_id = OLD.organisation_id AND year = OLD.year AND chapter_id = OLD.chapter_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO member_fee_counts AS c (organisation_id, chapter_id, year, n)
        VALUES (NEW.organisation_id, NEW.chapter_id, NEW.year, 1)
        ON CONFLICT (organisation_id, year, chapter_id) DO UPDATE SET n = c.n + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER membership_fees_count AFTER INSERT OR DELETE OR UPDATE OF organisation_id, chapter_id, year
    ON membership_fees FOR EACH ROW EXECUTE FUNCTION count_fees();
-- Filled after the trigger exists: its lock waits for fees being written and holds off new ones.
INSERT INTO member_fee_counts (organisation_id, chapter_id, year, n)
SELECT organisation_id, chapter_id, year, count(*) FROM membership_fees GROUP BY 1, 2, 3;

-- The advisory locks that order the writers of an organisation's periods ('periods': shared
-- by every writer until it commits, exclusive while its days are counted or dropped) and keep
-- a second counter of the same organisation out ('counter').
CREATE FUNCTION member_days_lock_key(org uuid, purpose text) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT hashtextextended('member_day_counts:' || purpose || ':' || org::text, 0)
$$;

-- Counting and corrections agree only if every statement reads what was committed before it
-- (READ COMMITTED); a snapshot taken before the lock would miss periods written meanwhile.
CREATE FUNCTION member_days_require_read_committed() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'member day counts are kept only under READ COMMITTED, not %',
            current_setting('transaction_isolation');
    END IF;
END
$$;

-- The sum of two sets of figures (keys with a zero sum are left out).
CREATE FUNCTION jsonb_add_figures(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_object_agg(key, n), '{}'::jsonb) FROM (
        SELECT key, sum(value::bigint) AS n
        FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) e
        GROUP BY key
    ) s
    WHERE n <> 0
$$;

-- What a period (or a correction's image of one) counts in, as (dimension, key) the way
-- member_figures_on names them: its status while it is in the stock (`in_stock`), its type and
-- birth year too while that status is active, and a join or an ending where it begins one.
CREATE FUNCTION period_figures(status text, type_code text, birth_year smallint, in_stock boolean, starts boolean,
                               ends boolean)
RETURNS TABLE (dimension text, key text) LANGUAGE sql IMMUTABLE AS $$
    SELECT d.dimension, d.key FROM (VALUES
        ('status', status, in_stock),
        ('type', type_code, in_stock AND status = 'active'),
        ('birth_year', coalesce(birth_year, 0)::text, in_stock AND status = 'active'),
        ('joined', NULL, starts),
        ('ended', NULL, ends)) d (dimension, key, applies)
    WHERE d.applies
$$;

-- The figures of an organisation's chapters on a day, as (chapter, dimension, key, n), for the
-- dimensions asked for: 'status' (key: the status), 'type' and 'birth_year' (active only;
-- key: the type code, the birth year or '0'), 'joined' and 'ended' (running; no key). They
-- are the last counted day's rows up to the day (s), the corrections that apply to s, and the
-- periods that begin after s and by the day (+1) or close then (-1; one that does both adds
-- nothing). Before anything is counted s is -infinity: every period is read. PL/pgSQL keeps
-- the plan for the session; it is planned for any s (which the planner cannot know) and
-- without JIT, which its estimates would otherwise choose for a statement of a millisecond.
CREATE FUNCTION member_figures_on(org uuid, day date, dims text[])
RETURNS TABLE (chapter_id uuid, dimension text, key text, n bigint)
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH base AS (
        SELECT coalesce((SELECT least(day, c.through) FROM member_day_coverage c WHERE c.organisation_id = org),
                        '-infinity'::date) AS s
    ), signed AS (
        SELECT k.chapter_id, k.status, k.type_code, k.birth_year, (k.valid_to IS NULL OR k.valid_to > b.s) AS in_stock,
               k.starts_membership AS starts, k.ends_membership AS ends, k.delta::bigint AS delta
        FROM member_day_count_corrections k CROSS JOIN base b
        WHERE k.organisation_id = org AND k.valid_from <= b.s AND k.through >= b.s
        UNION ALL
        SELECT p.chapter_id, p.status, p.type_code, p.birth_year, true, p.starts_membership, p.ends_membership, 1
        FROM membership_periods p CROSS JOIN base b
        WHERE p.organisation_id = org AND p.valid_from > b.s AND p.valid_from <= day
        UNION ALL
        SELECT p.chapter_id, p.status, p.type_code, p.birth_year, true, false, false, -1
        FROM membership_periods p CROSS JOIN base b
        WHERE p.organisation_id = org AND p.valid_to > b.s AND p.valid_to <= day
    )
    SELECT f.chapter_id, f.dimension, f.key, sum(f.n)::bigint FROM (
        SELECT m.chapter_id, x.dimension, e.key, e.value::bigint AS n
        FROM member_day_counts m CROSS JOIN base b
        CROSS JOIN LATERAL (VALUES ('status', m.by_status), ('type', m.active_by_type),
                                   ('birth_year', m.active_by_birth_year)) x (dimension, figures)
        CROSS JOIN LATERAL jsonb_each_text(x.figures) e
        WHERE x.dimension = ANY (dims) AND m.organisation_id = org AND m.day = b.s
        UNION ALL
        SELECT m.chapter_id, x.dimension, NULL, x.n
        FROM member_day_counts m CROSS JOIN base b
        CROSS JOIN LATERAL (VALUES ('joined', m.joined), ('ended', m.ended)) x (dimension, n)
        WHERE x.dimension = ANY (dims) AND m.organisation_id = org AND m.day = b.s
        UNION ALL
        SELECT g.chapter_id, d.dimension, d.key, g.delta
        FROM signed g CROSS JOIN LATERAL period_figures(g.status, g.type_code, g.birth_year, g.in_stock, g.starts, g.ends) d
        WHERE d.dimension = ANY (dims)
    ) f
    GROUP BY 1, 2, 3
    HAVING sum(f.n) <> 0;
END
$$;

-- The rows of one day, from the figures on it.
CREATE FUNCTION member_day_rows(org uuid, day date)
RETURNS TABLE (chapter_id uuid, by_status jsonb, active_by_type jsonb, active_by_birth_year jsonb, joined bigint, ended bigint)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id,
           coalesce(jsonb_object_agg(f.key, f.n) FILTER (WHERE f.dimension = 'status'), '{}'),
           coalesce(jsonb_object_agg(f.key, f.n) FILTER (WHERE f.dimension = 'type'), '{}'),
           coalesce(jsonb_object_agg(f.key, f.n) FILTER (WHERE f.dimension = 'birth_year'), '{}'),
           coalesce(sum(f.n) FILTER (WHERE f.dimension = 'joined'), 0)::bigint,
           coalesce(sum(f.n) FILTER (WHERE f.dimension = 'ended'), 0)::bigint
    FROM member_figures_on(org, day, ARRAY['status', 'type', 'birth_year', 'joined', 'ended']) f
    GROUP BY f.chapter_id
$$;

-- Counts up to `max_days` more days for an organisation, up to yesterday; returns how many.
-- Holds the organisation's 'periods' lock exclusively while it does, so that no period of it
-- is written between reading the periods and moving `through` (the corrections trigger reads
-- `through` under the shared lock); the caller sets a lock timeout. A replica that finds
-- another counting the organisation skips it.
CREATE FUNCTION count_member_days(org uuid, max_days integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    last date;
    target date;
    first_period date;
BEGIN
    PERFORM member_days_require_read_committed();
    IF NOT pg_try_advisory_xact_lock(member_days_lock_key(org, 'counter')) THEN
        RETURN 0;
    END IF;
    PERFORM pg_advisory_xact_lock(member_days_lock_key(org, 'periods'));
    SELECT c.through INTO last FROM member_day_coverage c WHERE c.organisation_id = org;
    IF NOT FOUND THEN
        SELECT min(p.valid_from) INTO first_period FROM membership_periods p WHERE p.organisation_id = org;
        last := coalesce(first_period, utc_today()) - 1;
        INSERT INTO member_day_coverage (organisation_id, through) VALUES (org, last);
    END IF;
    target := least(utc_today() - 1, last + max_days);
    FOR d IN 1 .. target - last LOOP
        INSERT INTO member_day_counts (organisation_id, day, chapter_id, by_status, active_by_type,
                                       active_by_birth_year, joined, ended)
        SELECT org, last + d, r.chapter_id, r.by_status, r.active_by_type, r.active_by_birth_year, r.joined, r.ended
        FROM member_day_rows(org, last + d) r;
        UPDATE member_day_coverage SET through = last + d WHERE organisation_id = org;
    END LOOP;
    RETURN greatest(target - last, 0);
END
$$;

-- Folds the oldest corrections, up to `batch` of them and as many as change about `days`
-- rows (the first is folded whatever its length), into the rows of the days they apply to, in
-- one statement (a row a correction needs and that does not exist yet is created); returns
-- how many.
CREATE FUNCTION fold_member_day_corrections(batch integer, days integer) RETURNS integer LANGUAGE sql AS $$
    WITH claimed AS (
        SELECT id, through - valid_from + 1 AS span FROM member_day_count_corrections
        ORDER BY id LIMIT batch FOR UPDATE SKIP LOCKED
    ), chosen AS (
        SELECT id FROM (SELECT id, span, sum(span) OVER (ORDER BY id) AS running FROM claimed) c
        WHERE running - span < days
    ), taken AS (
        DELETE FROM member_day_count_corrections WHERE id IN (SELECT id FROM chosen)
        RETURNING *
    ), per_day AS (
        SELECT t.organisation_id, g.day, t.chapter_id, d.dimension, d.key, sum(t.delta)::bigint AS n
        FROM taken t
        CROSS JOIN LATERAL (SELECT t.valid_from + i AS day FROM generate_series(0, t.through - t.valid_from) i) g
        CROSS JOIN LATERAL period_figures(t.status, t.type_code, t.birth_year, t.valid_to IS NULL OR t.valid_to > g.day,
                                          t.starts_membership, t.ends_membership) d
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(t.delta) <> 0
    ), per_row AS (
        SELECT organisation_id, day, chapter_id,
               coalesce(jsonb_object_agg(key, n) FILTER (WHERE dimension = 'status'), '{}') AS by_status,
               coalesce(jsonb_object_agg(key, n) FILTER (WHERE dimension = 'type'), '{}') AS active_by_type,
               coalesce(jsonb_object_agg(key, n) FILTER (WHERE dimension = 'birth_year'), '{}') AS active_by_birth_year,
               coalesce(sum(n) FILTER (WHERE dimension = 'joined'), 0)::bigint AS joined,
               coalesce(sum(n) FILTER (WHERE dimension = 'ended'), 0)::bigint AS ended
        FROM per_day GROUP BY 1, 2, 3
    ), applied AS (
        INSERT INTO member_day_counts AS m (organisation_id, day, chapter_id, by_status, active_by_type,
                                            active_by_birth_year, joined, ended)
        -- In key order, so that two replicas folding at once lock rows in the same order.
        SELECT * FROM per_row ORDER BY organisation_id, day, chapter_id
        ON CONFLICT (organisation_id, day, chapter_id) DO UPDATE SET
            by_status = jsonb_add_figures(m.by_status, excluded.by_status),
            active_by_type = jsonb_add_figures(m.active_by_type, excluded.active_by_type),
            active_by_birth_year = jsonb_add_figures(m.active_by_birth_year, excluded.active_by_birth_year),
            joined = m.joined + excluded.joined,
            ended = m.ended + excluded.ended
    )
    SELECT count(*)::integer FROM taken
$$;

-- Counts an organisation's days again from `from_day` (after a bulk load or import, where
-- folding a correction per period would cost more): the rows from that day are dropped, the
-- corrections stop applying to them, and count_member_days counts them again from the periods.
CREATE FUNCTION recount_member_days(org uuid, from_day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM member_days_require_read_committed();
    PERFORM pg_advisory_xact_lock(member_days_lock_key(org, 'counter'));
    PERFORM pg_advisory_xact_lock(member_days_lock_key(org, 'periods'));
    -- A fold under way has created or changed rows this drops: wait for it, and keep the next
    -- one off the corrections until they are clamped.
    PERFORM 1 FROM member_day_count_corrections k WHERE k.organisation_id = org FOR UPDATE;
    DELETE FROM member_day_counts m WHERE m.organisation_id = org AND m.day >= from_day;
    DELETE FROM member_day_count_corrections k WHERE k.organisation_id = org AND k.valid_from >= from_day;
    UPDATE member_day_count_corrections k SET through = from_day - 1
    WHERE k.organisation_id = org AND k.through >= from_day;
    UPDATE member_day_coverage c SET through = from_day - 1 WHERE c.organisation_id = org AND c.through >= from_day;
END
$$;

-- Whether the old and new image of a period count the same on every day up to `through`.
CREATE FUNCTION same_counted_through(o membership_periods, n membership_periods, through date)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (o.organisation_id, o.chapter_id, o.status, o.type_code, o.birth_year, o.valid_from,
            o.starts_membership, o.ends_membership, least(coalesce(o.valid_to, 'infinity'), through + 1))
        IS NOT DISTINCT FROM
           (n.organisation_id, n.chapter_id, n.status, n.type_code, n.birth_year, n.valid_from,
            n.starts_membership, n.ends_membership, least(coalesce(n.valid_to, 'infinity'), through + 1))
$$;

-- A period written on or before the last counted day corrects the counted days; one that
-- begins after it (a join or a change today) touches none. `through` is read under the
-- organisation's shared 'periods' lock, held until the writer commits, so a day is either
-- counted after this period is committed or before `through` is read here.
CREATE FUNCTION correct_member_days() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    org uuid := coalesce(NEW.organisation_id, OLD.organisation_id);
    through date;
BEGIN
    PERFORM member_days_require_read_committed();
    PERFORM pg_advisory_xact_lock_shared(member_days_lock_key(org, 'periods'));
    SELECT c.through INTO through FROM member_day_coverage c WHERE c.organisation_id = org;
    IF through IS NULL OR (TG_OP = 'UPDATE' AND same_counted_through(OLD, NEW, through)) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.valid_from <= through THEN
        INSERT INTO member_day_count_corrections (organisation_id, chapter_id, status, type_code, birth_year,
            valid_from, valid_to, starts_membership, ends_membership, through, delta)
        VALUES (OLD.organisation_id, OLD.chapter_id, OLD.status, OLD.type_code, OLD.birth_year,
            OLD.valid_from, OLD.valid_to, OLD.starts_membership, OLD.ends_membership, through, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.valid_from <= through THEN
        INSERT INTO member_day_count_corrections (organisation_id, chapter_id, status, type_code, birth_year,
            valid_from, valid_to, starts_membership, ends_membership, through, delta)
        VALUES (NEW.organisation_id, NEW.chapter_id, NEW.status, NEW.type_code, NEW.birth_year,
            NEW.valid_from, NEW.valid_to, NEW.starts_membership, NEW.ends_membership, through, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER membership_periods_correct_days AFTER INSERT OR UPDATE OR DELETE ON membership_periods
    FOR EACH ROW EXECUTE FUNCTION correct_member_days();

-- The running totals of today's counts are replaced by the rows above.
DROP TRIGGER membership_periods_track_open ON membership_periods;
DROP FUNCTION track_open_periods, fold_member_count_changes, memberships_on;
DROP TABLE member_counts, member_count_changes;

-- Whether a day's figures are its counted rows alone: counted, and no correction waiting for
-- it. The member metrics then read the rows in the statement that asks (these functions are
-- plain SQL, inlined there, so a series of 120 months reads 120 days' rows in one pass); else
-- member_figures_on.
CREATE FUNCTION member_day_counted(org uuid, on_day date) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM member_day_coverage c WHERE c.organisation_id = org AND c.through >= on_day)
       AND NOT EXISTS (SELECT 1 FROM member_day_count_corrections k
                       WHERE k.organisation_id = org AND k.valid_from <= on_day AND k.through >= on_day)
$$;

CREATE OR REPLACE FUNCTION metric_active_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid, (m.by_status ->> 'active')::bigint, 0::bigint, NULL::date
    FROM member_day_counts m
    WHERE member_day_counted(org, to_on) AND m.organisation_id = org AND m.day = to_on AND m.by_status ? 'active'
    UNION ALL
    SELECT f.chapter_id, NULL::uuid, f.n, 0::bigint, NULL::date
    FROM member_figures_on(org, to_on, ARRAY['status']) f
    WHERE NOT member_day_counted(org, to_on) AND f.key = 'active'
$$;

-- Active members by birth year on a day (key: the year, '0' unknown).
CREATE FUNCTION active_members_by_birth_year(org uuid, on_day date)
RETURNS TABLE (chapter_id uuid, birth_year integer, n bigint)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, e.key::integer, e.value::bigint
    FROM member_day_counts m CROSS JOIN LATERAL jsonb_each_text(m.active_by_birth_year) e
    WHERE member_day_counted(org, on_day) AND m.organisation_id = org AND m.day = on_day
    UNION ALL
    SELECT f.chapter_id, f.key::integer, f.n
    FROM member_figures_on(org, on_day, ARRAY['birth_year']) f
    WHERE NOT member_day_counted(org, on_day)
$$;

CREATE OR REPLACE FUNCTION metric_youth_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id, NULL::uuid, sum(f.n)::bigint, 0::bigint, NULL::date
    FROM active_members_by_birth_year(org, to_on) f JOIN organisations o ON o.id = org
    WHERE f.birth_year <> 0
      AND extract(year FROM to_on)::int - f.birth_year BETWEEN o.youth_age_min AND o.youth_age_max
    GROUP BY f.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_youth_share(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id, NULL::uuid,
           coalesce(sum(f.n) FILTER (
               WHERE extract(year FROM to_on)::int - f.birth_year BETWEEN o.youth_age_min AND o.youth_age_max), 0)::bigint,
           sum(f.n)::bigint, NULL::date
    FROM active_members_by_birth_year(org, to_on) f JOIN organisations o ON o.id = org
    WHERE f.birth_year <> 0
    GROUP BY f.chapter_id
$$;

-- Memberships begun (or ended) on or before a day, running from the beginning.
CREATE FUNCTION member_flows_through(org uuid, on_day date)
RETURNS TABLE (chapter_id uuid, joined bigint, ended bigint)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, m.joined, m.ended FROM member_day_counts m
    WHERE member_day_counted(org, on_day) AND m.organisation_id = org AND m.day = on_day
    UNION ALL
    SELECT f.chapter_id, coalesce(sum(f.n) FILTER (WHERE f.dimension = 'joined'), 0)::bigint,
           coalesce(sum(f.n) FILTER (WHERE f.dimension = 'ended'), 0)::bigint
    FROM member_figures_on(org, on_day, ARRAY['joined', 'ended']) f
    WHERE NOT member_day_counted(org, on_day)
    GROUP BY f.chapter_id
$$;

-- Within one year each membership pays once, so the year's counts are the answer; a period
-- over several years counts each membership once, from the fees.
CREATE OR REPLACE FUNCTION metric_paying_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT c.chapter_id, NULL::uuid, c.n, 0::bigint, NULL::date
    FROM member_fee_counts c
    WHERE extract(year FROM from_on) = extract(year FROM to_on)
      AND c.organisation_id = org AND c.year = extract(year FROM to_on) AND c.n <> 0
    UNION ALL
    SELECT DISTINCT f.chapter_id, f.membership_id, 1::bigint, 0::bigint, NULL::date
    FROM membership_fees f
    WHERE extract(year FROM from_on) <> extract(year FROM to_on)
      AND f.organisation_id = org AND f.year BETWEEN extract(year FROM from_on) AND extract(year FROM to_on)
$$;

-- Memberships begun and ended from one day to another, inclusive: the running figures on the
-- last day less those on the day before the first.
CREATE FUNCTION member_flows_between(org uuid, from_on date, to_on date)
RETURNS TABLE (chapter_id uuid, joined bigint, ended bigint)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id, sum(f.joined)::bigint, sum(f.ended)::bigint FROM (
        SELECT t.chapter_id, t.joined, t.ended FROM member_flows_through(org, to_on) t
        UNION ALL
        SELECT t.chapter_id, -t.joined, -t.ended FROM member_flows_through(org, from_on - 1) t
    ) f
    GROUP BY f.chapter_id
$$;

CREATE OR REPLACE FUNCTION metric_new_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id, NULL::uuid, f.joined, 0::bigint, NULL::date FROM member_flows_between(org, from_on, to_on) f
$$;

CREATE OR REPLACE FUNCTION metric_ended_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT f.chapter_id, NULL::uuid, f.ended, 0::bigint, NULL::date FROM member_flows_between(org, from_on, to_on) f
$$;
