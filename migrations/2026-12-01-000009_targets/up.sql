-- Targets: the plans' goals as data, and the metrics they are measured by.
--
-- Every metric is a function with one signature, metric_<name>(org, from_on, to_on, param),
-- returning facts per chapter: (chapter_id, subject, n, d, until). A metric on a day reads
-- to_on and ignores from_on; a metric over a period reads both days, inclusive. `param` is the
-- metric's code (role, kind, course type, language or relation), NULL where it takes none or
-- where none means "any". A unit (the organisation, a chapter with its subtree, every chapter of
-- a kind, every region) adds up the facts of its chapters in one statement:
--   * n is the count (or, for a share, the numerator) and d the denominator of a share;
--   * subject, where set, is who or what is counted (a person, a group, a project): a unit
--     counts each subject once, so a peer supporter in two chapters of a subtree counts once;
--   * until is the first day a fact no longer holds as far as is known today (a qualification
--     expiring, a role or group ending), which looking ahead reads.
-- The functions are plain SQL, so the planner inlines them into the statement that uses them.

ALTER TABLE organisations
    ADD COLUMN target_warning_days smallint NOT NULL DEFAULT 60
        CONSTRAINT organisations_target_warning_days CHECK (target_warning_days BETWEEN 1 AND 365);

-- The service reckons days in UTC.
CREATE FUNCTION utc_today() RETURNS date LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date $$;

-- Memberships of an organisation on a day, by chapter, status, type and birth year: the
-- periods with valid_from <= day < valid_to (open: valid_to NULL). Read by whichever way costs
-- less. Within the last year, from the running totals of member_counts (with the changes not
-- yet folded), less every period begun after the day, plus every period closed after it (a
-- period begun after the day and closed since is in both and cancels out): that costs the
-- periods changed since the day, and today's figure is the totals alone. Further back, where
-- more has changed since than before, straight from the periods valid on the day.
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
CREATE INDEX member_counts_org_idx ON member_counts (organisation_id);
CREATE INDEX member_count_changes_org_idx ON member_count_changes (organisation_id);
CREATE INDEX membership_periods_org_idx ON membership_periods (organisation_id, valid_from)
    INCLUDE (valid_to, status, chapter_id, type_code, birth_year, starts_membership, ends_membership);
CREATE INDEX membership_periods_org_closed_idx ON membership_periods (organisation_id, valid_to)
    INCLUDE (status, chapter_id, type_code, birth_year) WHERE valid_to IS NOT NULL;
CREATE INDEX membership_fees_org_idx ON membership_fees (organisation_id, year) INCLUDE (chapter_id, membership_id);
CREATE INDEX activities_org_idx ON activities (organisation_id, held_on) INCLUDE (chapter_id, kind_code);

