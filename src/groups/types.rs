//! Request and response types for groups, their leaders and meetings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::{Group, Leader, Meeting};
pub use super::queries::{GroupStatus, LeaderKind};
use crate::catalogues::codes::Code;
use crate::field::Name;
use crate::ids::{ChapterId, PersonId};

/// The least number of each leader kind a group needs (0–10 each); none given: any one leader
/// will do. Stored as a JSON object of the kinds given, which `group_leadership_complete` reads.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadershipRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0, max = 10))]
    #[schema(minimum = 0, maximum = 10, example = 1)]
    pub professional: Option<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0, max = 10))]
    #[schema(minimum = 0, maximum = 10, example = 1)]
    pub trained_bereaved: Option<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0, max = 10))]
    #[schema(minimum = 0, maximum = 10)]
    pub co_leader: Option<i16>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroup {
    /// A code from the organisation's `group_kind` catalogue.
    pub kind: Code,
    pub name: Name,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    /// Default: active.
    pub status: Option<GroupStatus>,
}

/// Fields to change; absent fields stay, `ends_on: null` clears the end.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateGroup {
    pub name: Option<Name>,
    pub status: Option<GroupStatus>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<NaiveDate>, nullable)]
    pub ends_on: Option<Option<NaiveDate>>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLeader {
    pub person_id: PersonId,
    pub leader_kind: LeaderKind,
    /// Default: today.
    pub from_on: Option<NaiveDate>,
    pub to_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    /// Not in the future.
    pub held_on: NaiveDate,
    #[validate(range(min = 1, max = 1440))]
    #[schema(minimum = 1, maximum = 1440, example = 120)]
    pub duration_minutes: i32,
    /// How many took part; never who.
    #[validate(range(min = 0, max = 10000))]
    #[schema(minimum = 0, maximum = 10000, example = 7)]
    pub participants: i32,
}

#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GroupFilter {
    /// Only groups of this kind.
    pub kind: Option<Code>,
    pub status: Option<GroupStatus>,
    /// The day leaders and leadership are judged on (default today).
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LeaderResponse {
    pub id: Uuid,
    pub person_id: PersonId,
    pub leader_kind: LeaderKind,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
}

impl LeaderResponse {
    pub fn new(l: Leader, names: (Option<String>, Option<String>)) -> Self {
        Self {
            id: l.id,
            person_id: l.person_id,
            leader_kind: l.leader_kind,
            from_on: l.from_on,
            to_on: l.to_on,
            given_name: names.0,
            family_name: names.1,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupResponse {
    pub id: Uuid,
    pub chapter_id: ChapterId,
    pub kind: String,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub status: GroupStatus,
    /// Send as `If-Match` when updating.
    pub version: i32,
    /// Leaders on the day asked about (today by default).
    pub leaders: Vec<LeaderResponse>,
    /// Whether those leaders meet the organisation's rule.
    pub leadership_complete: bool,
}

impl GroupResponse {
    pub fn new(g: Group, leaders: Vec<LeaderResponse>, leadership_complete: bool) -> Self {
        Self {
            id: g.id,
            chapter_id: g.chapter_id,
            kind: g.kind_code,
            name: g.name,
            starts_on: g.starts_on,
            ends_on: g.ends_on,
            status: g.status,
            version: g.version,
            leaders,
            leadership_complete,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingResponse {
    pub id: Uuid,
    pub group_id: Uuid,
    pub held_on: NaiveDate,
    pub duration_minutes: i32,
    pub participants: i32,
}

impl From<Meeting> for MeetingResponse {
    fn from(m: Meeting) -> Self {
        Self {
            id: m.id,
            group_id: m.group_id,
            held_on: m.held_on,
            duration_minutes: m.duration_minutes,
            participants: m.participants,
        }
    }
}
