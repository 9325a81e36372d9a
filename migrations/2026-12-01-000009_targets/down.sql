DROP TRIGGER organisations_target_checks ON organisations;
DROP FUNCTION target_checks_for_new_organisation;
DROP TABLE target_checks;
DROP TABLE target_unit_states;
DROP TABLE targets;
DROP FUNCTION metric_cross_chapter_projects, metric_activity_participants, metric_activity_minutes, metric_activities,
    activities_in, projects_of_years, metric_complete_leadership_share, metric_groups_led_completely, metric_groups_running,
    metric_courses_held, metric_newly_qualified, metric_active_volunteers, metric_chapters_founded,
    metric_chapters_open, metric_members_with_relation, metric_members_with_language, metric_ended_members,
    metric_new_members, metric_paying_members, metric_youth_share, metric_youth_members, metric_active_members,
    first_qualifications, groups_running_on, chapter_region, chapter_county;
DROP INDEX membership_periods_org_closed_idx, activities_org_idx, membership_fees_org_idx, membership_periods_org_idx, member_count_changes_org_idx,
    member_counts_org_idx;
DROP FUNCTION memberships_on, utc_today;
ALTER TABLE organisations DROP COLUMN target_warning_days;
