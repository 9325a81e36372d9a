//! Request and response types for sign-in and the caller's profile.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::auth::Role;
use crate::ids::{ChapterId, OrgId, UserId};

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
}
