DROP INDEX follow_ups_person_kind_idx;
ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_kind_fkey;
DELETE FROM contact_log WHERE follow_up_id IN (SELECT id FROM follow_ups WHERE kind <> 'welcome');
DELETE FROM follow_ups WHERE kind <> 'welcome';
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_kind_check CHECK (kind IN ('welcome'));
DROP TRIGGER organisations_follow_up_kind_defaults ON organisations;
DROP FUNCTION follow_up_kind_defaults();
DROP FUNCTION insert_follow_up_kind_defaults(uuid);
DROP TABLE follow_up_kinds;
