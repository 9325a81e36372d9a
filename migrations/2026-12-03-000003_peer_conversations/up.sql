-- Peer conversations asked for, matched to a peer supporter and followed through.

-- How soon a peer supporter must make first contact after being assigned, and how many days
-- after a request closes the requester's contact details are removed.
ALTER TABLE organisations
    ADD COLUMN first_contact_hours int2 NOT NULL DEFAULT 48 CHECK (first_contact_hours BETWEEN 1 AND 720),
    ADD COLUMN request_retention_days int2 NOT NULL DEFAULT 90 CHECK (request_retention_days BETWEEN 1 AND 3650);

-- The kinds of loss or relation a peer conversation is about: a request names one, a peer
-- supporter their own, and matching prefers the same.
ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation', 'volunteer_role', 'group_kind', 'activity_kind',
                         'peer_relation'));

CREATE FUNCTION insert_peer_relation_defaults(org uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO catalogue_entries (organisation_id, catalogue, code, labels, public, position)
    SELECT org, 'peer_relation', e.code, e.labels::jsonb, true, e.position
    FROM (VALUES
        ('child', '{"nb": "Om et barn", "nn": "Om eit barn", "en": "About a child"}', 1),
        ('parent', '{"nb": "Om en forelder", "nn": "Om ein forelder", "en": "About a parent"}', 2),
        ('partner', '{"nb": "Om en partner", "nn": "Om ein partnar", "en": "About a partner"}', 3),
        ('sibling', '{"nb": "Om et søsken", "nn": "Om eit sysken", "en": "About a sibling"}', 4),
        ('friend', '{"nb": "Om en venn eller kollega", "nn": "Om ein ven eller kollega", "en": "About a friend or colleague"}', 5),
        ('other', '{"nb": "Annet", "nn": "Anna", "en": "Other"}', 6)
    ) AS e (code, labels, position);
$$;
CREATE FUNCTION peer_relation_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insert_peer_relation_defaults(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_peer_relation_defaults AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION peer_relation_defaults();
SELECT insert_peer_relation_defaults(id) FROM organisations;

-- What matching needs of a peer supporter beyond their record (its language and birth year):
-- other languages they talk in, the kinds of loss or relation they know from their own life,
-- and their gender if they choose to give it, for requests that prefer one.
CREATE TABLE peer_supporter_profiles (
    person_id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
    relations text[] NOT NULL DEFAULT '{}' CHECK (cardinality(relations) <= 10),
    gender text CHECK (gender IN ('woman', 'man', 'other')),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT peer_supporter_profiles_person_fkey FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id)
);

-- A request for a peer conversation, with only what matching and reaching the requester need.
-- The requester is a person record only when their address or number is one already held
-- (then the request is in that person's export, erasure and merge); the contact columns are
-- emptied request_retention_days after closing.
CREATE TABLE conversation_requests (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid NOT NULL,
    relation text NOT NULL,
    age_group text NOT NULL CHECK (age_group IN ('under_18', '18_29', '30_49', '50_66', '67_plus')),
    language text NOT NULL,
    gender_preference text CHECK (gender_preference IN ('woman', 'man')),
    channel text NOT NULL CHECK (channel IN ('phone', 'video', 'meeting')),
    contact_name text,
    contact_email text,
    contact_phone text,
    consent_version text NOT NULL,
    consent_language text NOT NULL,
    source text NOT NULL CHECK (source IN ('public', 'staff')),
    recorded_by uuid REFERENCES users (id),
    requester_person_id uuid,
    first_contact_at timestamptz,
    outcome text CHECK (outcome IN ('supported', 'referred', 'withdrawn', 'not_reached')),
    closed_at timestamptz,
    contact_removed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT conversation_requests_chapter_fkey FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT conversation_requests_requester_fkey FOREIGN KEY (organisation_id, requester_person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT conversation_requests_org_id_key UNIQUE (organisation_id, id),
    CONSTRAINT conversation_requests_closed_with_outcome CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX conversation_requests_chapter_idx ON conversation_requests (chapter_id, id DESC);
CREATE INDEX conversation_requests_org_idx ON conversation_requests (organisation_id, created_at);
CREATE INDEX conversation_requests_requester_idx ON conversation_requests (requester_person_id)
    WHERE requester_person_id IS NOT NULL;
CREATE INDEX conversation_requests_retention_idx ON conversation_requests (organisation_id, closed_at)
    WHERE closed_at IS NOT NULL AND contact_removed_at IS NULL;

-- Who was asked to take a request: at most one open assignment per request. The peer supporter
-- accepts or declines; a decline, a close or a new assignment ends it. First contact is due by
-- contact_due_at; the reminder and the escalation are each sent once.
CREATE TABLE conversation_assignments (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    request_id uuid NOT NULL,
    person_id uuid NOT NULL,
    assigned_by uuid REFERENCES users (id),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    contact_due_at timestamptz NOT NULL,
    answer text CHECK (answer IN ('accepted', 'declined')),
    answered_at timestamptz,
    ended_at timestamptz,
    reminded_at timestamptz,
    escalated_at timestamptz,
    CONSTRAINT conversation_assignments_request_fkey FOREIGN KEY (organisation_id, request_id)
        REFERENCES conversation_requests (organisation_id, id),
    CONSTRAINT conversation_assignments_person_fkey FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT conversation_assignments_answered CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE UNIQUE INDEX conversation_assignments_one_open_key ON conversation_assignments (request_id)
    WHERE ended_at IS NULL;
CREATE INDEX conversation_assignments_request_idx ON conversation_assignments (request_id);
CREATE INDEX conversation_assignments_person_idx ON conversation_assignments (person_id) WHERE ended_at IS NULL;
CREATE INDEX conversation_assignments_due_idx ON conversation_assignments (contact_due_at)
    WHERE ended_at IS NULL AND escalated_at IS NULL;

-- A peer conversation logged for a request is an activity of the request's chapter.
ALTER TABLE activities ADD COLUMN conversation_request_id uuid REFERENCES conversation_requests (id);
CREATE INDEX activities_conversation_request_idx ON activities (conversation_request_id)
    WHERE conversation_request_id IS NOT NULL;
