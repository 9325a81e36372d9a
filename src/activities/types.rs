//! Request and response types for the activity log.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::Activity;
pub use super::queries::ActivityChannel;
use crate::catalogues::codes::Code;
use crate::field::Note;
use crate::ids::ChapterId;

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewActivity {
    /// A code from the organisation's `activity_kind` catalogue.
    pub kind: Code,
    /// Not in the future.
    pub held_on: NaiveDate,
    #[validate(range(min = 1, max = 10080))]
    #[schema(minimum = 1, maximum = 10080, example = 45)]
    pub duration_minutes: i32,
    /// How many took part (besides the volunteers); never who.
    #[validate(range(min = 0, max = 100000))]
    #[schema(minimum = 0, maximum = 100000, example = 1)]
    pub participants: i32,
    pub channel: ActivityChannel,
    /// The volunteers involved: people holding a volunteer role in the chapter (for the
    /// secretariat: anywhere in the organisation) on the day.
    #[serde(default)]
    #[validate(length(max = 20))]
    #[schema(max_items = 20)]
    pub volunteer_ids: Vec<Uuid>,
    /// Short and factual, never about who was helped; not exported.
    pub note: Option<Note>,
}

#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActivityFilter {
    /// Held on or after this day.
    pub from: Option<NaiveDate>,
    /// Held on or before this day.
    pub to: Option<NaiveDate>,
    pub kind: Option<Code>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ActivityResponse {
    pub id: Uuid,
    /// Absent for the secretariat's own activities.
    pub chapter_id: Option<ChapterId>,
    pub kind: String,
    pub held_on: NaiveDate,
    pub duration_minutes: i32,
    pub participants: i32,
    pub channel: ActivityChannel,
    pub volunteer_ids: Vec<Uuid>,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    /// The conversation request a peer conversation was held for.
    pub conversation_request_id: Option<Uuid>,
}

impl ActivityResponse {
    pub fn new(a: Activity, volunteer_ids: Vec<Uuid>) -> Self {
        Self {
            id: a.id,
            chapter_id: a.chapter_id,
            kind: a.kind_code,
            held_on: a.held_on,
            duration_minutes: a.duration_minutes,
            participants: a.participants,
            channel: a.channel,
            volunteer_ids,
            note: a.note,
            created_at: a.created_at,
            conversation_request_id: a.conversation_request_id,
        }
    }
}
