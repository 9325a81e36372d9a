-- A rate-limit hit commits without waiting for the WAL to reach the disk. Every request from
-- one client address updates the same window row, and holds its lock until its commit: with a
-- flush in each commit, a campaign's sign-ups from one network queued on that row. A crash of
-- the database can forget the hits of its last moments (at most three times
-- wal_writer_delay), which only lets a few more attempts through.
-- Called only as a statement of its own outside any transaction (auth/throttle.rs refuses
-- a connection inside one, since the setting would hold for what the transaction writes
-- later), and it refuses to relax a transaction that has already written.
CREATE FUNCTION count_rate_limit_hits(buckets text[], window_secs integer)
RETURNS TABLE (bucket text, hits integer, window_end timestamptz)
LANGUAGE plpgsql AS $$
-- The result's columns are named as the table's: in the statement, a name is the table's.
#variable_conflict use_column
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'count_rate_limit_hits inside a transaction that has written';
    END IF;
    PERFORM set_config('synchronous_commit', 'off', true);
    RETURN QUERY
        INSERT INTO rate_limit_windows AS w (bucket, window_start, hits)
        SELECT b, to_timestamp(floor(extract(epoch FROM now()) / window_secs) * window_secs), 1
        FROM unnest(buckets) AS b
        ON CONFLICT (bucket, window_start) DO UPDATE SET hits = w.hits + 1
        RETURNING w.bucket, w.hits, w.window_start + make_interval(secs => window_secs);
END
$$;
