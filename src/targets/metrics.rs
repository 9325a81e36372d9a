//! The metrics targets are measured by. Each is defined once, as the SQL function
//! `metric_<name>` in the targets migration, where its comment gives the exact definition;
//! this module says what kind of figure each is and which parameter it takes.

use crate::catalogues::types::Catalogue;

crate::text_enum! {
    /// What a target measures. See `docs/TARGETS.md` for each definition.
    #[derive(PartialOrd, Ord)]
    pub enum Metric: "metric" {
        ActiveMembers => "active_members",
        YouthMembers => "youth_members",
        YouthShare => "youth_share",
        PayingMembers => "paying_members",
        NewMembers => "new_members",
        EndedMembers => "ended_members",
        MembersWithLanguage => "members_with_language",
        MembersWithRelation => "members_with_relation",
        ChaptersOpen => "chapters_open",
        ChaptersFounded => "chapters_founded",
        ActiveVolunteers => "active_volunteers",
        NewlyQualified => "newly_qualified",
        CoursesHeld => "courses_held",
        GroupsRunning => "groups_running",
        GroupsLedCompletely => "groups_led_completely",
        CompleteLeadershipShare => "complete_leadership_share",
        Activities => "activities",
        ActivityMinutes => "activity_minutes",
        ActivityParticipants => "activity_participants",
        CrossChapterProjects => "cross_chapter_projects",
    }
}

/// When a metric is read: as things stand on a day, or added up over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    OnDay,
    OverPeriod,
}

/// Whether a metric takes a parameter, and whether it must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parameter {
    None,
    /// Without one, every code counts.
    Optional(Vocabulary),
    Required(Vocabulary),
}

/// Where a parameter's code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    Catalogue(Catalogue),
    Language,
    CourseType,
    ChapterKind,
}

impl Metric {
    pub fn reading(self) -> Reading {
        match self {
            Self::ActiveMembers
            | Self::YouthMembers
            | Self::YouthShare
            | Self::MembersWithLanguage
            | Self::MembersWithRelation
            | Self::ChaptersOpen
            | Self::ActiveVolunteers
            | Self::GroupsRunning
            | Self::GroupsLedCompletely
            | Self::CompleteLeadershipShare => Reading::OnDay,
            Self::PayingMembers
            | Self::NewMembers
            | Self::EndedMembers
            | Self::ChaptersFounded
            | Self::NewlyQualified
            | Self::CoursesHeld
            | Self::Activities
            | Self::ActivityMinutes
            | Self::ActivityParticipants
            | Self::CrossChapterProjects => Reading::OverPeriod,
        }
    }

    /// A share (a percentage of a denominator), not a count.
    pub fn is_share(self) -> bool {
        matches!(self, Self::YouthShare | Self::CompleteLeadershipShare)
    }

    pub fn parameter(self) -> Parameter {
        use Vocabulary::Catalogue as C;
        match self {
            Self::MembersWithLanguage => Parameter::Required(Vocabulary::Language),
            Self::MembersWithRelation => Parameter::Required(C(Catalogue::Relation)),
            Self::ActiveVolunteers | Self::NewlyQualified => Parameter::Required(C(Catalogue::VolunteerRole)),
            Self::GroupsRunning | Self::GroupsLedCompletely | Self::CompleteLeadershipShare => {
                Parameter::Optional(C(Catalogue::GroupKind))
            }
            Self::Activities | Self::ActivityMinutes | Self::ActivityParticipants => {
                Parameter::Optional(C(Catalogue::ActivityKind))
            }
            Self::CoursesHeld => Parameter::Optional(Vocabulary::CourseType),
            Self::ChaptersOpen | Self::ChaptersFounded => Parameter::Optional(Vocabulary::ChapterKind),
            _ => Parameter::None,
        }
    }

    /// Whether what it counts can lapse on a known day (a qualification, a role, a group).
    pub fn looks_ahead(self) -> bool {
        matches!(self, Self::ActiveVolunteers | Self::GroupsRunning | Self::GroupsLedCompletely | Self::ChaptersOpen)
    }

    /// The SQL function that defines it.
    pub fn function(self) -> String {
        format!("metric_{}", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The migration declares a function for every metric and allows every word in `targets`.
    #[test]
    fn the_migration_defines_every_metric() {
        let sql = include_str!("../../migrations/2026-12-01-000009_targets/up.sql");
        for metric in Metric::ALL {
            assert!(sql.contains(&format!("CREATE FUNCTION {}(", metric.function())), "{metric:?}");
            assert!(sql.contains(&format!("'{}'", metric.as_str())), "{metric:?}");
        }
    }
}
