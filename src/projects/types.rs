//! Request and response types for projects.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::Project;
pub use super::queries::ProjectStatus;
use crate::field::Name;
use crate::ids::ChapterId;

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProject {
    pub name: Name,
    #[validate(range(min = 1900, max = 2100))]
    #[schema(minimum = 1900, maximum = 2100, example = 2026)]
    pub year: i16,
    /// Default: active.
    pub status: Option<ProjectStatus>,
    /// The participating chapters: two or more.
    #[validate(length(min = 2, max = 50))]
    #[schema(min_items = 2, max_items = 50)]
    pub chapter_ids: Vec<ChapterId>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProjectFilter {
    #[validate(range(min = 1900, max = 2100))]
    #[param(minimum = 1900, maximum = 2100)]
    pub year: Option<i16>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProjectResponse {
    pub id: Uuid,
    pub name: String,
    pub year: i16,
    pub status: ProjectStatus,
    pub chapter_ids: Vec<ChapterId>,
    pub created_at: DateTime<Utc>,
}

impl ProjectResponse {
    pub fn new(p: Project, chapter_ids: Vec<ChapterId>) -> Self {
        Self { id: p.id, name: p.name, year: p.year, status: p.status, chapter_ids, created_at: p.created_at }
    }
}
