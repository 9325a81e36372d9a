-- Groups with their leaders and meetings, the activity log (counts and durations, never who
-- was helped) and cross-chapter projects.

ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation', 'volunteer_role', 'group_kind', 'activity_kind'));

-- The leaders a group needs, as the least number of each leader kind, e.g. LEVE's
-- {"professional": 1, "trained_bereaved": 1}. Empty: any one leader will do.
ALTER TABLE organisations ADD COLUMN group_leadership_rule jsonb NOT NULL DEFAULT '{}'::jsonb;

CREATE FUNCTION insert_activity_defaults(org uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO catalogue_entries (organisation_id, catalogue, code, labels, position)
    SELECT org, e.catalogue, e.code, e.labels::jsonb, e.position
    FROM (VALUES
        ('group_kind', 'grief_group', '{"nb": "Sorggruppe", "nn": "Sorggruppe", "en": "Grief group"}', 1),
        ('group_kind', 'self_help_group', '{"nb": "Selvhjelpsgruppe", "nn": "Sjølvhjelpsgruppe", "en": "Self-help group"}', 2),
        ('group_kind', 'conversation_group', '{"nb": "Samtalegruppe", "nn": "Samtalegruppe", "en": "Conversation group"}', 3),
        ('activity_kind', 'peer_conversation', '{"nb": "Likepersonssamtale", "nn": "Likepersonssamtale", "en": "Peer conversation"}', 1),
        ('activity_kind', 'support_call', '{"nb": "Støttesamtale på telefon", "nn": "Støttesamtale på telefon", "en": "Support call"}', 2),
        ('activity_kind', 'group_meeting', '{"nb": "Gruppemøte", "nn": "Gruppemøte", "en": "Group meeting"}', 3),
        ('activity_kind', 'relatives_meetup', '{"nb": "Pårørendetreff", "nn": "Pårørandetreff", "en": "Relatives'' meet-up"}', 4),
        ('activity_kind', 'theme_evening', '{"nb": "Temakveld", "nn": "Temakveld", "en": "Theme evening"}', 5),
        ('activity_kind', 'relatives_week_event', '{"nb": "Arrangement i Pårørendeuka", "nn": "Arrangement i Pårørandeveka", "en": "Relatives'' Week event"}', 6),
        ('activity_kind', 'suicide_prevention_day', '{"nb": "Markering av Verdensdagen for selvmordsforebygging", "nn": "Markering av Verdsdagen for sjølvmordsførebygging", "en": "World Suicide Prevention Day"}', 7),
        ('activity_kind', 'course', '{"nb": "Kurs", "nn": "Kurs", "en": "Course"}', 8),
        ('activity_kind', 'member_follow_up', '{"nb": "Medlemsoppfølging", "nn": "Medlemsoppfølging", "en": "Member follow-up"}', 9),
        ('activity_kind', 'support_conversation', '{"nb": "Støttesamtale", "nn": "Støttesamtale", "en": "Support conversation"}', 10),
        ('activity_kind', 'chapter_conversation', '{"nb": "Samtale med lag", "nn": "Samtale med lag", "en": "Chapter conversation"}', 11)
    ) AS e (catalogue, code, labels, position);
$$;
CREATE FUNCTION activity_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insert_activity_defaults(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_activity_defaults AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION activity_defaults();
SELECT insert_activity_defaults(id) FROM organisations;

CREATE TABLE groups (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid NOT NULL REFERENCES chapters (id),
    kind_code text NOT NULL,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on date NOT NULL,
    ends_on date,
    status text NOT NULL CHECK (status IN ('planned', 'active', 'ended')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT groups_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX groups_chapter_idx ON groups (chapter_id, starts_on);

CREATE TABLE group_leaders (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    group_id uuid NOT NULL REFERENCES groups (id),
    person_id uuid NOT NULL REFERENCES people (id),
    leader_kind text NOT NULL CHECK (leader_kind IN ('professional', 'trained_bereaved', 'co_leader')),
    from_on date NOT NULL,
    to_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT group_leaders_period CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX group_leaders_group_idx ON group_leaders (group_id);
CREATE INDEX group_leaders_person_idx ON group_leaders (person_id);

-- Meetings: when, how long, how many came. Never who.
CREATE TABLE group_meetings (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    group_id uuid NOT NULL REFERENCES groups (id),
    held_on date NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    participants integer NOT NULL CHECK (participants BETWEEN 0 AND 10000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_meetings_group_idx ON group_meetings (group_id, held_on);

-- What a chapter (or, without one, the secretariat) did: kind, day, length, how many took
-- part, the channel and the volunteers involved. Nothing identifies those who were helped.
CREATE TABLE activities (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid REFERENCES chapters (id),
    kind_code text NOT NULL,
    held_on date NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 10080),
    participants integer NOT NULL CHECK (participants BETWEEN 0 AND 100000),
    channel text NOT NULL CHECK (channel IN ('in_person', 'phone', 'video', 'chat')),
    note text CHECK (length(note) <= 2000),
    logged_by uuid,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activities_chapter_idx ON activities (chapter_id, held_on);
CREATE INDEX activities_secretariat_idx ON activities (organisation_id, held_on) WHERE chapter_id IS NULL;

CREATE TABLE activity_volunteers (
    activity_id uuid NOT NULL REFERENCES activities (id),
    person_id uuid NOT NULL REFERENCES people (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (activity_id, person_id)
);
CREATE INDEX activity_volunteers_person_idx ON activity_volunteers (person_id);

CREATE TABLE projects (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    status text NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_org_idx ON projects (organisation_id, year);

CREATE TABLE project_chapters (
    project_id uuid NOT NULL REFERENCES projects (id),
    chapter_id uuid NOT NULL REFERENCES chapters (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (project_id, chapter_id)
);
CREATE INDEX project_chapters_chapter_idx ON project_chapters (chapter_id);

-- Whether a group has the leaders its organisation's rule asks for on a day.
CREATE FUNCTION group_leadership_complete(g uuid, day date) RETURNS boolean LANGUAGE sql STABLE AS $$
    WITH current AS (
        SELECT leader_kind, count(*) AS n FROM group_leaders
        WHERE group_id = g AND from_on <= day AND (to_on IS NULL OR to_on >= day)
        GROUP BY leader_kind
    ), rule AS (
        SELECT r.key AS leader_kind, r.value::int AS least
        FROM groups gr
        JOIN organisations o ON o.id = gr.organisation_id
        CROSS JOIN LATERAL jsonb_each_text(o.group_leadership_rule) r
        WHERE gr.id = g
    )
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM rule) THEN NOT EXISTS (
            SELECT 1 FROM rule LEFT JOIN current USING (leader_kind) WHERE coalesce(current.n, 0) < rule.least)
        ELSE EXISTS (SELECT 1 FROM current)
    END
$$;

-- Every volunteer role held on a day, with whether it is active then: held, and either no
-- course type qualifies for the role, or a qualifying completion from before the day has not
-- expired by it. expires_on is the first day the qualification no longer counts (NULL when it
-- never lapses, or there is none). One definition for lists and aggregates; the planner
-- inlines it.
CREATE FUNCTION volunteer_roles_on(day date)
RETURNS TABLE (id uuid, organisation_id uuid, person_id uuid, chapter_id uuid, role_code text, from_on date,
               to_on date, needs_qualification boolean, expires_on date, active boolean)
LANGUAGE sql STABLE AS $$
    SELECT r.id, r.organisation_id, r.person_id, r.chapter_id, r.role_code, r.from_on, r.to_on, q.needs,
           CASE WHEN q.forever THEN NULL ELSE q.expires_on END,
           NOT q.needs OR q.forever OR coalesce(q.expires_on > day, false)
    FROM volunteer_roles r
    CROSS JOIN LATERAL (
        SELECT EXISTS (SELECT 1 FROM course_types t
                       WHERE t.organisation_id = r.organisation_id AND r.role_code = ANY (t.qualifies_for)) AS needs,
               coalesce(bool_or(cc.expires_on IS NULL), false) AS forever,
               max(cc.expires_on) AS expires_on
        FROM course_completions cc
        JOIN course_types t ON t.organisation_id = cc.organisation_id AND t.code = cc.course_type
        WHERE cc.person_id = r.person_id AND r.role_code = ANY (t.qualifies_for) AND cc.completed_on <= day
    ) q
    WHERE r.from_on <= day AND (r.to_on IS NULL OR r.to_on >= day)
$$;
