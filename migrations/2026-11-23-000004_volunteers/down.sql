DROP TABLE qualification_reminders;
DROP TABLE course_completions;
DROP TABLE course_runs;
DROP TABLE volunteer_roles;
DROP TRIGGER organisations_volunteer_defaults ON organisations;
DROP FUNCTION volunteer_defaults();
DROP FUNCTION insert_volunteer_defaults(uuid);
DROP TABLE course_types;
ALTER TABLE organisations DROP COLUMN qualification_reminder_days;
DELETE FROM catalogue_entries WHERE catalogue = 'volunteer_role';
ALTER TABLE catalogue_entries DROP CONSTRAINT catalogue_entries_catalogue_check;
ALTER TABLE catalogue_entries ADD CONSTRAINT catalogue_entries_catalogue_check
    CHECK (catalogue IN ('membership_type', 'relation'));
