//! Course types (`/orgs/{org}/course-types`), course runs (`/orgs/{org}/course-runs`) and
//! their completions (`/course-runs/{id}/completions`).

use actix_web::{HttpResponse, get, post, put, web};
use chrono::{Months, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::queries::{self, Completion, CourseRun, CourseType};
use super::types::{
    CompletionResponse, CourseRunFilter, CourseRunResponse, CourseTypeResponse, NewCourseRun, PutCourseType,
    RecordCompletion,
};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::catalogues::codes::is_code;
use crate::catalogues::queries as catalogues;
use crate::catalogues::queries::Catalogue;
use crate::chapters::queries::{self as chapters, Chapter};
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::guards::{chapter_in, visible_person};
use crate::http::not_in_future;
use crate::http::{Db, Page, PageParams, RequestMeta, ValidJson, ValidQuery};
use crate::ids::{ChapterId, OrgId};
use crate::organisations::queries::{find_by_slug, root_chapter_id};

/// The organisation's course types (anyone holding a role in it).
#[utoipa::path(operation_id = "list_course_types", tag = "volunteers",
    params(("org" = String, Path, description = "Organisation slug")),
    responses((status = 200, description = "Every course type", body = Page<CourseTypeResponse>)))]
#[get("/orgs/{org}/course-types")]
pub async fn list_course_types(caller: Caller, mut conn: Db, org: web::Path<String>) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListCourseTypes, Target::Org(org.id))?;
    let types = queries::course_types_of(&mut conn, org.id).await?;
    Ok(HttpResponse::Ok().json(Page::whole(types.into_iter().map(CourseTypeResponse::from).collect())))
}

/// Add or change a course type: its labels, how long it qualifies and for which roles (org
/// admins). Never deleted: retire it instead, so that completions keep their meaning.
#[utoipa::path(operation_id = "put_course_type", tag = "volunteers",
    params(("org" = String, Path, description = "Organisation slug"),
           ("code" = crate::catalogues::codes::Code, Path, description = "The course type's code")),
    request_body = PutCourseType,
    responses(
        (status = 200, description = "Replaced", body = CourseTypeResponse),
        (status = 201, description = "Created", body = CourseTypeResponse),
    ))]
#[put("/orgs/{org}/course-types/{code}")]
pub async fn put_course_type(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    path: web::Path<(String, String)>,
    body: ValidJson<PutCourseType>,
) -> ApiResult<HttpResponse> {
    let (org, code) = path.into_inner();
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::PutCourseType, Target::Org(org.id))?;
    if !is_code(&code) {
        return Err(ApiError::BadRequest { code: "invalid_path", errors: Vec::new() });
    }
    let mut roles: Vec<String> = body.qualifies_for.into_iter().map(String::from).collect();
    roles.sort_unstable();
    roles.dedup();
    if !catalogues::all_current(&mut conn, org.id, Catalogue::VolunteerRole, &roles).await? {
        return Err(ApiError::missing("qualifies_for", "unknown_role"));
    }
    let course_type = CourseType {
        organisation_id: org.id,
        code,
        labels: serde_json::to_value(&body.labels).map_err(anyhow::Error::from)?,
        validity_months: body.validity_months,
        qualifies_for: roles,
        retired: body.retired,
    };
    let created = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let created = queries::upsert_course_type(conn, &course_type).await?;
            let event = Event::new(Some(org.id), if created { "create" } else { "update" }, "course_type", None)
                .fields(vec!["labels", "validity_months", "qualifies_for", "retired"]);
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(created)
        })
        .await?;
    let response = CourseTypeResponse::from(course_type);
    Ok(if created { HttpResponse::Created().json(response) } else { HttpResponse::Ok().json(response) })
}

/// The chapter a course run belongs to: its organiser, or the national chapter.
async fn organiser(conn: &mut AsyncPgConnection, org: OrgId, chapter: Option<ChapterId>) -> Result<Chapter, ApiError> {
    match chapter {
        Some(id) => chapter_in(conn, org, id).await,
        None => {
            let root = root_chapter_id(conn, org).await?;
            Ok(chapters::find(conn, root).await?)
        }
    }
}

/// Record a course held on a day (leaders of the organising chapter or above it; national
/// courses: org admins).
#[utoipa::path(operation_id = "create_course_run", tag = "volunteers",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = NewCourseRun,
    responses((status = 201, description = "Recorded", body = CourseRunResponse)))]
