-- Members: people, their memberships (current state plus a history of periods), fees,
-- consents, the public sign-up, the e-mail outbox, welcome follow-ups and self-service links.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE organisations
    ADD COLUMN welcome_follow_up_days smallint NOT NULL DEFAULT 14
        CONSTRAINT organisations_follow_up_days CHECK (welcome_follow_up_days BETWEEN 1 AND 365),
    ADD COLUMN signup_expiry_days smallint NOT NULL DEFAULT 7
        CONSTRAINT organisations_signup_expiry_days CHECK (signup_expiry_days BETWEEN 1 AND 90);

-- Small per-organisation vocabularies: membership types and relation categories.
CREATE TABLE catalogue_entries (
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    catalogue text NOT NULL CHECK (catalogue IN ('membership_type', 'relation')),
    code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    labels jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- Offered on the public sign-up form.
    public boolean NOT NULL DEFAULT false,
    retired boolean NOT NULL DEFAULT false,
    position smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_id, catalogue, code)
);

-- Every organisation starts with the usual entries; it can relabel, retire or add to them.
CREATE FUNCTION insert_catalogue_defaults(org uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO catalogue_entries (organisation_id, catalogue, code, labels, public, position)
    SELECT org, e.catalogue, e.code, e.labels::jsonb, e.public, e.position
    FROM (VALUES
        ('membership_type', 'ordinary', '{"nb": "Ordinært medlem", "nn": "Ordinært medlem", "en": "Ordinary member"}', true, 1),
        ('membership_type', 'youth', '{"nb": "Ungdomsmedlem", "nn": "Ungdomsmedlem", "en": "Youth member"}', true, 2),
        ('membership_type', 'family', '{"nb": "Familiemedlem", "nn": "Familiemedlem", "en": "Family member"}', true, 3),
        ('membership_type', 'supporting', '{"nb": "Støttemedlem", "nn": "Støttemedlem", "en": "Supporting member"}', true, 4),
        ('membership_type', 'lifelong', '{"nb": "Livsvarig medlem", "nn": "Livsvarig medlem", "en": "Lifelong member"}', false, 5),
        ('relation', 'relative', '{"nb": "Pårørende", "nn": "Pårørande", "en": "Relative"}', true, 1),
        ('relation', 'bereaved', '{"nb": "Etterlatt", "nn": "Etterlaten", "en": "Bereaved"}', true, 2),
        ('relation', 'affected', '{"nb": "Berørt", "nn": "Råka", "en": "Affected"}', true, 3)
    ) AS e (catalogue, code, labels, public, position);
$$;
CREATE FUNCTION catalogue_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insert_catalogue_defaults(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_catalogue_defaults AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION catalogue_defaults();
-- Organisations that existed before this migration get them too.
SELECT insert_catalogue_defaults(id) FROM organisations;

-- A person belongs to one organisation. Erasure empties every identifying column in place and
-- sets erased_at; what counts rest on (memberships, periods, fees) stays.
CREATE TABLE people (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    -- The chapter of the person's newest membership: the scope staff see them in.
    home_chapter_id uuid NOT NULL,
    given_name text CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name text CHECK (length(family_name) BETWEEN 1 AND 100),
    email text CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    phone text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    postal_code text CHECK (postal_code ~ '^[0-9]{4}$'),
    birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    birth_date date,
    language text NOT NULL,
    relations text[] NOT NULL DEFAULT '{}',
    erased_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    search text GENERATED ALWAYS AS (lower(
        coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '')
    )) STORED,
    CONSTRAINT people_org_id_key UNIQUE (organisation_id, id),
    CONSTRAINT people_home_chapter_same_org FOREIGN KEY (organisation_id, home_chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT people_reachable CHECK (erased_at IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL),
    CONSTRAINT people_named CHECK (erased_at IS NOT NULL OR (given_name IS NOT NULL AND family_name IS NOT NULL)),
    CONSTRAINT people_birth_date_year CHECK (birth_date IS NULL OR extract(year FROM birth_date) = birth_year)
);
-- The same e-mail or phone within an organisation is the same person.
CREATE UNIQUE INDEX people_email_key ON people (organisation_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX people_phone_key ON people (organisation_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX people_search_idx ON people USING gin (search gin_trgm_ops);
CREATE INDEX people_name_idx ON people (organisation_id, family_name, given_name, id);
CREATE INDEX people_home_chapter_idx ON people (home_chapter_id);
CREATE INDEX people_duplicates_idx ON people (organisation_id, birth_year, postal_code) WHERE erased_at IS NULL;

-- A membership's current state; its history is in membership_periods.
CREATE TABLE memberships (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    person_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    type_code text NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'active', 'lapsed', 'resigned', 'deceased')),
    -- The first day it was active, and the day it last ended.
    joined_on date,
    ended_on date,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT memberships_org_id_key UNIQUE (organisation_id, id),
    CONSTRAINT memberships_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT memberships_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);
-- At most one pending or active membership per person.
CREATE UNIQUE INDEX memberships_one_open_key ON memberships (person_id) WHERE status IN ('pending', 'active');
CREATE INDEX memberships_chapter_idx ON memberships (chapter_id, status);

-- Periods with one status, chapter and type each: [valid_from, valid_to). "Members of chapter X
-- on day D" is one range test over this table; birth_year is copied here so age bands need no
-- join with people.
CREATE TABLE membership_periods (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    type_code text NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'active', 'lapsed', 'resigned', 'deceased')),
    birth_year smallint,
    valid_from date NOT NULL,
    valid_to date,
    -- This period begins a stretch of active membership (a join or a re-join) …
    starts_membership boolean NOT NULL DEFAULT false,
    -- … or ends one (lapse, resignation, death).
    ends_membership boolean NOT NULL DEFAULT false,
    CONSTRAINT membership_periods_membership_same_org FOREIGN KEY (organisation_id, membership_id)
        REFERENCES memberships (organisation_id, id),
    CONSTRAINT membership_periods_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT membership_periods_order CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX membership_periods_one_open_key ON membership_periods (membership_id) WHERE valid_to IS NULL;
CREATE INDEX membership_periods_membership_idx ON membership_periods (membership_id, valid_from);
CREATE INDEX membership_periods_counts_idx ON membership_periods (chapter_id, valid_from)
    INCLUDE (valid_to, status, type_code, birth_year, starts_membership, ends_membership);

-- Fees paid per year; the chapter is the membership's chapter when it was paid.
CREATE TABLE membership_fees (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    year smallint NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    amount_ore integer NOT NULL CHECK (amount_ore >= 0),
    paid_on date NOT NULL,
    method text NOT NULL CHECK (method IN ('bank_transfer', 'card', 'vipps', 'cash', 'invoice', 'other')),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT membership_fees_membership_same_org FOREIGN KEY (organisation_id, membership_id)
        REFERENCES memberships (organisation_id, id),
    CONSTRAINT membership_fees_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);
CREATE UNIQUE INDEX membership_fees_year_key ON membership_fees (membership_id, year);
CREATE INDEX membership_fees_counts_idx ON membership_fees (chapter_id, year);

-- Consent as given: which text (version) in which language.
CREATE TABLE consents (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    person_id uuid NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('membership')),
    text_version text NOT NULL,
    language text NOT NULL,
    given_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT consents_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id)
);
CREATE INDEX consents_person_idx ON consents (person_id);

