//! Request and response types for chapters, with their validation rules.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::queries::{Chapter, ChapterKind, ChapterQuery, ChildKind};
use crate::field::Name;
use crate::ids::{ChapterId, OrgId};

#[derive(Debug, Serialize, ToSchema)]
pub struct ChapterResponse {
    pub id: ChapterId,
    pub organisation_id: OrgId,
    /// Absent for the national chapter at the root.
    pub parent_id: Option<ChapterId>,
    /// The chapters above this one, from the root down to its parent.
    pub ancestor_ids: Vec<ChapterId>,
    /// 1 for the national chapter, 2 for its children, …
    pub depth: usize,
    pub kind: ChapterKind,
    pub name: String,
    pub county_code: Option<String>,
    pub region_code: Option<String>,
    pub founded_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    /// Send as `If-Match` when updating.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Chapter> for ChapterResponse {
    fn from(c: Chapter) -> Self {
        let kind = c.kind;
        let depth = c.ancestors.len();
        let mut ancestor_ids = c.ancestors;
        ancestor_ids.pop();
        Self {
            id: c.id,
            organisation_id: c.organisation_id,
            parent_id: c.parent_id,
            ancestor_ids,
            depth,
            kind,
            name: c.name,
            county_code: c.county_code,
            region_code: c.region_code,
            founded_on: c.founded_on,
            closed_on: c.closed_on,
            version: c.version,
            created_at: c.created_at,
            updated_at: c.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateChapter {
    /// There is one national chapter, made with the organisation.
    #[schema(example = "local")]
    pub kind: ChildKind,
    pub name: Name,
    /// Two-digit county number; the region follows from it unless given.
    #[validate(length(equal = 2))]
    #[schema(min_length = 2, max_length = 2, example = "50")]
    pub county_code: Option<String>,
    #[validate(length(min = 2, max = 16))]
    #[schema(min_length = 2, max_length = 16, example = "midt")]
    pub region_code: Option<String>,
    pub founded_on: Option<NaiveDate>,
}

/// Fields to change; absent fields stay as they are, `null` clears a field.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateChapter {
    pub name: Option<Name>,
    /// Move the chapter (and everything under it) under another chapter of the organisation.
    pub parent_id: Option<ChapterId>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[validate(length(equal = 2))]
    #[schema(value_type = Option<String>, nullable, min_length = 2, max_length = 2)]
    pub county_code: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[validate(length(min = 2, max = 16))]
    #[schema(value_type = Option<String>, nullable, min_length = 2, max_length = 16)]
    pub region_code: Option<Option<String>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<NaiveDate>, nullable)]
    pub founded_on: Option<Option<NaiveDate>>,
    /// Closing a chapter keeps it and its history; it then drops out of default lists.
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<NaiveDate>, nullable)]
    pub closed_on: Option<Option<NaiveDate>>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChapterFilter {
    pub kind: Option<ChapterKind>,
    #[validate(length(equal = 2))]
    #[param(min_length = 2, max_length = 2)]
    pub county_code: Option<String>,
    #[validate(length(min = 2, max = 16))]
    #[param(min_length = 2, max_length = 16)]
    pub region_code: Option<String>,
    /// Only the direct children of this chapter.
    pub parent_id: Option<ChapterId>,
    /// Only this chapter and every chapter under it.
    pub under: Option<ChapterId>,
    /// Include chapters that have closed (default: false).
    pub include_closed: Option<bool>,
}

impl From<ChapterFilter> for ChapterQuery {
    fn from(f: ChapterFilter) -> Self {
        Self {
            kind: f.kind,
            county_code: f.county_code,
            region_code: f.region_code,
            parent_id: f.parent_id,
            under: f.under,
            include_closed: f.include_closed.unwrap_or(false),
        }
    }
}
