//! Request and response types for sign-in and the caller's profile.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use chrono::{DateTime, NaiveDate, Utc};

use crate::auth::Role;
use crate::groups::queries::{GroupStatus, LeaderKind};
use crate::ids::{ChapterId, OrgId, PersonId, UserId};

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[validate(length(min = 1, max = 254))]
    /// The example is an account of the demo data (`fellesskap serve --demo`).
    #[schema(min_length = 1, max_length = 254, example = "sekretariat@lpp.example")]
    pub email: String,
    #[validate(length(min = 1, max = 1024))]
    #[schema(min_length = 1, max_length = 1024, format = Password, example = "fellesskap-demo")]
    pub password: String,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub refresh_token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer …`.
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Single use: each refresh returns a new one. Reusing an old one ends the session.
    pub refresh_token: String,
    pub refresh_expires_in: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyGrant {
    pub id: Uuid,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
    pub organisation_slug: Option<String>,
    pub chapter_id: Option<ChapterId>,
    pub chapter_name: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeResponse {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub language: Option<String>,
    /// The roles held right now.
    pub grants: Vec<MyGrant>,
    /// The person records this account is linked to, one per organisation at most: what the
    /// account holder does there as a volunteer.
    pub people: Vec<MyPerson>,
}

/// The account holder as a person of one organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyPerson {
    pub organisation_id: OrgId,
    pub organisation_slug: String,
    pub person_id: PersonId,
    pub linked_at: DateTime<Utc>,
    /// Volunteer roles held today.
    pub roles: Vec<MyRole>,
    /// Every course completed, oldest first.
    pub qualifications: Vec<MyQualification>,
    /// Groups led today or from a later day.
    pub groups: Vec<MyGroup>,
    /// Conversation requests assigned to them and not ended: to accept or decline, or
    /// accepted and not closed.
    pub assignments: Vec<crate::peer_support::types::MyAssignment>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyRole {
    pub id: Uuid,
    pub chapter_id: ChapterId,
    pub chapter_name: String,
    /// A code of the organisation's `volunteer_role` catalogue.
    pub role: String,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
    /// Whether the role counts today: held, and qualified for when a course qualifies for it.
    pub active: bool,
    /// Whether a course is needed for the role.
    pub needs_qualification: bool,
    /// The first day the qualification for it no longer counts; absent when none is needed or
    /// it never lapses.
    pub qualified_until: Option<NaiveDate>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyQualification {
    pub course_run_id: Uuid,
    pub course_type: String,
    pub completed_on: NaiveDate,
    /// The first day it no longer qualifies; absent: it never lapses.
    pub expires_on: Option<NaiveDate>,
    /// Days from today until `expires_on`: zero or less once it has lapsed.
    pub days_to_expiry: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MyGroup {
    pub group_id: Uuid,
    pub name: String,
    pub chapter_id: ChapterId,
    pub status: GroupStatus,
    pub leader_kind: LeaderKind,
    pub from_on: NaiveDate,
    pub to_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkAccount {
    /// An account holding a role where the caller may hand out roles.
    pub user_id: UserId,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountLink {
    pub person_id: PersonId,
    pub user_id: UserId,
    pub linked_at: DateTime<Utc>,
}
