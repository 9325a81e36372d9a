//! Request and response types for grants and invitations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::GrantRow;
use crate::auth::Role;
use crate::i18n::LanguageTag;
use crate::ids::{ChapterId, OrgId, UserId};
use crate::members::contact::Email;

#[derive(Debug, Serialize, ToSchema)]
pub struct GrantResponse {
    pub id: Uuid,
    pub user_id: UserId,
    pub user_email: String,
    pub user_display_name: String,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
    /// Absent for organisation-wide roles.
    pub chapter_id: Option<ChapterId>,
    pub valid_from: DateTime<Utc>,
    pub valid_to: Option<DateTime<Utc>>,
    pub granted_by: Option<UserId>,
    pub created_at: DateTime<Utc>,
}

impl From<GrantRow> for GrantResponse {
    fn from(GrantRow { grant: g, user_email, user_display_name }: GrantRow) -> Self {
        Self {
            id: g.id,
            user_id: g.user_id,
            user_email,
            user_display_name,
            role: g.role,
            organisation_id: g.organisation_id,
            chapter_id: g.chapter_id,
            valid_from: g.valid_from,
            valid_to: g.valid_to,
            granted_by: g.granted_by,
            created_at: g.created_at,
        }
    }
}

/// Roles held across a whole organisation.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgRole {
    OrgAdmin,
}

/// Roles held in a chapter (and, for leaders, every chapter under it).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChapterRole {
    ChapterLeader,
    Volunteer,
    Member,
}

impl From<OrgRole> for Role {
    fn from(role: OrgRole) -> Self {
        match role {
            OrgRole::OrgAdmin => Role::OrgAdmin,
        }
    }
}

impl From<ChapterRole> for Role {
    fn from(role: ChapterRole) -> Self {
        match role {
            ChapterRole::ChapterLeader => Role::ChapterLeader,
            ChapterRole::Volunteer => Role::Volunteer,
            ChapterRole::Member => Role::Member,
        }
    }
}

/// A role for an existing account, from now (or `valid_from`) until revoked (or `valid_to`).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateGrant<R> {
    pub user_id: UserId,
    pub role: R,
    /// Default: now.
    pub valid_from: Option<DateTime<Utc>>,
    /// Must not be before `valid_from`.
    pub valid_to: Option<DateTime<Utc>>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GrantFilter {
    pub role: Option<Role>,
    pub user_id: Option<UserId>,
    /// Include grants that have ended or not yet begun (default: false).
    pub include_inactive: Option<bool>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateInvitation<R> {
    pub email: Email,
    pub role: R,
    /// The language of the e-mail to the invitee. Default: the language of this request.
    pub language: Option<LanguageTag>,
}

/// An invitation as its sender sees it. The one-time link goes only to the invitee's
/// address; nothing here says whether that address has an account.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationResponse {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub chapter_id: Option<ChapterId>,
    pub expires_at: DateTime<Utc>,
}

/// The token from the invitation e-mail. When the invited address has no account yet, give a
/// name and a password to create it; when it has one, send the request signed in as it.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptInvitation {
    #[validate(length(min = 20, max = 100))]
    #[schema(min_length = 20, max_length = 100)]
    pub token: String,
    /// Needed when the e-mail address has no account yet.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200, example = "Kari Nordmann")]
    pub display_name: Option<String>,
    /// Needed when the e-mail address has no account yet.
    #[validate(length(min = 10, max = 128))]
    #[schema(min_length = 10, max_length = 128, format = Password)]
    pub password: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AcceptedInvitation {
    pub user_id: UserId,
    pub grant_id: Uuid,
    pub organisation_id: OrgId,
    /// Whether accepting created the account.
    pub account_created: bool,
    /// Whether the account was linked to the organisation's person record with the invited
    /// address, so that `GET /me` shows that person's roles, courses and groups.
    pub person_linked: bool,
}
