-- Today's member counts without reading the whole history. Every open period (valid_to IS
-- NULL) counts one in its group; opening one adds one, closing or deleting one takes one away.
-- Writers only append to member_count_changes, so no row is fought over however many
-- sign-ups arrive at once; fold_member_count_changes() moves the changes into member_counts
-- (any replica may run it: it claims changes with SKIP LOCKED), and readers add the two.
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

-- A person's memberships are read with every member shown or listed.
CREATE INDEX memberships_person_idx ON memberships (person_id, created_at);
