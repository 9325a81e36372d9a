DROP INDEX memberships_person_idx;
DROP TRIGGER membership_periods_track_open ON membership_periods;
DROP FUNCTION track_open_periods();
DROP FUNCTION fold_member_count_changes(integer);
DROP TABLE member_count_changes;
DROP TABLE member_counts;
