DROP FUNCTION volunteer_roles_on(date);
DROP FUNCTION group_leadership_complete(uuid, date);
DROP TABLE project_chapters;
DROP TABLE projects;
DROP TABLE activity_volunteers;
DROP TABLE activities;
DROP TABLE group_meetings;
DROP TABLE group_leaders;
DROP TABLE groups;
DROP TRIGGER organisations_activity_defaults ON organisations;
DROP FUNCTION activity_defaults();
DROP FUNCTION insert_activity_defaults(uuid);
ALTER TABLE organisations DROP COLUMN group_leadership_rule;
DELETE FROM catalogue_entries WHERE catalogue IN ('group_kind', 'activity_kind');
ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation', 'volunteer_role'));
