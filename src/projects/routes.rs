//! `/api/v1/orgs/{org}/projects`.

use actix_web::{HttpResponse, get, post, web};
use chrono::Utc;
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::queries::{self, Project};
use super::types::{NewProject, ProjectFilter, ProjectResponse, ProjectStatus};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::organisations::queries::find_by_slug;

/// Start a project of two or more chapters (org admins).
#[utoipa::path(operation_id = "create_project", tag = "activities",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = NewProject,
    responses((status = 201, description = "Created", body = ProjectResponse)))]
#[post("/orgs/{org}/projects")]
pub async fn create_project(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<NewProject>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::CreateProject, Target::Org(org.id))?;
    let mut chapter_ids = body.chapter_ids;
    chapter_ids.sort_unstable();
    chapter_ids.dedup();
    if chapter_ids.len() < 2 {
        return Err(ApiError::unprocessable("chapter_ids", "too_few_chapters"));
    }
    let known = queries::count_chapters(&mut conn, org.id, &chapter_ids).await?;
    if usize::try_from(known).unwrap_or(0) != chapter_ids.len() {
        return Err(ApiError::missing("chapter_ids", "unknown_chapter"));
    }
    let project = Project {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        name: body.name.into(),
        year: body.year,
        status: body.status.unwrap_or(ProjectStatus::Active),
        created_at: Utc::now(),
    };
    let project = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let project = queries::insert(conn, &project, &chapter_ids).await?;
            audit::record(conn, &meta, caller.user_id, Event::new(Some(org.id), "create", "project", Some(project.id)))
                .await?;
            Ok(project)
        })
        .await?;
    Ok(HttpResponse::Created().json(ProjectResponse::new(project, chapter_ids)))
}

/// The organisation's projects, newest first (anyone holding a role in it).
#[utoipa::path(operation_id = "list_projects", tag = "activities",
    params(("org" = String, Path, description = "Organisation slug"), ProjectFilter, PageParams),
    responses((status = 200, description = "One page of projects", body = Page<ProjectResponse>)))]
#[get("/orgs/{org}/projects")]
pub async fn list_projects(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    filter: ValidQuery<ProjectFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListProjects, Target::Org(org.id))?;
    let rows = queries::list(&mut conn, org.id, filter.0.year, page.after(), page.fetch()).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |(p, _)| p.id).map(|(p, c)| ProjectResponse::new(p, c))))
}
