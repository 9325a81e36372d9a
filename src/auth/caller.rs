//! The caller of a request: anonymous, or an account with the grants active right now.
//! Grants are read from the database on every request, so a revocation takes effect at once
//! on every replica.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::role::Role;
use crate::db::schema::{grants, sessions, users};
use crate::error::ApiError;
use crate::http::connection::{ConnectionOffer, app_state};
use crate::ids::{ChapterId, OrgId, UserId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveGrant {
    pub id: Uuid,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
    pub chapter_id: Option<ChapterId>,
    /// When it ends; `None` for open-ended grants.
    pub valid_to: Option<DateTime<Utc>>,
}

/// The signed-in account behind a request, with its active grants. Every handler that needs a
/// signed-in caller takes one; extracting it answers 401 when the request carries no credentials,
/// before its body is read or anything is looked up, so an anonymous caller learns neither the
/// rules of the input nor what exists. Public handlers do not take one.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    pub user_id: Option<UserId>,
    pub grants: Vec<ActiveGrant>,
}

impl Caller {
    pub fn is_platform_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::PlatformAdmin)
    }

    pub fn belongs_to(&self, org: OrgId) -> bool {
        self.grants.iter().any(|g| g.organisation_id == Some(org))
    }

    pub fn is_org_admin(&self, org: OrgId) -> bool {
        self.grants.iter().any(|g| g.role == Role::OrgAdmin && g.organisation_id == Some(org))
    }

    /// Whether the caller leads one of `ancestors` (a chapter's path from the root to itself).
    pub fn leads_any(&self, org: OrgId, ancestors: &[ChapterId]) -> bool {
        self.grants.iter().any(|g| {
            g.role == Role::ChapterLeader
                && g.organisation_id == Some(org)
                && g.chapter_id.is_some_and(|c| ancestors.contains(&c))
        })
    }

    /// The chapters the caller leads in `org`.
    pub fn led_chapters(&self, org: OrgId) -> Vec<ChapterId> {
        self.grants
            .iter()
            .filter(|g| g.role == Role::ChapterLeader && g.organisation_id == Some(org))
            .filter_map(|g| g.chapter_id)
            .collect()
    }

    /// Whether the caller is a volunteer of exactly this chapter.
    pub fn volunteers_in(&self, org: OrgId, chapter: ChapterId) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::Volunteer && g.organisation_id == Some(org) && g.chapter_id == Some(chapter))
    }

    /// The organisations the caller holds any role in (empty for platform admins, who see all).
    pub fn organisations(&self) -> Vec<OrgId> {
        let mut orgs: Vec<OrgId> = self.grants.iter().filter_map(|g| g.organisation_id).collect();
        orgs.sort_unstable();
        orgs.dedup();
        orgs
    }

    /// The signed-in account's id; only for operations whose policy already required one.
    pub fn id(&self) -> Result<UserId, ApiError> {
        self.user_id.ok_or(ApiError::Unauthenticated { code: "unauthenticated" })
    }
}

type GrantColumns = (Uuid, Role, Option<OrgId>, Option<ChapterId>, Option<DateTime<Utc>>);

fn to_active_grant((id, role, organisation_id, chapter_id, valid_to): GrantColumns) -> ActiveGrant {
    ActiveGrant { id, role, organisation_id, chapter_id, valid_to }
}

/// The active grants of an enabled account, outside any session: for re-checking, when an
/// invitation is accepted, that whoever sent it may still hand out its role.
pub async fn load_active_grants(conn: &mut AsyncPgConnection, user_id: UserId) -> QueryResult<Vec<ActiveGrant>> {
    let rows: Vec<GrantColumns> = grants::table
        .inner_join(users::table.on(users::id.eq(grants::user_id)))
        .filter(users::id.eq(user_id).and(users::disabled_at.is_null()))
        .filter(grants::valid_from.le(diesel::dsl::now))
        .filter(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)))
        .select((grants::id, grants::role, grants::organisation_id, grants::chapter_id, grants::valid_to))
        .load(conn)
        .await?;
    Ok(rows.into_iter().map(to_active_grant).collect())
}

/// The active grants of an enabled account in an open session, in one statement; `None` when
/// the account is gone or disabled or the session has ended (signed out, or its refresh
/// token was reused).
pub async fn load_caller_grants(
    conn: &mut AsyncPgConnection,
    user_id: UserId,
    session_id: Uuid,
) -> QueryResult<Option<Vec<ActiveGrant>>> {
    let active_grant = grants::user_id
        .eq(users::id)
        .and(grants::valid_from.le(diesel::dsl::now))
        .and(grants::valid_to.is_null().or(grants::valid_to.gt(diesel::dsl::now)));
    let rows: Vec<Option<GrantColumns>> = users::table
        .inner_join(sessions::table.on(sessions::user_id.eq(users::id)))
        .left_join(grants::table.on(active_grant))
        .filter(users::id.eq(user_id).and(users::disabled_at.is_null()))
        .filter(sessions::id.eq(session_id).and(sessions::ended_at.is_null()))
        .select((grants::id, grants::role, grants::organisation_id, grants::chapter_id, grants::valid_to).nullable())
        .load(conn)
        .await?;
    if rows.is_empty() {
        return Ok(None);
    }
    Ok(Some(rows.into_iter().flatten().map(to_active_grant).collect()))
}

/// The caller when the request carries credentials (which must then be valid), `None` when it
/// carries none: for public operations that do more for a signed-in caller.
pub struct OptionalCaller(pub Option<Caller>);

impl FromRequest for OptionalCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if !req.headers().contains_key(header::AUTHORIZATION) {
            return Box::pin(async { Ok(OptionalCaller(None)) });
        }
        let caller = Caller::from_request(req, payload);
        Box::pin(async move { Ok(OptionalCaller(Some(caller.await?))) })
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let bearer = req
            .headers()
            .get(header::AUTHORIZATION)
            .map(|v| v.to_str().ok().and_then(|s| s.strip_prefix("Bearer ")).map(str::trim).map(str::to_owned));
        let state = app_state(req);
        let offer = ConnectionOffer::register(req);
        Box::pin(async move {
            let token = match bearer {
                None => return Err(ApiError::Unauthenticated { code: "unauthenticated" }),
                Some(None) => return Err(ApiError::Unauthenticated { code: "invalid_token" }),
                Some(Some(token)) => token,
            };
            let state = state?;
            let claims = state.tokens.verify_access(&token)?;
            let mut conn = state.conn().await?;
            let grants = load_caller_grants(&mut conn, claims.user_id, claims.session_id)
                .await?
                .ok_or(ApiError::Unauthenticated { code: "invalid_token" })?;
            offer.hand_over(conn);
            Ok(Caller { user_id: Some(claims.user_id), grants })
        })
    }
}
