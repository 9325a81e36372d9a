//! Request and response types for volunteer roles, courses and qualifications.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::{Completion, CourseRun, CourseType, RoleRow, VolunteerRow};
use crate::catalogues::codes::Code;
use crate::ids::{ChapterId, PersonId};
use crate::organisations::types::validate_labels;

/// Give a person a volunteer role in this chapter.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignRole {
    /// The person (member) who takes the role.
    pub person_id: PersonId,
    /// A code from the organisation's `volunteer_role` catalogue.
    pub role: Code,
    /// The first day the role is held (default today).
    pub from_on: Option<NaiveDate>,
    /// The last day it is held; absent while it has no end.
    pub to_on: Option<NaiveDate>,
}

/// End a role.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndRole {
    /// The last day the role is held (default today); not before its first day.
    pub to_on: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RoleResponse {
    pub id: Uuid,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub role: String,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
}

impl From<RoleRow> for RoleResponse {
    fn from(r: RoleRow) -> Self {
        Self {
            id: r.id,
            person_id: r.person_id,
            chapter_id: r.chapter_id,
            role: r.role_code,
            from_on: r.from_on,
            to_on: r.to_on,
        }
    }
}

/// Which volunteers to list; all filters combine.
#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VolunteerFilter {
    /// Only this role.
    pub role: Option<Code>,
    /// The day that counts (default today): roles held then, qualifications valid then.
    pub as_of: Option<NaiveDate>,
    /// Only volunteers who are (or are not) active in their role.
    pub active: Option<bool>,
    /// Only volunteers whose qualification lapses within this many days of `as_of`.
    #[validate(range(min = 1, max = 730))]
    #[param(minimum = 1, maximum = 730)]
    pub lapsing_within_days: Option<u16>,
}

/// A role held on the day, with the person and whether they are active in it.
#[derive(Debug, Serialize, ToSchema)]
pub struct VolunteerResponse {
    pub role_id: Uuid,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub role: String,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Whether some course type qualifies for this role, so that it needs a qualification.
    pub needs_qualification: bool,
    /// The first day the current qualification no longer counts; absent when there is none,
    /// or when it never lapses.
    pub qualification_expires_on: Option<NaiveDate>,
    /// Holds the role and, if it needs one, a valid qualification.
    pub active: bool,
}

impl From<VolunteerRow> for VolunteerResponse {
    fn from(v: VolunteerRow) -> Self {
        Self {
            role_id: v.id,
            person_id: v.person_id,
            chapter_id: v.chapter_id,
            role: v.role_code,
            from_on: v.from_on,
            to_on: v.to_on,
            given_name: v.given_name,
            family_name: v.family_name,
            email: v.email,
            phone: v.phone,
            needs_qualification: v.needs_qualification,
            qualification_expires_on: v.expires_on,
            active: v.active,
        }
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NewlyQualifiedParams {
    /// The year of the first qualifying completion.
    #[validate(range(min = 1900, max = 2100))]
    #[param(minimum = 1900, maximum = 2100, example = 2026)]
    pub year: i16,
    /// The role qualified for (default `peer_supporter`).
    pub role: Option<Code>,
}

/// A person who first qualified for the role in the year.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewlyQualified {
    pub person_id: PersonId,
    pub home_chapter_id: ChapterId,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub first_qualified_on: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NewlyQualifiedResponse {
    pub year: i16,
    pub role: String,
    /// How many there are in the chapter and under it, on every page together.
    pub count: i64,
    /// One page of them, by person id.
    pub items: Vec<NewlyQualified>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<Uuid>,
}

/// Add or change a course type.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutCourseType {
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = crate::organisations::types::Labels)]
    pub labels: BTreeMap<String, String>,
    /// How long a completion qualifies, in months; absent: for good.
    #[validate(range(min = 1, max = 600))]
    #[schema(minimum = 1, maximum = 600, example = 24)]
    pub validity_months: Option<i16>,
    /// Codes from the `volunteer_role` catalogue that a completion qualifies for.
    #[serde(default)]
    #[validate(length(max = 20))]
    #[schema(max_items = 20)]
    pub qualifies_for: Vec<Code>,
    /// Kept for history, no longer offered.
    #[serde(default)]
    pub retired: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseTypeResponse {
    pub code: String,
    #[schema(value_type = crate::organisations::types::Labels)]
    pub labels: BTreeMap<String, String>,
    pub validity_months: Option<i16>,
    pub qualifies_for: Vec<String>,
    pub retired: bool,
}

impl From<CourseType> for CourseTypeResponse {
    fn from(t: CourseType) -> Self {
        Self {
            code: t.code,
            labels: serde_json::from_value(t.labels).unwrap_or_default(),
            validity_months: t.validity_months,
            qualifies_for: t.qualifies_for,
            retired: t.retired,
        }
    }
}

/// A course held on a day, by a chapter or nationally.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCourseRun {
    pub course_type: Code,
    /// The organising chapter; absent: the national organisation.
    pub chapter_id: Option<ChapterId>,
    /// Not in the future.
    pub held_on: NaiveDate,
    /// People (members of the organisation) who taught it.
    #[serde(default)]
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    pub instructor_ids: Vec<PersonId>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CourseRunFilter {
    /// Only runs held in this year.
    #[validate(range(min = 1900, max = 2100))]
    #[param(minimum = 1900, maximum = 2100)]
    pub year: Option<i16>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseRunResponse {
    pub id: Uuid,
    pub course_type: String,
    pub chapter_id: Option<ChapterId>,
    pub held_on: NaiveDate,
    pub instructor_ids: Vec<PersonId>,
    /// How many completed it.
    pub completions: i64,
}

impl CourseRunResponse {
    pub fn new(r: CourseRun, completions: i64) -> Self {
        Self {
            id: r.id,
            course_type: r.course_type,
            chapter_id: r.chapter_id,
            held_on: r.held_on,
            instructor_ids: r.instructors,
            completions,
        }
    }
}

/// A person completed a course run.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordCompletion {
    pub person_id: PersonId,
    /// Default: the day the course was held. Not before it, not in the future.
    pub completed_on: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CompletionResponse {
    pub id: Uuid,
    pub course_run_id: Uuid,
    pub person_id: PersonId,
    pub course_type: String,
    pub completed_on: NaiveDate,
    /// The first day it no longer qualifies; absent: it never lapses.
    pub expires_on: Option<NaiveDate>,
}

impl From<Completion> for CompletionResponse {
    fn from(c: Completion) -> Self {
        Self {
            id: c.id,
            course_run_id: c.course_run_id,
            person_id: c.person_id,
            course_type: c.course_type,
            completed_on: c.completed_on,
            expires_on: c.expires_on,
        }
    }
}