#[post("/orgs/{org}/course-runs")]
pub async fn create_course_run(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<NewCourseRun>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    let chapter = organiser(&mut conn, org.id, body.chapter_id).await?;
    authorize(&caller, Operation::CreateCourseRun, chapter_target(&chapter))?;
    let held_on = not_in_future(Some(body.held_on), "held_on")?;
    if queries::find_course_type(&mut conn, org.id, &body.course_type).await?.is_none_or(|t| t.retired) {
        return Err(ApiError::missing("course_type", "unknown_course_type"));
    }
    let mut instructors = body.instructor_ids;
    instructors.sort_unstable();
    instructors.dedup();
    for id in &instructors {
        visible_person(&mut conn, &caller, Operation::CreateCourseRun, org.id, *id, "instructor_ids").await?;
    }
    let run = CourseRun {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        course_type: body.course_type.into(),
        chapter_id: body.chapter_id,
        held_on,
        instructors,
        created_at: Utc::now(),
    };
    let run = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let run = queries::insert_run(conn, &run).await?;
            audit::record(conn, &meta, caller.user_id, Event::new(Some(org.id), "create", "course_run", Some(run.id)))
                .await?;
            Ok(run)
        })
        .await?;
    Ok(HttpResponse::Created().json(CourseRunResponse::new(run, 0)))
}

/// Course runs of the organisation, newest first (anyone holding a role in it).
#[utoipa::path(operation_id = "list_course_runs", tag = "volunteers",
    params(("org" = String, Path, description = "Organisation slug"), CourseRunFilter, PageParams),
    responses((status = 200, description = "One page of course runs", body = Page<CourseRunResponse>)))]
#[get("/orgs/{org}/course-runs")]
pub async fn list_course_runs(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    filter: ValidQuery<CourseRunFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let page = page.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListCourseRuns, Target::Org(org.id))?;
    let runs = queries::list_runs(&mut conn, org.id, filter.0.year, page.after(), page.fetch()).await?;
    Ok(HttpResponse::Ok().json(page.page(runs, |(r, _)| r.id).map(|(r, n)| CourseRunResponse::new(r, n))))
}

/// Record that a person completed a course run; the completion qualifies for the course type's
/// roles for its validity (leaders of the organising chapter or above it, who can also reach
/// the person).
#[utoipa::path(operation_id = "record_completion", tag = "volunteers",
    params(("course_run_id" = Uuid, Path, description = "Course run id")),
    request_body = RecordCompletion,
    responses(
        (status = 201, description = "Recorded", body = CompletionResponse),
        (status = 409, description = "Already recorded for this person, or the person was erased", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/course-runs/{course_run_id}/completions")]
pub async fn record_completion(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    body: ValidJson<RecordCompletion>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let run = queries::find_run(&mut conn, *id).await?;
    let org = run.organisation_id;
    let chapter = organiser(&mut conn, org, run.chapter_id).await?;
    authorize(&caller, Operation::RecordCompletion, chapter_target(&chapter))?;
    let person =
        visible_person(&mut conn, &caller, Operation::RecordCompletion, org, body.person_id, "person_id").await?;
    if person.erased_at.is_some() {
        return Err(ApiError::conflict("person_id", "member_erased"));
    }
    let completed_on = not_in_future(Some(body.completed_on.unwrap_or(run.held_on)), "completed_on")?;
    if completed_on < run.held_on {
        return Err(ApiError::unprocessable("completed_on", "before_course"));
    }
    let course_type = queries::find_course_type(&mut conn, org, &run.course_type).await?.ok_or(ApiError::NotFound)?;
    let expires_on = course_type
        .validity_months
        .map(|months| completed_on.checked_add_months(Months::new(u32::from(months.unsigned_abs()))))
        .map(|day| day.ok_or_else(|| ApiError::validation("completed_on", "range")))
        .transpose()?;
    let completion = Completion {
        id: Uuid::now_v7(),
        organisation_id: org,
        course_run_id: run.id,
        person_id: person.id,
        course_type: run.course_type,
        completed_on,
        expires_on,
        created_at: Utc::now(),
    };
    let completion = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let completion = queries::insert_completion(conn, &completion).await?;
            let event = Event::new(Some(org), "create", "course_completion", Some(completion.id));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(completion)
        })
        .await?;
    Ok(HttpResponse::Created().json(CompletionResponse::from(completion)))
}
