-- The counts' statement as a function, so that a connection plans it once: a statement the
-- service writes out in SQL is planned on every call (diesel caches only the statements it
-- builds), and this one took longer to plan than to run. Generic plans: the day, the chapter
-- and the period change with every call.
CREATE FUNCTION member_tallies(of_chapter uuid, on_day date, period_from date, period_to date, age_year integer,
                               youth_min integer, youth_max integer, for_year smallint)
RETURNS TABLE (dimension text, key text, own bigint, total bigint)
LANGUAGE plpgsql STABLE SET jit = off SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH scope AS (
        SELECT id, id = of_chapter AS own FROM chapters WHERE ancestors @> ARRAY[of_chapter]::uuid[]
    ), org AS (
        SELECT organisation_id AS id FROM chapters WHERE id = of_chapter
    ), stock AS (
        SELECT f.dimension, f.key, s.own, f.n
        FROM member_figures_on((SELECT id FROM org), on_day, ARRAY['status', 'type', 'birth_year']) f
        JOIN scope s ON s.id = f.chapter_id
    ), flows AS (
        SELECT x.dimension, s.own, x.n
        FROM member_flows_between((SELECT id FROM org), period_from, period_to) f JOIN scope s ON s.id = f.chapter_id
        CROSS JOIN LATERAL (VALUES ('joined', f.joined), ('ended', f.ended)) x (dimension, n)
    )
    SELECT 'status' AS dimension, key,
            coalesce(sum(n) FILTER (WHERE own), 0)::bigint AS own, coalesce(sum(n), 0)::bigint AS total
        FROM stock WHERE dimension = 'status' GROUP BY key
    UNION ALL
    SELECT 'type', key, coalesce(sum(n) FILTER (WHERE own), 0)::bigint, coalesce(sum(n), 0)::bigint
        FROM stock WHERE dimension = 'type' GROUP BY key
    UNION ALL
    SELECT 'age_band', CASE
            WHEN key = '0' THEN 'unknown'
            WHEN age_year - key::int < youth_min THEN 'under_youth'
            WHEN age_year - key::int <= youth_max THEN 'youth'
            ELSE 'over_youth' END,
        coalesce(sum(n) FILTER (WHERE own), 0)::bigint, coalesce(sum(n), 0)::bigint
        FROM stock WHERE dimension = 'birth_year' GROUP BY 2
    UNION ALL
    SELECT dimension, NULL, coalesce(sum(n) FILTER (WHERE own), 0)::bigint, coalesce(sum(n), 0)::bigint
        FROM flows GROUP BY dimension
    UNION ALL
    SELECT 'paying', NULL, coalesce(sum(c.n) FILTER (WHERE s.own), 0)::bigint, coalesce(sum(c.n), 0)::bigint
        FROM member_fee_counts c JOIN scope s ON s.id = c.chapter_id
        WHERE c.organisation_id = (SELECT id FROM org) AND c.year = for_year;
END
$$;
