//! Grants: list them, hand out a role, revoke one.

use actix_web::{HttpResponse, delete, get, post, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Grant, GrantListQuery, GrantScope};
use super::types::{CreateGrant, GrantFilter, GrantResponse};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Role, Target, authorize};
use crate::chapters::queries::{self as chapter_queries, Chapter};
use crate::chapters::routes::chapter_target;
use crate::error::{ApiError, ApiResult};
use crate::http::{Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::organisations::queries::find_by_slug;
use crate::state::AppState;

/// List every grant in an organisation (org admins). Audited.
#[utoipa::path(operation_id = "list_org_grants", tag = "access",
    params(("org" = String, Path, description = "Organisation slug"), GrantFilter, PageParams),
    responses((status = 200, description = "One page of grants", body = Page<GrantResponse>)))]
#[get("/orgs/{org}/grants")]
pub async fn list_org_grants(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    org: web::Path<String>,
    filter: ValidQuery<GrantFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListOrgGrants, Target::Org(org.id))?;
    list(&mut conn, &caller, &meta, org.id, GrantScope::Organisation(org.id), filter.0, page.0).await
}

/// List the grants held in a chapter and the chapters under it (its leaders, org admins). Audited.
#[utoipa::path(operation_id = "list_chapter_grants", tag = "access",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), GrantFilter, PageParams),
    responses((status = 200, description = "One page of grants", body = Page<GrantResponse>)))]
#[get("/chapters/{chapter_id}/grants")]
pub async fn list_chapter_grants(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<GrantFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let chapter = chapter_queries::find(&mut conn, *id).await?;
    authorize(&caller, Operation::ListChapterGrants, chapter_target(&chapter))?;
    list(&mut conn, &caller, &meta, chapter.organisation_id, GrantScope::Subtree(chapter.id), filter.0, page.0).await
}

async fn list(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    org: Uuid,
    scope: GrantScope,
    filter: GrantFilter,
    page: PageParams,
) -> ApiResult<HttpResponse> {
    let scope_id = match scope {
        GrantScope::Organisation(_) => None,
        GrantScope::Subtree(chapter) => Some(chapter),
    };
    let query = GrantListQuery {
        scope,
        role: filter.role,
        user_id: filter.user_id,
        include_inactive: filter.include_inactive.unwrap_or(false),
    };
    let rows = queries::list(conn, &query, page.after()?, page.fetch()).await?;
    audit::record_list_read(conn, meta, caller, org, "grant", scope_id).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |g| g.id)))
}

/// Give an existing account a role (org admins: any role in the organisation; chapter leaders:
/// chapter roles within their chapters).
#[utoipa::path(operation_id = "create_grant", tag = "access",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = CreateGrant,
    responses((status = 201, description = "Granted", body = GrantResponse)))]
#[post("/orgs/{org}/grants")]
pub async fn create_grant(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<CreateGrant>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let mut conn = state.conn().await?;
    let org = find_by_slug(&mut conn, &org).await?;
    let place = place_of_role(&mut conn, org.id, body.role, body.chapter_id).await?;
    let target =
        Target::Role { org: org.id, ancestors: place.as_ref().map(|c| c.ancestors.as_slice()), role: body.role };
    authorize(&caller, Operation::CreateGrant, target)?;
    let mut grant = Grant::new(body.user_id, body.role, Some(org.id), body.chapter_id, caller.user_id);
    grant.valid_from = body.valid_from.unwrap_or(grant.valid_from);
    grant.valid_to = body.valid_to;
    if grant.valid_to.is_some_and(|to| to < grant.valid_from) {
        return Err(ApiError::validation("valid_to", "valid_to_before_valid_from"));
    }
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let created = queries::insert(conn, &grant).await?;
            let event = Event::new(Some(org.id), "create", "grant", Some(created.id)).fields(vec![
                "user_id",
                "role",
                "chapter_id",
            ]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(queries::find_response(conn, created.id).await?)
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// End a grant now (whoever could have granted it). Revoking an ended grant is a no-op.
#[utoipa::path(operation_id = "revoke_grant", tag = "access",
    params(("grant_id" = Uuid, Path, description = "Grant id")),
    responses((status = 204, description = "Revoked")))]
#[delete("/grants/{grant_id}")]
pub async fn revoke_grant(
    state: web::Data<AppState>,
    caller: Caller,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let mut conn = state.conn().await?;
    let grant = queries::find(&mut conn, *id).await?;
    let chapter = match grant.chapter_id {
        Some(chapter_id) => Some(chapter_queries::find(&mut conn, chapter_id).await?),
        None => None,
    };
    let target = match (grant.organisation_id, grant.role()) {
        (Some(org), Some(role)) => {
            Target::Role { org, ancestors: chapter.as_ref().map(|c| c.ancestors.as_slice()), role }
        }
        _ => Target::Nothing,
    };
    authorize(&caller, Operation::RevokeGrant, target)?;
    conn.transaction::<_, ApiError, _>(async |conn| {
        if queries::revoke(conn, grant.id).await? > 0 {
            let event = Event::new(grant.organisation_id, "revoke", "grant", Some(grant.id)).fields(vec!["valid_to"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
        }
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Checks that `role` fits `chapter_id` within `org`, and loads the chapter for chapter roles.
pub async fn place_of_role(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    role: Role,
    chapter_id: Option<Uuid>,
) -> Result<Option<Chapter>, ApiError> {
    match (role, chapter_id) {
        (Role::PlatformAdmin, _) => Err(ApiError::unprocessable("role", "role_not_grantable")),
        (Role::OrgAdmin, None) => Ok(None),
        (Role::OrgAdmin, Some(_)) => Err(ApiError::unprocessable("chapter_id", "chapter_not_allowed")),
        (_, None) => Err(ApiError::unprocessable("chapter_id", "chapter_required")),
        (_, Some(id)) => match chapter_queries::find(conn, id).await {
            Ok(chapter) if chapter.organisation_id == org => Ok(Some(chapter)),
            Ok(_) | Err(diesel::result::Error::NotFound) => {
                Err(ApiError::unprocessable("chapter_id", "unknown_chapter"))
            }
            Err(other) => Err(other.into()),
        },
    }
}
