//! `POST /orgs/{org}/imports`: a member list uploaded to be imported by the background work,
//! `GET /orgs/{org}/imports/{id}` to follow it, and `GET …/report` for the rows not simply
//! imported, as the command line's report file.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, get, post, web};
use diesel_async::AsyncConnection;
use uuid::Uuid;

use super::queries::{self, ImportRecord, NewImport};
use super::report;
use super::rows::Problem;
use super::types::{ImportParams, ImportResponse};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::http::{Db, RequestMeta, ValidQuery, csv_attachment};
use crate::organisations::queries as organisations;

/// The largest file taken: a spreadsheet of a few hundred thousand members.
pub const MAX_UPLOAD_BYTES: usize = 32 * 1024 * 1024;

/// Upload a member list to import (org admins): CSV (comma, semicolon or tab separated;
/// UTF-8, UTF-16 or Windows-1252) or an Excel workbook, as the command line reads it. It is
/// imported by the background work; poll the answer's `Location` until it is done.
#[utoipa::path(operation_id = "start_import", tag = "imports",
    params(("org" = String, Path, description = "Organisation slug"), ImportParams),
    request_body(description = "The member list", content((crate::http::BinaryFile = "text/csv"), (crate::http::BinaryFile = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
    responses(
        (status = 202, description = "Queued", body = ImportResponse,
         headers(("Location" = String, description = "Where to follow the import"))),
        (status = 413, description = "Larger than 32 MiB", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The file is empty", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/orgs/{org}/imports")]
pub async fn start_import(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<ImportParams>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    let org = organisations::find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::StartImport, Target::Org(org.id))?;
    let file = body
        .to_bytes_limited(MAX_UPLOAD_BYTES)
        .await
        .map_err(|_| ApiError::PayloadTooLarge)?
        .map_err(|_| ApiError::BadRequest { code: "invalid_body", errors: Vec::new() })?;
    if file.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::unprocessable("file", "import_empty"));
    }
    let new = NewImport {
        id: Uuid::now_v7(),
        organisation_id: org.id,
        requested_by: caller.user_id,
        dry_run: params.0.dry_run,
        welcome: params.0.welcome,
    };
    let record = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let record = queries::enqueue(conn, &new, &file).await?;
            audit::record(
                conn,
                &meta,
                caller.user_id,
                Event::new(Some(org.id), "create", "member_import", Some(new.id)),
            )
            .await?;
            Ok(record)
        })
        .await?;
    Ok(HttpResponse::Accepted()
        .insert_header((LOCATION, format!("/api/v1/orgs/{}/imports/{}", org.slug, new.id)))
        .json(ImportResponse::new(record, &meta.lang)))
}

/// An import and how far it has come (org admins).
#[utoipa::path(operation_id = "get_import", tag = "imports",
    params(("org" = String, Path, description = "Organisation slug"), ("import_id" = Uuid, Path, description = "Import id")),
    responses((status = 200, description = "The import", body = ImportResponse)))]
#[get("/orgs/{org}/imports/{import_id}")]
pub async fn get_import(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    path: web::Path<(String, Uuid)>,
) -> ApiResult<HttpResponse> {
    let record = import_for(&mut conn, &caller, Operation::GetImport, path.into_inner()).await?;
    Ok(HttpResponse::Ok().json(ImportResponse::new(record, &meta.lang)))
}

/// The rows of an import not simply written, as CSV in the caller's language (org admins): the
/// row number, what became of it, the column and why. It repeats no value from the file.
#[utoipa::path(operation_id = "get_import_report", tag = "imports",
    params(("org" = String, Path, description = "Organisation slug"), ("import_id" = Uuid, Path, description = "Import id")),
    responses((status = 200, description = "One row per problem", content((String = "text/csv")))))]
#[get("/orgs/{org}/imports/{import_id}/report")]
pub async fn get_import_report(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    path: web::Path<(String, Uuid)>,
) -> ApiResult<HttpResponse> {
    let record = import_for(&mut conn, &caller, Operation::GetImportReport, path.into_inner()).await?;
    let problems: Vec<Problem> = serde_json::from_value(record.counts.problems).unwrap_or_default();
    Ok(csv_attachment("import-report").body(report::csv(&problems, &Default::default(), &meta.lang)))
}

/// An import of the organisation the path names, if the caller may do `operation` there.
async fn import_for(
    conn: &mut Db,
    caller: &Caller,
    operation: Operation,
    (slug, id): (String, Uuid),
) -> ApiResult<ImportRecord> {
    let org = organisations::find_by_slug(conn, &slug).await?;
    authorize(caller, operation, Target::Org(org.id))?;
    Ok(queries::find(conn, org.id, id).await?)
}
