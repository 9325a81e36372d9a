-- Reference data: RVTS regions and counties (current and historical), editable by platform admins.
CREATE TABLE regions (
    code text PRIMARY KEY CHECK (code ~ '^[a-z]{2,16}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);

CREATE TABLE counties (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    region_code text NOT NULL REFERENCES regions (code),
    valid_from date,
    valid_to date,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

INSERT INTO regions (code, name) VALUES
    ('nord', 'RVTS Nord'),
    ('midt', 'RVTS Midt'),
    ('vest', 'RVTS Vest'),
    ('sor', 'RVTS Sør'),
    ('ost', 'RVTS Øst');

-- The counties from 1 January 2024.
INSERT INTO counties (code, name, region_code, valid_from) VALUES
    ('03', 'Oslo', 'ost', NULL),
    ('31', 'Østfold', 'ost', '2024-01-01'),
    ('32', 'Akershus', 'ost', '2024-01-01'),
    ('33', 'Buskerud', 'sor', '2024-01-01'),
    ('34', 'Innlandet', 'ost', '2020-01-01'),
    ('39', 'Vestfold', 'sor', '2024-01-01'),
    ('40', 'Telemark', 'sor', '2024-01-01'),
    ('42', 'Agder', 'sor', '2020-01-01'),
    ('11', 'Rogaland', 'vest', NULL),
    ('46', 'Vestland', 'vest', '2020-01-01'),
    ('15', 'Møre og Romsdal', 'midt', NULL),
    ('50', 'Trøndelag', 'midt', '2018-01-01'),
    ('18', 'Nordland', 'nord', NULL),
    ('55', 'Troms', 'nord', '2024-01-01'),
    ('56', 'Finnmark', 'nord', '2024-01-01'),
    ('21', 'Svalbard', 'nord', NULL);

-- Earlier counties, still used as chapter areas by some organisations.
INSERT INTO counties (code, name, region_code, valid_to) VALUES
    ('01', 'Østfold (før 2020)', 'ost', '2019-12-31'),
    ('02', 'Akershus (før 2020)', 'ost', '2019-12-31'),
    ('04', 'Hedmark', 'ost', '2019-12-31'),
    ('05', 'Oppland', 'ost', '2019-12-31'),
    ('06', 'Buskerud (før 2020)', 'sor', '2019-12-31'),
    ('07', 'Vestfold (før 2020)', 'sor', '2019-12-31'),
    ('08', 'Telemark (før 2020)', 'sor', '2019-12-31'),
    ('09', 'Aust-Agder', 'sor', '2019-12-31'),
    ('10', 'Vest-Agder', 'sor', '2019-12-31'),
    ('12', 'Hordaland', 'vest', '2019-12-31'),
    ('14', 'Sogn og Fjordane', 'vest', '2019-12-31'),
    ('16', 'Sør-Trøndelag', 'midt', '2017-12-31'),
    ('17', 'Nord-Trøndelag', 'midt', '2017-12-31'),
    ('19', 'Troms (før 2020)', 'nord', '2019-12-31'),
    ('20', 'Finnmark (før 2020)', 'nord', '2019-12-31'),
    ('30', 'Viken', 'ost', '2023-12-31'),
    ('38', 'Vestfold og Telemark', 'sor', '2023-12-31'),
    ('54', 'Troms og Finnmark', 'nord', '2023-12-31');

-- Tenants.
CREATE TABLE organisations (
    id uuid PRIMARY KEY,
    slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    default_language text NOT NULL,
    youth_age_min smallint NOT NULL,
    youth_age_max smallint NOT NULL,
    chapter_kind_labels jsonb NOT NULL DEFAULT '{}'::jsonb,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisations_youth_band CHECK (youth_age_min > 0 AND youth_age_min <= youth_age_max AND youth_age_max < 130)
);
CREATE UNIQUE INDEX organisations_slug_key ON organisations (slug);

-- Chapters form one tree per organisation. `ancestors` holds the ids from the root down to and
-- including the chapter itself, so subtree and ancestry checks are one indexed array test.
CREATE TABLE chapters (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    parent_id uuid,
    ancestors uuid[] NOT NULL,
    kind text NOT NULL CHECK (kind IN ('national', 'county', 'local')),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    county_code text REFERENCES counties (code),
    region_code text REFERENCES regions (code),
    founded_on date,
    closed_on date,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT chapters_org_id_key UNIQUE (organisation_id, id),
    CONSTRAINT chapters_parent_same_org FOREIGN KEY (organisation_id, parent_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT chapters_root_is_national CHECK ((parent_id IS NULL) = (kind = 'national')),
    CONSTRAINT chapters_dates CHECK (founded_on IS NULL OR closed_on IS NULL OR founded_on <= closed_on),
    CONSTRAINT chapters_ancestors_end_in_self CHECK (ancestors[array_length(ancestors, 1)] = id)
);
CREATE UNIQUE INDEX chapters_one_root_per_org ON chapters (organisation_id) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX chapters_sibling_name_key ON chapters (parent_id, lower(name));
CREATE INDEX chapters_org_name_idx ON chapters (organisation_id, name, id);
CREATE INDEX chapters_ancestors_idx ON chapters USING gin (ancestors);

-- Accounts are platform-wide: one person may hold roles in several organisations. What an
-- account may do in an organisation is given by its grants, which carry the organisation id.
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash text NOT NULL,
    language text,
    disabled_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE grants (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    role text NOT NULL CHECK (role IN ('platform_admin', 'org_admin', 'chapter_leader', 'volunteer', 'member')),
    organisation_id uuid REFERENCES organisations (id),
    chapter_id uuid,
    valid_from timestamptz NOT NULL DEFAULT now(),
    valid_to timestamptz,
    granted_by uuid REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT grants_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT grants_scope_fits_role CHECK (CASE role
        WHEN 'platform_admin' THEN organisation_id IS NULL AND chapter_id IS NULL
        WHEN 'org_admin' THEN organisation_id IS NOT NULL AND chapter_id IS NULL
        ELSE organisation_id IS NOT NULL AND chapter_id IS NOT NULL END),
    CONSTRAINT grants_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX grants_user_idx ON grants (user_id);
CREATE INDEX grants_org_chapter_idx ON grants (organisation_id, chapter_id);

CREATE TABLE invitations (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    chapter_id uuid,
    role text NOT NULL CHECK (role IN ('org_admin', 'chapter_leader', 'volunteer', 'member')),
    email text NOT NULL CHECK (email = lower(email)),
    token_hash bytea NOT NULL,
    invited_by uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by uuid REFERENCES users (id),
    CONSTRAINT invitations_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id),
    CONSTRAINT invitations_scope_fits_role CHECK ((role = 'org_admin') = (chapter_id IS NULL))
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);
CREATE INDEX invitations_org_idx ON invitations (organisation_id);

-- Refresh tokens are stored as SHA-256 digests. A family is one sign-in; reusing a rotated
-- token revokes the whole family.
CREATE TABLE refresh_tokens (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    family_id uuid NOT NULL,
    token_hash bytea NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    revoked_at timestamptz
);
CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Fixed-window counters shared by every replica (login throttling). Losing them in a crash
-- only resets the windows, so the table is not WAL-logged.
CREATE UNLOGGED TABLE rate_limit_windows (
    bucket text NOT NULL,
    window_start timestamptz NOT NULL,
    hits integer NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- The audit trail: names of changed fields, never their values. Append-only.
CREATE TABLE audit_events (
    id uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    organisation_id uuid REFERENCES organisations (id),
    actor_user_id uuid REFERENCES users (id),
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid,
    request_id text,
    changed_fields text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_org_idx ON audit_events (organisation_id, id DESC);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
