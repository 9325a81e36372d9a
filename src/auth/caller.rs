//! The caller of a request: anonymous, or an account with the grants active right now.
//! Grants are read from the database on every request, so a revocation takes effect at once
//! on every replica.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::policy::Role;
use crate::db::schema::{grants, users};
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveGrant {
    pub id: Uuid,
    pub role: Role,
    pub organisation_id: Option<Uuid>,
    pub chapter_id: Option<Uuid>,
}

/// The signed-in account behind a request, with its active grants. Every handler that needs a
/// signed-in caller takes one; extracting it answers 401 when the request carries no credentials,
/// before its body is read or anything is looked up, so an anonymous caller learns neither the
/// rules of the input nor what exists. Public handlers do not take one.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    pub user_id: Option<Uuid>,
    pub grants: Vec<ActiveGrant>,
}

impl Caller {
    pub fn is_platform_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::PlatformAdmin)
    }

    pub fn belongs_to(&self, org: Uuid) -> bool {
        self.grants.iter().any(|g| g.organisation_id == Some(org))
    }

    pub fn is_org_admin(&self, org: Uuid) -> bool {
        self.grants.iter().any(|g| g.role == Role::OrgAdmin && g.organisation_id == Some(org))
    }

    /// Whether the caller leads one of `ancestors` (a chapter's path from the root to itself).
    pub fn leads_any(&self, org: Uuid, ancestors: &[Uuid]) -> bool {
        self.grants.iter().any(|g| {
            g.role == Role::ChapterLeader
                && g.organisation_id == Some(org)
                && g.chapter_id.is_some_and(|c| ancestors.contains(&c))
        })
    }

    /// Whether the caller is a volunteer of exactly this chapter.
    pub fn volunteers_in(&self, org: Uuid, chapter: Uuid) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::Volunteer && g.organisation_id == Some(org) && g.chapter_id == Some(chapter))
    }

    /// The organisations the caller holds any role in (empty for platform admins, who see all).
    pub fn organisations(&self) -> Vec<Uuid> {
        let mut orgs: Vec<Uuid> = self.grants.iter().filter_map(|g| g.organisation_id).collect();
        orgs.sort_unstable();
        orgs.dedup();
        orgs
    }

    /// The signed-in account's id; only for operations whose policy already required one.
    pub fn id(&self) -> Result<Uuid, ApiError> {
        self.user_id.ok_or(ApiError::Unauthenticated { code: "unauthenticated" })
    }
}

/// The active grants of an enabled account; `None` when the account is gone or disabled.
pub async fn load_active_grants(conn: &mut AsyncPgConnection, user_id: Uuid) -> QueryResult<Option<Vec<ActiveGrant>>> {
    let enabled: Option<Uuid> = users::table
        .filter(users::id.eq(user_id).and(users::disabled_at.is_null()))
        .select(users::id)
        .first(conn)
        .await
        .optional()?;
    if enabled.is_none() {
        return Ok(None);
    }
    let rows: Vec<(Uuid, String, Option<Uuid>, Option<Uuid>)> = grants::table
        .filter(grants::user_id.eq(user_id))
        .filter(grants::valid_from.le(diesel::dsl::now))
        .filter(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)))
        .select((grants::id, grants::role, grants::organisation_id, grants::chapter_id))
        .load(conn)
        .await?;
    Ok(Some(
        rows.into_iter()
            .filter_map(|(id, role, organisation_id, chapter_id)| {
                Role::parse(&role).map(|role| ActiveGrant { id, role, organisation_id, chapter_id })
            })
            .collect(),
    ))
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.to_str().ok().and_then(|s| s.strip_prefix("Bearer ")).map(str::trim).map(str::to_owned));
        let state = req.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let token = match bearer {
                None => return Err(ApiError::Unauthenticated { code: "unauthenticated" }),
                Some(None) => return Err(ApiError::Unauthenticated { code: "invalid_token" }),
                Some(Some(token)) => token,
            };
            let state = state.ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))?;
            let user_id = state.tokens.verify_access(&token)?;
            let mut conn = state.conn().await?;
            let grants = load_active_grants(&mut conn, user_id)
                .await?
                .ok_or(ApiError::Unauthenticated { code: "invalid_token" })?;
            Ok(Caller { user_id: Some(user_id), grants })
        })
    }
}
