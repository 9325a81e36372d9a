-- Volunteers: the roles people hold in chapters over a period, the courses that qualify them,
-- and the reminders sent before a qualification lapses.

ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation', 'volunteer_role'));

ALTER TABLE organisations
    ADD COLUMN qualification_reminder_days smallint NOT NULL DEFAULT 60
        CONSTRAINT organisations_qualification_reminder_days CHECK (qualification_reminder_days BETWEEN 1 AND 365);

-- Course types: what a completion is worth (months of validity; none: it never lapses) and
-- for which roles. A role that some course type qualifies for needs a current qualification
-- to count as active; a role no course qualifies for is active while it is held.
CREATE TABLE course_types (
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    labels jsonb NOT NULL DEFAULT '{}'::jsonb,
    validity_months smallint CHECK (validity_months BETWEEN 1 AND 600),
    qualifies_for text[] NOT NULL DEFAULT '{}',
    retired boolean NOT NULL DEFAULT false,
    PRIMARY KEY (organisation_id, code)
);

CREATE FUNCTION insert_volunteer_defaults(org uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO catalogue_entries (organisation_id, catalogue, code, labels, position)
    SELECT org, 'volunteer_role', e.code, e.labels::jsonb, e.position
    FROM (VALUES
        ('peer_supporter', '{"nb": "Likeperson", "nn": "Likeperson", "en": "Peer supporter"}', 1),
        ('group_leader', '{"nb": "Sorggruppeleder", "nn": "Sorggruppeleiar", "en": "Grief-group leader"}', 2),
        ('supervisor', '{"nb": "Veileder", "nn": "Rettleiar", "en": "Supervisor"}', 3),
        ('officer', '{"nb": "Tillitsvalgt", "nn": "Tillitsvald", "en": "Officer"}', 4),
        ('contact_person', '{"nb": "Kontaktperson", "nn": "Kontaktperson", "en": "Contact person"}', 5),
        ('youth_contact', '{"nb": "Ungdomskontakt", "nn": "Ungdomskontakt", "en": "Youth contact"}', 6)
    ) AS e (code, labels, position);
    INSERT INTO course_types (organisation_id, code, labels, validity_months, qualifies_for)
    SELECT org, c.code, c.labels::jsonb, c.validity, c.roles
    FROM (VALUES
        ('peer_supporter_course', '{"nb": "Likepersonskurs", "nn": "Likepersonskurs", "en": "Peer supporter course"}', 24, '{peer_supporter}'::text[]),
        ('follow_up_course', '{"nb": "Oppfølgingskurs", "nn": "Oppfølgingskurs", "en": "Follow-up course"}', 24, '{peer_supporter,group_leader,supervisor}'::text[]),
        ('group_leader_course', '{"nb": "Sorggruppelederkurs", "nn": "Sorggruppeleiarkurs", "en": "Grief-group leader course"}', 24, '{group_leader}'::text[]),
        ('suicide_awareness_course', '{"nb": "OBS!-kurs", "nn": "OBS!-kurs", "en": "Suicide-awareness course"}', NULL, '{}'::text[])
    ) AS c (code, labels, validity, roles);
$$;
CREATE FUNCTION volunteer_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insert_volunteer_defaults(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_volunteer_defaults AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION volunteer_defaults();
SELECT insert_volunteer_defaults(id) FROM organisations;

-- A role held by a person in a chapter, from one day through another (open: still held).
CREATE TABLE volunteer_roles (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    person_id uuid NOT NULL REFERENCES people (id),
    chapter_id uuid NOT NULL REFERENCES chapters (id),
    role_code text NOT NULL,
    from_on date NOT NULL,
    to_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT volunteer_roles_period CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX volunteer_roles_chapter_idx ON volunteer_roles (chapter_id, role_code, from_on);
CREATE INDEX volunteer_roles_person_idx ON volunteer_roles (person_id);

-- A course held on a day, by a chapter or nationally (no chapter).
CREATE TABLE course_runs (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    course_type text NOT NULL,
    chapter_id uuid REFERENCES chapters (id),
    held_on date NOT NULL,
    instructors uuid[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (organisation_id, course_type) REFERENCES course_types (organisation_id, code)
);
CREATE INDEX course_runs_org_idx ON course_runs (organisation_id, held_on);

-- A person's completion of a course run; it qualifies through expires_on (exclusive: the
-- first day it no longer counts), or for good when the course type has no validity.
CREATE TABLE course_completions (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    course_run_id uuid NOT NULL REFERENCES course_runs (id),
    person_id uuid NOT NULL REFERENCES people (id),
    course_type text NOT NULL,
    completed_on date NOT NULL,
    expires_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT course_completions_once UNIQUE (course_run_id, person_id)
);
CREATE INDEX course_completions_person_idx ON course_completions (person_id, expires_on);
CREATE INDEX course_completions_expiry_idx ON course_completions (organisation_id, expires_on);

-- One reminder per lapse: a completion is reminded of at most once.
CREATE TABLE qualification_reminders (
    completion_id uuid PRIMARY KEY REFERENCES course_completions (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    person_id uuid NOT NULL REFERENCES people (id),
    sent_at timestamptz NOT NULL DEFAULT now()
);
