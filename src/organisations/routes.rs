//! `/api/v1/orgs`: list, create, read and update organisations.

use actix_web::{HttpResponse, get, patch, post, web};
use diesel_async::AsyncConnection;

use super::queries::{self, Organisation, OrganisationChanges};
use super::types::{CreateOrganisation, OrganisationResponse, UpdateOrganisation, check_youth_band};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::chapters::queries::{self as chapter_queries, Chapter, ChapterKind};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, IfMatch, Page, PageParams, RequestMeta, ValidJson, ValidQuery, with_etag};

/// List the organisations the caller holds a role in (platform admins: all).
#[utoipa::path(operation_id = "list_orgs", tag = "organisations", params(PageParams),
    responses((status = 200, description = "One page of organisations, by slug", body = Page<OrganisationResponse>)))]
#[get("/orgs")]
pub async fn list_orgs(caller: Caller, mut conn: Db, page: ValidQuery<PageParams>) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::ListOrgs, Target::Nothing)?;
    let page = page.0;
    let visible = caller.organisations();
    let only = (!caller.is_platform_admin()).then_some(visible.as_slice());
    let rows = queries::list(&mut conn, only, page.after(), page.fetch()).await?;
    let page = page.page(rows, |(org, _)| org.id.uuid()).map(OrganisationResponse::from);
    Ok(HttpResponse::Ok().json(page))
}

/// Create an organisation with its national chapter (platform admins).
#[utoipa::path(operation_id = "create_org", tag = "organisations", request_body = CreateOrganisation,
    responses(
        (status = 201, description = "Created", body = OrganisationResponse),
        (status = 409, description = "The slug is taken", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/orgs")]
pub async fn create_org(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    body: ValidJson<CreateOrganisation>,
) -> ApiResult<HttpResponse> {
    authorize(&caller, Operation::CreateOrg, Target::Nothing)?;
    let body = body.0;
    check_youth_band(body.youth_age_min, body.youth_age_max)?;
    let mut org = Organisation::new(
        body.slug,
        body.name.into(),
        body.default_language.into(),
        (body.youth_age_min, body.youth_age_max),
    );
    org.chapter_kind_labels = serde_json::to_value(&body.chapter_kind_labels).map_err(anyhow::Error::from)?;
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let org = queries::insert(conn, &org).await?;
            let root = Chapter::new(org.id, None, ChapterKind::National, body.root_chapter_name.to_string());
            let root = chapter_queries::insert(conn, &root).await?;
            audit::record(
                conn,
                &meta,
                caller.user_id,
                Event::new(Some(org.id), "create", "organisation", Some(org.id.uuid())),
            )
            .await?;
            audit::record(
                conn,
                &meta,
                caller.user_id,
                Event::new(Some(org.id), "create", "chapter", Some(root.id.into())),
            )
            .await?;
            Ok((org, root.id))
        })
        .await?;
    Ok(HttpResponse::Created().json(OrganisationResponse::from(created)))
}

/// Read one organisation (anyone holding a role in it).
#[utoipa::path(operation_id = "get_org", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug")),
    responses((status = 200, description = "The organisation; its version is also the ETag", body = OrganisationResponse,
               headers(("ETag" = String, description = "The version, for `If-Match`")))))]
#[get("/orgs/{org}")]
pub async fn get_org(caller: Caller, mut conn: Db, org: web::Path<String>) -> ApiResult<HttpResponse> {
    let org = queries::find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::GetOrg, Target::Org(org.id))?;
    let root = queries::root_chapter_id(&mut conn, org.id).await?;
    Ok(with_etag(org.version).json(OrganisationResponse::from((org, root))))
}

/// Change an organisation's settings (org admins). Send `If-Match` with the version you read.
#[utoipa::path(operation_id = "update_org", tag = "organisations",
    params(("org" = String, Path, description = "Organisation slug"),
           ("If-Match" = String, Header, description = "The version (ETag) the change is based on; required",
            pattern = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#)),
    request_body = UpdateOrganisation,
    responses(
        (status = 200, description = "Updated", body = OrganisationResponse,
         headers(("ETag" = String, description = "The new version"))),
        (status = 412, description = "Changed by someone else since you read it", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[patch("/orgs/{org}")]
pub async fn update_org(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<UpdateOrganisation>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let current = queries::find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::UpdateOrg, Target::Org(current.id))?;
    if_match.check(current.version)?;
    check_youth_band(
        body.youth_age_min.unwrap_or(current.youth_age_min),
        body.youth_age_max.unwrap_or(current.youth_age_max),
    )?;
    let fields = crate::changed_fields!(body; name, default_language, youth_age_min, youth_age_max, chapter_kind_labels,
            welcome_follow_up_days, signup_expiry_days, qualification_reminder_days, group_leadership_rule,
            target_warning_days, brand_colour, embed_origins, first_contact_hours, request_retention_days);
    let changes = OrganisationChanges {
        name: body.name.map(String::from),
        default_language: body.default_language.map(String::from),
        youth_age_min: body.youth_age_min,
        youth_age_max: body.youth_age_max,
        chapter_kind_labels: body.chapter_kind_labels.map(|l| serde_json::to_value(l).unwrap_or_default()),
        welcome_follow_up_days: body.welcome_follow_up_days,
        signup_expiry_days: body.signup_expiry_days,
        qualification_reminder_days: body.qualification_reminder_days,
        group_leadership_rule: body.group_leadership_rule.map(|r| serde_json::to_value(r).unwrap_or_default()),
        target_warning_days: body.target_warning_days,
        brand_colour: body.brand_colour.map(|colour| colour.map(String::from)),
        embed_origins: body.embed_origins.map(|origins| origins.into_iter().map(String::from).collect()),
        first_contact_hours: body.first_contact_hours,
        request_retention_days: body.request_retention_days,
    };
    let updated = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let updated = queries::update(conn, current.id, current.version, &changes)
                .await?
                .ok_or(ApiError::PreconditionFailed)?;
            let event =
                Event::new(Some(current.id), "update", "organisation", Some(current.id.uuid())).fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(updated)
        })
        .await?;
    let root = queries::root_chapter_id(&mut conn, updated.id).await?;
    Ok(with_etag(updated.version).json(OrganisationResponse::from((updated, root))))
}
