DROP TRIGGER membership_fees_count_inserted ON membership_fees;
DROP TRIGGER membership_fees_count_updated ON membership_fees;
DROP TRIGGER membership_fees_count_deleted ON membership_fees;
DROP FUNCTION count_fee_changes();
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
DROP TABLE member_imports;