-- Public sign-ups. E-mail sign-ups wait for their confirmation link until expires_at; phone-only
-- ones have no token and wait for staff. created_person/created_membership say what a purge of
-- an unconfirmed sign-up may remove.
CREATE TABLE signups (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    person_id uuid NOT NULL,
    membership_id uuid NOT NULL,
    token_hash bytea,
    idempotency_key text,
    request_hash bytea NOT NULL,
    created_person boolean NOT NULL,
    created_membership boolean NOT NULL,
    expires_at timestamptz,
    confirmed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT signups_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT signups_membership_same_org FOREIGN KEY (organisation_id, membership_id)
        REFERENCES memberships (organisation_id, id)
);
CREATE UNIQUE INDEX signups_token_hash_key ON signups (token_hash);
CREATE UNIQUE INDEX signups_idempotency_key ON signups (organisation_id, idempotency_key);
CREATE INDEX signups_expiry_idx ON signups (expires_at) WHERE confirmed_at IS NULL;
CREATE INDEX signups_person_idx ON signups (person_id);

-- Outgoing e-mail, written in the transaction of the change that causes it and delivered by
-- a worker on any replica (rows are claimed with FOR UPDATE SKIP LOCKED).
CREATE TABLE outbox (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    person_id uuid,
    recipient text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    language text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    sent_at timestamptz,
    failed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT outbox_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id)
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_person_idx ON outbox (person_id);

-- Welcome follow-ups for new members, and the log of contacts made.
CREATE TABLE follow_ups (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    person_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('welcome')),
    due_on date NOT NULL,
    completed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT follow_ups_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT follow_ups_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);
CREATE INDEX follow_ups_open_idx ON follow_ups (chapter_id, due_on) WHERE completed_at IS NULL;
CREATE INDEX follow_ups_person_idx ON follow_ups (person_id);

CREATE TABLE contact_log (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    person_id uuid NOT NULL,
    chapter_id uuid NOT NULL,
    follow_up_id uuid REFERENCES follow_ups (id),
    contacted_on date NOT NULL,
    channel text NOT NULL CHECK (channel IN ('in_person', 'phone', 'video', 'chat', 'email', 'letter')),
    duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 1440),
    outcome text NOT NULL CHECK (outcome IN ('reached', 'not_reached', 'declined')),
    note text CHECK (length(note) <= 2000),
    recorded_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_log_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT contact_log_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id)
);
CREATE INDEX contact_log_person_idx ON contact_log (person_id);

-- One-time links a member asks for by e-mail, to export or erase their own data.
CREATE TABLE self_service_links (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    person_id uuid NOT NULL,
    purpose text NOT NULL CHECK (purpose IN ('export', 'erase')),
    token_hash bytea NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT self_service_links_person_same_org FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id)
);
CREATE UNIQUE INDEX self_service_links_token_hash_key ON self_service_links (token_hash);
CREATE INDEX self_service_links_person_idx ON self_service_links (person_id);