-- A chapter's region: its own, else its county's, else that of the nearest chapter above it
-- with one (a local chapter registered without a county is in its county chapter's region).
CREATE FUNCTION chapter_region(chapter uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(a.region_code, k.region_code)
    FROM chapters c
    CROSS JOIN LATERAL unnest(c.ancestors) WITH ORDINALITY AS x (id, depth)
    JOIN chapters a ON a.id = x.id
    LEFT JOIN counties k ON k.code = a.county_code
    WHERE c.id = chapter AND coalesce(a.region_code, k.region_code) IS NOT NULL
    ORDER BY x.depth DESC
    LIMIT 1
$$;

-- A chapter's county: its own, else that of the nearest chapter above it with one.
CREATE FUNCTION chapter_county(chapter uuid) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT a.county_code
    FROM chapters c
    CROSS JOIN LATERAL unnest(c.ancestors) WITH ORDINALITY AS x (id, depth)
    JOIN chapters a ON a.id = x.id
    WHERE c.id = chapter AND a.county_code IS NOT NULL
    ORDER BY x.depth DESC
    LIMIT 1
$$;

-- Groups running on a day: started by it and not ended by it. The end day decides; a group
-- marked ended without one has ended on every day.
CREATE FUNCTION groups_running_on(day date)
RETURNS TABLE (id uuid, organisation_id uuid, chapter_id uuid, kind_code text, ends_on date)
LANGUAGE sql STABLE AS $$
    SELECT g.id, g.organisation_id, g.chapter_id, g.kind_code, g.ends_on FROM groups g
    WHERE g.starts_on <= day AND (g.ends_on IS NULL OR g.ends_on >= day) AND (g.status <> 'ended' OR g.ends_on IS NOT NULL)
$$;

-- Each person's first completion of a course that qualifies for `role`.
CREATE FUNCTION first_qualifications(org uuid, role text)
RETURNS TABLE (person_id uuid, first_on date)
LANGUAGE sql STABLE AS $$
    SELECT cc.person_id, min(cc.completed_on)
    FROM course_completions cc
    JOIN course_types t ON t.organisation_id = cc.organisation_id AND t.code = cc.course_type
    WHERE cc.organisation_id = org AND role = ANY (t.qualifies_for)
    GROUP BY cc.person_id
$$;

-- Members with an active membership on the day.
CREATE FUNCTION metric_active_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid, sum(m.n)::bigint, 0::bigint, NULL::date
    FROM memberships_on(org, to_on) m WHERE m.status = 'active' GROUP BY m.chapter_id
$$;

-- Active members whose age in the day's year (year minus birth year) is in the
-- organisation's youth band.
CREATE FUNCTION metric_youth_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT m.chapter_id, NULL::uuid, sum(m.n)::bigint, 0::bigint, NULL::date
    FROM memberships_on(org, to_on) m JOIN organisations o ON o.id = org
    WHERE m.status = 'active'
      AND extract(year FROM to_on)::int - m.birth_year BETWEEN o.youth_age_min AND o.youth_age_max
    GROUP BY m.chapter_id
$$;

-- The youth band's share of the active members whose birth year is known.
CREATE FUNCTION metric_youth_share(org uuid, from_on date, to_on date, param text)
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

-- Memberships with a fee paid for a year of the period, in the chapter where it was paid; a
-- unit counts each membership once, however many years and chapters it paid in.
CREATE FUNCTION metric_paying_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT f.chapter_id, f.membership_id, 1::bigint, 0::bigint, NULL::date
    FROM membership_fees f
    WHERE f.organisation_id = org AND f.year BETWEEN extract(year FROM from_on) AND extract(year FROM to_on)
$$;

-- Memberships begun (a join or a re-join) in the period.
CREATE FUNCTION metric_new_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date FROM membership_periods p
    WHERE p.organisation_id = org AND p.starts_membership AND p.valid_from BETWEEN from_on AND to_on
    GROUP BY p.chapter_id
$$;

-- Memberships ended (lapsed, resigned, deceased) in the period.
CREATE FUNCTION metric_ended_members(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date FROM membership_periods p
    WHERE p.organisation_id = org AND p.ends_membership AND p.valid_from BETWEEN from_on AND to_on
    GROUP BY p.chapter_id
$$;

-- Active members on the day whose language is `param`.
CREATE FUNCTION metric_members_with_language(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date
    FROM membership_periods p
    JOIN memberships m ON m.id = p.membership_id
    JOIN people pe ON pe.id = m.person_id
    WHERE p.organisation_id = org AND p.status = 'active'
      AND p.valid_from <= to_on AND (p.valid_to IS NULL OR p.valid_to > to_on) AND pe.language = param
    GROUP BY p.chapter_id
$$;

-- Active members on the day with the relation `param` (a code of the relation catalogue).
CREATE FUNCTION metric_members_with_relation(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date
    FROM membership_periods p
    JOIN memberships m ON m.id = p.membership_id
    JOIN people pe ON pe.id = m.person_id
    WHERE p.organisation_id = org AND p.status = 'active'
      AND p.valid_from <= to_on AND (p.valid_to IS NULL OR p.valid_to > to_on) AND param = ANY (pe.relations)
    GROUP BY p.chapter_id
$$;

-- Chapters (of kind `param`, or any) open on the day: founded by it (a chapter without a
-- founding day counts from the day it was registered) and not closed by it.
CREATE FUNCTION metric_chapters_open(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT c.id, c.id, 1::bigint, 0::bigint, c.closed_on FROM chapters c
    WHERE c.organisation_id = org AND (param IS NULL OR c.kind = param)
      AND coalesce(c.founded_on, c.created_at::date) <= to_on AND (c.closed_on IS NULL OR c.closed_on > to_on)
$$;

-- Chapters (of kind `param`, or any) founded in the period.
CREATE FUNCTION metric_chapters_founded(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT c.id, NULL::uuid, 1::bigint, 0::bigint, NULL::date FROM chapters c
    WHERE c.organisation_id = org AND (param IS NULL OR c.kind = param)
      AND coalesce(c.founded_on, c.created_at::date) BETWEEN from_on AND to_on
$$;

-- People holding role `param` on the day and active in it (volunteer_roles_on: qualified, if
-- the role needs it), in the chapter of the role. Until: the qualification's expiry or the
-- day after the role ends, whichever comes first.
CREATE FUNCTION metric_active_volunteers(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT v.chapter_id, v.person_id, 1::bigint, 0::bigint, least(v.expires_on, v.to_on + 1)
    FROM volunteer_roles_on(to_on) v
    WHERE v.organisation_id = org AND v.active AND v.role_code = param
$$;

-- People whose first completion of a course qualifying for role `param` falls in the
-- period, in their home chapter.
CREATE FUNCTION metric_newly_qualified(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.home_chapter_id, f.person_id, 1::bigint, 0::bigint, NULL::date
    FROM first_qualifications(org, param) f JOIN people p ON p.id = f.person_id
    WHERE f.first_on BETWEEN from_on AND to_on
$$;

-- Course runs (of type `param`, or any) held in the period; national runs count for the
-- national chapter.
CREATE FUNCTION metric_courses_held(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(r.chapter_id, root.id), NULL::uuid, count(*), 0::bigint, NULL::date
    FROM course_runs r
    CROSS JOIN (SELECT c.id FROM chapters c WHERE c.organisation_id = org AND c.parent_id IS NULL) root
    WHERE r.organisation_id = org AND r.held_on BETWEEN from_on AND to_on AND (param IS NULL OR r.course_type = param)
    GROUP BY 1
$$;

-- Groups (of kind `param`, or any) running on the day (groups_running_on). Until: the day
-- after the group's end day.
CREATE FUNCTION metric_groups_running(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT g.chapter_id, g.id, 1::bigint, 0::bigint, g.ends_on + 1 FROM groups_running_on(to_on) g
    WHERE g.organisation_id = org AND (param IS NULL OR g.kind_code = param)
$$;

-- Running groups (of kind `param`, or any) whose leadership is complete on the day under the
-- organisation's rule (group_leadership_complete). Until: the day after the group ends or a
-- leader of a kind the rule asks for (any kind, when it asks for none) leaves, whichever is first.
CREATE FUNCTION metric_groups_led_completely(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT g.chapter_id, g.id, 1::bigint, 0::bigint,
           least(g.ends_on + 1, (
               SELECT min(l.to_on) + 1 FROM group_leaders l JOIN organisations o ON o.id = org
               WHERE l.group_id = g.id AND l.from_on <= to_on AND l.to_on >= to_on
                 AND (o.group_leadership_rule = '{}'::jsonb OR o.group_leadership_rule ? l.leader_kind)))
    FROM groups_running_on(to_on) g
    WHERE g.organisation_id = org AND (param IS NULL OR g.kind_code = param) AND group_leadership_complete(g.id, to_on)
$$;

-- The share of running groups (of kind `param`, or any) whose leadership is complete.
CREATE FUNCTION metric_complete_leadership_share(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT g.chapter_id, NULL::uuid, CASE WHEN group_leadership_complete(g.id, to_on) THEN 1 ELSE 0 END::bigint,
           1::bigint, NULL::date
    FROM groups_running_on(to_on) g
    WHERE g.organisation_id = org AND (param IS NULL OR g.kind_code = param)
$$;

-- Activities (of kind `kind`, or any) held in the period, in their chapter; the secretariat's
-- own count for the national chapter. The metrics below count them, their minutes and how
-- many took part; the aggregates add them up by kind and channel.
CREATE FUNCTION activities_in(org uuid, from_on date, to_on date, kind text)
RETURNS TABLE (chapter_id uuid, kind_code text, channel text, duration_minutes integer, participants integer)
LANGUAGE sql STABLE AS $$
    SELECT coalesce(a.chapter_id, root.id), a.kind_code, a.channel, a.duration_minutes, a.participants
    FROM activities a
    CROSS JOIN (SELECT c.id FROM chapters c WHERE c.organisation_id = org AND c.parent_id IS NULL) root
    WHERE a.organisation_id = org AND a.held_on BETWEEN from_on AND to_on AND (kind IS NULL OR a.kind_code = kind)
$$;
CREATE FUNCTION metric_activities(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT a.chapter_id, NULL::uuid, count(*), 0::bigint, NULL::date FROM activities_in(org, from_on, to_on, param) a
    GROUP BY a.chapter_id
$$;
CREATE FUNCTION metric_activity_minutes(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT a.chapter_id, NULL::uuid, sum(a.duration_minutes)::bigint, 0::bigint, NULL::date
    FROM activities_in(org, from_on, to_on, param) a GROUP BY a.chapter_id
$$;
CREATE FUNCTION metric_activity_participants(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT a.chapter_id, NULL::uuid, sum(a.participants)::bigint, 0::bigint, NULL::date
    FROM activities_in(org, from_on, to_on, param) a GROUP BY a.chapter_id
$$;

-- Projects of the years from_year to to_year that are not cancelled, once for each of their
-- chapters (every project has two or more: the API refuses fewer).
CREATE FUNCTION projects_of_years(org uuid, from_year integer, to_year integer)
RETURNS TABLE (id uuid, year smallint, chapter_id uuid)
LANGUAGE sql STABLE AS $$
    SELECT p.id, p.year, pc.chapter_id
    FROM projects p JOIN project_chapters pc ON pc.project_id = p.id
    WHERE p.organisation_id = org AND p.status <> 'cancelled' AND p.year BETWEEN from_year AND to_year
$$;

-- Cross-chapter projects of the period's years (projects_of_years); a unit counts each once.
CREATE FUNCTION metric_cross_chapter_projects(org uuid, from_on date, to_on date, param text)
RETURNS TABLE (chapter_id uuid, subject uuid, n bigint, d bigint, until date)
LANGUAGE sql STABLE AS $$
    SELECT p.chapter_id, p.id, 1::bigint, 0::bigint, NULL::date
    FROM projects_of_years(org, extract(year FROM from_on)::integer, extract(year FROM to_on)::integer) p
$$;

-- A target: a metric (with its parameter) over a scope, compared with a threshold, either
-- always, by a deadline (measured from a baseline day), or in every occurrence of a period.
CREATE TABLE targets (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{0,15}$'),
    names jsonb NOT NULL,
    descriptions jsonb NOT NULL DEFAULT '{}'::jsonb,
    metric text NOT NULL CHECK (metric IN (
        'active_members', 'youth_members', 'youth_share', 'paying_members', 'new_members', 'ended_members',
        'members_with_language', 'members_with_relation', 'chapters_open', 'chapters_founded',
        'active_volunteers', 'newly_qualified', 'courses_held', 'groups_running', 'groups_led_completely',
        'complete_leadership_share', 'activities', 'activity_minutes', 'activity_participants',
        'cross_chapter_projects')),
    parameter text CHECK (length(parameter) BETWEEN 1 AND 40),
    scope text NOT NULL CHECK (scope IN ('organisation', 'secretariat', 'chapter', 'chapters_of_kind', 'regions')),
    scope_chapter_id uuid,
    scope_chapter_kind text CHECK (scope_chapter_kind IN ('national', 'county', 'local')),
    comparison text NOT NULL CHECK (comparison IN ('at_least', 'at_most', 'exactly', 'grows')),
    threshold double precision,
    schedule text NOT NULL CHECK (schedule IN ('continuous', 'deadline', 'recurring')),
    baseline_on date,
    deadline_on date,
    period text CHECK (period IN ('year', 'half_year', 'quarter', 'month')),
    every smallint NOT NULL DEFAULT 1 CHECK (every BETWEEN 1 AND 10),
    first_year smallint CHECK (first_year BETWEEN 1900 AND 2100),
    last_year smallint CHECK (last_year BETWEEN 1900 AND 2100),
    window_from text CHECK (window_from ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    window_to text CHECK (window_to ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
    retired_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT targets_chapter_same_org FOREIGN KEY (organisation_id, scope_chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT targets_scope_fits CHECK (
        (scope = 'chapter') = (scope_chapter_id IS NOT NULL) AND (scope = 'chapters_of_kind') = (scope_chapter_kind IS NOT NULL)),
    CONSTRAINT targets_threshold_fits CHECK ((comparison = 'grows') = (threshold IS NULL)),
    CONSTRAINT targets_schedule_fits CHECK (CASE schedule
        WHEN 'deadline' THEN deadline_on IS NOT NULL AND baseline_on IS NOT NULL AND baseline_on <= deadline_on
            AND period IS NULL
        WHEN 'recurring' THEN period IS NOT NULL AND deadline_on IS NULL AND baseline_on IS NULL
        ELSE period IS NULL AND deadline_on IS NULL AND baseline_on IS NULL END),
    CONSTRAINT targets_years CHECK (first_year IS NULL OR last_year IS NULL OR first_year <= last_year),
    CONSTRAINT targets_window_fits CHECK ((window_from IS NULL) = (window_to IS NULL)
        AND (window_from IS NULL OR period = 'year'))
);
CREATE UNIQUE INDEX targets_code_key ON targets (organisation_id, code);
CREATE INDEX targets_org_idx ON targets (organisation_id, id);

-- The status each unit of a target was last seen in (a unit: a chapter id, a region code, or
-- `organisation`), so that an alert goes out once per change, not once per evaluation.
CREATE TABLE target_unit_states (
    target_id uuid NOT NULL REFERENCES targets (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    unit text NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
    status text NOT NULL CHECK (status IN ('met', 'on_track', 'at_risk', 'missed', 'not_due')),
    since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (target_id, unit)
);
CREATE INDEX target_unit_states_org_idx ON target_unit_states (organisation_id);

-- When each organisation's targets are next checked for alerts. A replica claims a due row
-- with FOR UPDATE SKIP LOCKED and moves it on, so no two check one organisation at once.
CREATE TABLE target_checks (
    organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
    due_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX target_checks_due_idx ON target_checks (due_at);
CREATE FUNCTION target_checks_for_new_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO target_checks (organisation_id) VALUES (NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_target_checks AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION target_checks_for_new_organisation();
INSERT INTO target_checks (organisation_id) SELECT id FROM organisations;
