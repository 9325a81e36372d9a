//! Grants: list them, hand out a role, revoke one.

use actix_web::{HttpResponse, delete, get, post, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Grant, GrantListQuery, GrantScope};
use super::types::{ChapterRole, CreateGrant, GrantFilter, GrantResponse, OrgRole};
use crate::audit::{self, Event};
use crate::auth::policy::{grant_ceiling, grant_reach};
use crate::auth::{Caller, Operation, Role, Target, authorize};
use crate::chapters::queries as chapter_queries;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::{ChapterId, OrgId, UserId};
use crate::organisations::queries::find_by_slug;

/// List every grant in an organisation (org admins). Audited.
#[utoipa::path(operation_id = "list_org_grants", tag = "access",
    params(("org" = String, Path, description = "Organisation slug"), GrantFilter, PageParams),
    responses((status = 200, description = "One page of grants", body = Page<GrantResponse>)))]
#[get("/orgs/{org}/grants")]
pub async fn list_org_grants(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    filter: ValidQuery<GrantFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
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
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<GrantFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let chapter = chapter_queries::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ListChapterGrants, chapter_target(&chapter))?;
    list(&mut conn, &caller, &meta, chapter.organisation_id, GrantScope::Subtree(chapter.id), filter.0, page.0).await
}

async fn list(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    org: OrgId,
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
    let rows: Vec<GrantResponse> =
        queries::list(conn, &query, page.after(), page.fetch()).await?.into_iter().map(GrantResponse::from).collect();
    audit::record_list_read(conn, meta, caller, org, "grant", scope_id).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |g| g.id)))
}

/// Give an existing account an organisation-wide role (org admins).
#[utoipa::path(operation_id = "create_org_grant", tag = "access",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = CreateGrant<OrgRole>,
    responses((status = 201, description = "Granted", body = GrantResponse)))]
#[post("/orgs/{org}/grants")]
pub async fn create_org_grant(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<CreateGrant<OrgRole>>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    let body = body.0;
    let role = Role::from(body.role);
    let target = Target::Role { org: org.id, ancestors: None, role };
    authorize(&caller, Operation::CreateOrgGrant, target)?;
    let grant = new_grant(&caller, target, None, &body)?;
    insert(&mut conn, &caller, &meta, grant).await
}

/// Give an existing account a role in this chapter (its leaders and those above, org admins).
#[utoipa::path(operation_id = "create_chapter_grant", tag = "access",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    request_body = CreateGrant<ChapterRole>,
    responses((status = 201, description = "Granted", body = GrantResponse)))]
#[post("/chapters/{chapter_id}/grants")]
pub async fn create_chapter_grant(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<CreateGrant<ChapterRole>>,
) -> ApiResult<HttpResponse> {
    let chapter = chapter_queries::find(&mut conn, ChapterId::from(*id)).await?;
    let body = body.0;
    let role = Role::from(body.role);
    let target = Target::Role { org: chapter.organisation_id, ancestors: Some(&chapter.ancestors), role };
    authorize(&caller, Operation::CreateChapterGrant, target)?;
    let grant = new_grant(&caller, target, Some(chapter.id), &body)?;
    insert(&mut conn, &caller, &meta, grant).await
}

/// The grant `caller` asked for, held to the rules that keep anyone from widening their own
/// access: nobody grants a role to themselves, and a grant ends no later than the caller's own
/// grants that allow making it (an open end becomes that end).
fn new_grant<R>(
    caller: &Caller,
    target: Target<'_>,
    chapter: Option<ChapterId>,
    body: &CreateGrant<R>,
) -> ApiResult<Grant> {
    let Target::Role { org, role, .. } = target else { return Err(ApiError::Forbidden) };
    check_not_own(caller, body.user_id)?;
    let ceiling = grant_ceiling(caller, target);
    let mut grant = Grant::new(body.user_id, role, Some(org), chapter, caller.user_id);
    grant.valid_from = body.valid_from.unwrap_or(grant.valid_from);
    grant.valid_to = body.valid_to.or(ceiling);
    if let (Some(to), Some(ceiling)) = (grant.valid_to, ceiling)
        && to > ceiling
    {
        return Err(ApiError::unprocessable("valid_to", "grant_outlives_granter"));
    }
    if grant.valid_to.is_some_and(|to| to < grant.valid_from) {
        return Err(ApiError::validation("valid_to", "valid_to_before_valid_from"));
    }
    Ok(grant)
}

/// Nobody creates, extends or renews a grant for themselves.
pub(super) fn check_not_own(caller: &Caller, user_id: UserId) -> ApiResult<()> {
    if caller.user_id == Some(user_id) {
        return Err(ApiError::unprocessable("user_id", "own_grant"));
    }
    Ok(())
}

async fn insert(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    meta: &RequestMeta,
    grant: Grant,
) -> ApiResult<HttpResponse> {
    let reach = grant_reach(caller, grant.organisation_id.unwrap_or_default());
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            // Binding a role to someone else's account needs their consent (an invitation)
            // unless they already hold a role where the caller reaches: otherwise anyone could
            // attach a role to any account and read its name and e-mail from the grant list.
            if !queries::account_in_reach(conn, grant.user_id, &reach).await? {
                return Err(ApiError::missing("user_id", "unknown_user"));
            }
            let created = queries::insert(conn, &grant).await?;
            let event = Event::new(created.organisation_id, "create", "grant", Some(created.id)).fields(vec![
                "user_id",
                "role",
                "chapter_id",
            ]);
            audit::record(conn, meta, caller.user_id, event).await?;
            Ok(GrantResponse::from(queries::find_row(conn, created.id).await?))
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
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let grant = queries::find(&mut conn, *id).await?;
    let chapter = match grant.chapter_id {
        Some(chapter_id) => Some(chapter_queries::find(&mut conn, chapter_id).await?),
        None => None,
    };
    let target = match grant.organisation_id {
        Some(org) => {
            Target::Role { org, ancestors: chapter.as_ref().map(|c| c.ancestors.as_slice()), role: grant.role }
        }
        None => Target::Nothing,
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
