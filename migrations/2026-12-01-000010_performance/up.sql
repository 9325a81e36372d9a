-- What a request costs: a member read in one statement, and reads audited without waiting
-- for the WAL to reach the disk.

-- Every membership of a person, oldest first, each with its periods and fees: the whole of a
-- member's history in the statement that reads the person (members/queries.rs::find_member).
CREATE FUNCTION member_memberships(person uuid) RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(jsonb_agg(to_jsonb(m) || jsonb_build_object(
        'periods', coalesce((SELECT jsonb_agg(to_jsonb(p) ORDER BY p.valid_from, p.id)
                             FROM membership_periods p WHERE p.membership_id = m.id), '[]'::jsonb),
        'fees', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.year)
                          FROM membership_fees f WHERE f.membership_id = m.id), '[]'::jsonb)
    ) ORDER BY m.created_at, m.id), '[]'::jsonb)
    FROM memberships m WHERE m.person_id = person
$$;

-- The audit record of a read, committed asynchronously: a crash of the database can lose the
-- read records of its last moments (at most three times wal_writer_delay), never a write's
-- record. Called only as a statement of its own outside any transaction (audit/mod.rs), and
-- it refuses to relax a transaction that has already written.
CREATE FUNCTION record_read_event(event_id uuid, organisation uuid, actor uuid, event_action text,
                                  event_entity_type text, event_entity uuid, request text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'record_read_event inside a transaction that has written';
    END IF;
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO audit_events (id, organisation_id, actor_user_id, action, entity_type, entity_id, request_id)
    VALUES (event_id, organisation, actor, event_action, event_entity_type, event_entity, request);
END
$$;
