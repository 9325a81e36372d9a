-- Imports of member lists, from the command line or uploaded through the API. An upload waits
-- here, with its file, until a replica's background work claims it (queued → running, with a
-- lease so that a replica that stops mid-import leaves it to another); the file is emptied once
-- read. What each import did is kept as counts and as its problems: row numbers, column names
-- and codes, never a value from the file.
CREATE TABLE member_imports (
    id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    requested_by uuid REFERENCES users (id),
    state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    dry_run boolean NOT NULL,
    welcome boolean NOT NULL,
    file bytea,
    mapping text CHECK (length(mapping) <= 20000),
    lease_until timestamptz,
    rows_total integer,
    rows_read integer NOT NULL DEFAULT 0,
    created integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    refused integer NOT NULL DEFAULT 0,
    duplicates integer NOT NULL DEFAULT 0,
    flagged integer NOT NULL DEFAULT 0,
    ignored_columns text[] NOT NULL DEFAULT '{}',
    problems jsonb NOT NULL DEFAULT '[]'::jsonb,
    error_code text,
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    finished_at timestamptz,
    CONSTRAINT member_imports_file_until_read CHECK (file IS NULL OR state IN ('queued', 'running')),
    CONSTRAINT member_imports_finished CHECK ((finished_at IS NOT NULL) = (state IN ('done', 'failed')))
);
CREATE INDEX member_imports_waiting_idx ON member_imports (created_at) WHERE state IN ('queued', 'running');
CREATE INDEX member_imports_organisation_idx ON member_imports (organisation_id, created_at DESC);

-- Fees are counted per statement rather than per row: an import writes a hundred thousand fees
-- in one statement, and a row trigger would update each chapter's count for the year once per
-- fee, in one transaction, leaving every earlier version of that row for the next to step over.
DROP TRIGGER membership_fees_count ON membership_fees;
DROP FUNCTION count_fees();
CREATE FUNCTION count_fee_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE member_fee_counts c SET n = c.n - d.n
        FROM (SELECT organisation_id, chapter_id, year, count(*) AS n FROM removed GROUP BY 1, 2, 3) d
        WHERE c.organisation_id = d.organisation_id AND c.year = d.year AND c.chapter_id = d.chapter_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO member_fee_counts AS c (organisation_id, chapter_id, year, n)
        SELECT organisation_id, chapter_id, year, count(*) FROM added GROUP BY 1, 2, 3
        ON CONFLICT (organisation_id, year, chapter_id) DO UPDATE SET n = c.n + excluded.n;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER membership_fees_count_inserted AFTER INSERT ON membership_fees
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_fee_changes();
CREATE TRIGGER membership_fees_count_updated AFTER UPDATE ON membership_fees
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_fee_changes();
CREATE TRIGGER membership_fees_count_deleted AFTER DELETE ON membership_fees
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_fee_changes();
