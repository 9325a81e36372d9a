DROP INDEX activities_conversation_request_idx;
ALTER TABLE activities DROP COLUMN conversation_request_id;
DROP TABLE conversation_assignments;
DROP TABLE conversation_requests;
DROP TABLE peer_supporter_profiles;
ALTER TABLE organisations DROP COLUMN request_retention_days, DROP COLUMN first_contact_hours;
DROP TRIGGER organisations_peer_relation_defaults ON organisations;
DROP FUNCTION peer_relation_defaults();
DROP FUNCTION insert_peer_relation_defaults(uuid);
DELETE FROM catalogue_entries WHERE catalogue = 'peer_relation';
ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation', 'volunteer_role', 'group_kind', 'activity_kind'));
