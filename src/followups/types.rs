//! Request and response types for follow-ups and contacts.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

pub use super::queries::{Channel, Opening, Outcome};
use super::queries::{Contact, FollowUp, Kind, PersonContact};
use crate::catalogues::codes::Code;
use crate::field::Note;
use crate::ids::{ChapterId, PersonId};
use crate::organisations::types::validate_labels;

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpResponse {
    pub id: Uuid,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    /// A code of the organisation's follow-up kinds (`GET /orgs/{org}/follow-up-kinds`).
    pub kind: String,
    pub due_on: NaiveDate,
    /// Due before today.
    pub overdue: bool,
    pub completed_at: Option<DateTime<Utc>>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The member's language, to speak or write in.
    pub language: String,
}

impl FollowUpResponse {
    pub fn new(f: FollowUp, p: PersonContact, today: NaiveDate) -> Self {
        Self {
            id: f.id,
            person_id: f.person_id,
            chapter_id: f.chapter_id,
            kind: f.kind,
            overdue: f.completed_at.is_none() && f.due_on < today,
            due_on: f.due_on,
            completed_at: f.completed_at,
            given_name: p.given_name,
            family_name: p.family_name,
            email: p.email,
            phone: p.phone,
            language: p.language,
        }
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FollowUpFilter {
    /// Only follow-ups due on or before this day (e.g. today, for what is due now and overdue).
    pub due_by: Option<NaiveDate>,
    /// Only follow-ups of this kind (e.g. `peer_supporter_check_in`).
    pub kind: Option<Code>,
}

/// What opens follow-ups of a kind.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Opens {
    /// Joining: due the organisation's `welcome_follow_up_days` later. One kind per
    /// organisation opens so.
    Welcome,
    /// Joining: due this many days later.
    AfterJoining {
        #[schema(minimum = 1, maximum = 3650, example = 182)]
        days: i16,
    },
    /// Holding this role of the `volunteer_role` catalogue: due a year after the role began or
    /// the last follow-up of the kind was completed.
    YearlyInRole {
        #[schema(pattern = "^[a-z][a-z0-9_]{0,39}$", example = "peer_supporter")]
        role: String,
    },
}

/// A kind of follow-up as it should be; creates it or replaces it.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutFollowUpKind {
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = crate::organisations::types::Labels)]
    pub labels: std::collections::BTreeMap<String, String>,
    pub opens: Opens,
    /// Opens no more follow-ups; those open stay.
    #[serde(default)]
    pub retired: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUpKindResponse {
    pub code: String,
    #[schema(value_type = crate::organisations::types::Labels)]
    pub labels: std::collections::BTreeMap<String, String>,
    pub opens: Opens,
    pub retired: bool,
}

impl From<Kind> for FollowUpKindResponse {
    fn from(k: Kind) -> Self {
        let opens = match (k.opens, k.days_after_joining, k.role_code) {
            (Opening::AfterJoining, Some(days), _) => Opens::AfterJoining { days },
            (Opening::YearlyInRole, _, Some(role)) => Opens::YearlyInRole { role },
            _ => Opens::Welcome,
        };
        Self { code: k.code, labels: serde_json::from_value(k.labels).unwrap_or_default(), opens, retired: k.retired }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordContact {
    /// Default: today. Not in the future.
    pub contacted_on: Option<NaiveDate>,
    pub channel: Channel,
    #[validate(range(min = 0, max = 1440))]
    #[schema(minimum = 0, maximum = 1440, example = 20)]
    pub duration_minutes: Option<i32>,
    pub outcome: Outcome,
    /// Kept short and factual; never an identity number. Erased with the member.
    pub note: Option<Note>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactResponse {
    pub id: Uuid,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub follow_up_id: Option<Uuid>,
    pub contacted_on: NaiveDate,
    pub channel: Channel,
    pub duration_minutes: Option<i32>,
    pub outcome: Outcome,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<Contact> for ContactResponse {
    fn from(c: Contact) -> Self {
        Self {
            id: c.id,
            person_id: c.person_id,
            chapter_id: c.chapter_id,
            follow_up_id: c.follow_up_id,
            contacted_on: c.contacted_on,
            channel: c.channel,
            duration_minutes: c.duration_minutes,
            outcome: c.outcome,
            note: c.note,
            created_at: c.created_at,
        }
    }
}
