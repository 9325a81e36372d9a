DROP FUNCTION record_read_event(uuid, uuid, uuid, text, text, uuid, text);
DROP FUNCTION member_memberships(uuid);
