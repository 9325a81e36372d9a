//! `/api/v1/orgs/{org}/chapters` and `/api/v1/chapters/{chapter_id}`: the chapter tree.

use crate::guards::chapter_target;
use actix_web::{HttpResponse, get, patch, post, web};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Chapter, ChapterChanges, ChapterKind, ChapterQuery};
use super::types::{ChapterFilter, ChapterResponse, CreateChapter, UpdateChapter};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, IfMatch, Page, PageParams, RequestMeta, ValidJson, ValidQuery, with_etag};
use crate::ids::ChapterId;
use crate::organisations::queries::find_by_slug;

/// List an organisation's chapters by name (anyone holding a role in it).
#[utoipa::path(operation_id = "list_chapters", tag = "chapters",
    params(("org" = String, Path, description = "Organisation slug"), ChapterFilter, PageParams),
    responses((status = 200, description = "One page of chapters", body = Page<ChapterResponse>)))]
#[get("/orgs/{org}/chapters")]
pub async fn list_chapters(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    filter: ValidQuery<ChapterFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListChapters, Target::Org(org.id))?;
    let filter = ChapterQuery::from(filter.0);
    let rows = queries::list(&mut conn, org.id, &filter, page.after(), page.fetch()).await?;
    Ok(HttpResponse::Ok().json(page.page(rows, |c| c.id.uuid()).map(ChapterResponse::from)))
}

/// Read one chapter (anyone holding a role in its organisation).
#[utoipa::path(operation_id = "get_chapter", tag = "chapters",
    params(("chapter_id" = Uuid, Path, description = "Chapter id")),
    responses((status = 200, description = "The chapter; its version is also the ETag", body = ChapterResponse,
               headers(("ETag" = String, description = "The version, for `If-Match`")))))]
#[get("/chapters/{chapter_id}")]
pub async fn get_chapter(caller: Caller, mut conn: Db, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let chapter = queries::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::GetChapter, chapter_target(&chapter))?;
    Ok(with_etag(chapter.version).json(ChapterResponse::from(chapter)))
}

/// Found a chapter under this one (org admins).
#[utoipa::path(operation_id = "create_chapter", tag = "chapters",
    params(("chapter_id" = Uuid, Path, description = "The parent chapter")),
    request_body = CreateChapter,
    responses(
        (status = 201, description = "Created", body = ChapterResponse),
        (status = 409, description = "A sibling has that name", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/chapters/{chapter_id}/children")]
pub async fn create_chapter(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    parent_id: web::Path<Uuid>,
    body: ValidJson<CreateChapter>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let parent = queries::find(&mut conn, ChapterId::from(*parent_id)).await?;
    authorize(&caller, Operation::CreateChapter, chapter_target(&parent))?;
    let kind = ChapterKind::from(body.kind);
    check_placement(kind, &parent)?;
    let mut chapter = Chapter::new(parent.organisation_id, Some(&parent), kind, body.name.into());
    chapter.region_code = region_for(&mut conn, body.county_code.as_deref(), body.region_code).await?;
    chapter.county_code = body.county_code;
    chapter.founded_on = body.founded_on;
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let created = queries::insert(conn, &chapter).await?;
            let event = Event::new(Some(created.organisation_id), "create", "chapter", Some(created.id.into()));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(created)
        })
        .await?;
    Ok(HttpResponse::Created().json(ChapterResponse::from(created)))
}

/// Rename, move, re-place or close a chapter (org admins). Send `If-Match` with the version you read.
#[utoipa::path(operation_id = "update_chapter", tag = "chapters",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"),
           ("If-Match" = String, Header, description = "The version (ETag) the change is based on; required",
            pattern = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#)),
    request_body = UpdateChapter,
    responses(
        (status = 200, description = "Updated", body = ChapterResponse,
         headers(("ETag" = String, description = "The new version"))),
        (status = 409, description = "A sibling has that name", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed by someone else since you read it", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[patch("/chapters/{chapter_id}")]
pub async fn update_chapter(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<UpdateChapter>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let current = queries::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::UpdateChapter, chapter_target(&current))?;
    if_match.check(current.version)?;
    let new_parent = match body.parent_id {
        Some(parent_id) if Some(parent_id) != current.parent_id => {
            Some(new_parent_for(&mut conn, &current, parent_id).await?)
        }
        _ => None,
    };
    if matches!(body.closed_on, Some(Some(_))) && queries::has_open_children(&mut conn, current.id).await? {
        return Err(ApiError::conflict("closed_on", "open_children"));
    }
    let region_code = match (&body.county_code, &body.region_code) {
        (Some(Some(county)), None) => Some(region_for(&mut conn, Some(county), None).await?),
        (_, region) => region.clone(),
    };
    let fields = crate::changed_fields!(body; name, parent_id, county_code, region_code, founded_on, closed_on);
    let changes = ChapterChanges {
        name: body.name.map(String::from),
        county_code: body.county_code,
        region_code,
        founded_on: body.founded_on,
        closed_on: body.closed_on,
    };
    let updated = conn
        .transaction::<_, ApiError, _>(async |conn| {
            if let Some(parent) = &new_parent {
                queries::move_subtree(conn, &current, parent).await?;
            }
            queries::update(conn, current.id, current.version, &changes).await?.ok_or(ApiError::PreconditionFailed)?;
            let event = Event::new(Some(current.organisation_id), "update", "chapter", Some(current.id.into()))
                .fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(queries::find(conn, current.id).await?)
        })
        .await?;
    Ok(with_etag(updated.version).json(ChapterResponse::from(updated)))
}

fn check_placement(kind: ChapterKind, parent: &Chapter) -> Result<(), ApiError> {
    if !kind.may_sit_under(parent.kind) {
        return Err(ApiError::conflict("kind", "chapter_placement"));
    }
    if parent.closed_on.is_some() {
        return Err(ApiError::conflict("parent_id", "parent_closed"));
    }
    Ok(())
}

/// The chapter to move under: same organisation, not inside the moved subtree, right kind.
async fn new_parent_for(
    conn: &mut AsyncPgConnection,
    chapter: &Chapter,
    parent_id: ChapterId,
) -> Result<Chapter, ApiError> {
    let unknown = || ApiError::missing("parent_id", "unknown_chapter");
    let parent = queries::find(conn, parent_id).await.map_err(|e| match e {
        diesel::result::Error::NotFound => unknown(),
        other => other.into(),
    })?;
    if parent.organisation_id != chapter.organisation_id {
        return Err(unknown());
    }
    if parent.ancestors.contains(&chapter.id) {
        return Err(ApiError::conflict("parent_id", "chapter_cycle"));
    }
    check_placement(chapter.kind, &parent)?;
    Ok(parent)
}

/// The region to store: the one given, else the region of the county.
async fn region_for(
    conn: &mut AsyncPgConnection,
    county: Option<&str>,
    region: Option<String>,
) -> Result<Option<String>, ApiError> {
    match (region, county) {
        (Some(region), _) => Ok(Some(region)),
        (None, Some(county)) => queries::region_of_county(conn, county)
            .await?
            .map(Some)
            .ok_or_else(|| ApiError::missing("county_code", "unknown_county")),
        (None, None) => Ok(None),
    }
}
