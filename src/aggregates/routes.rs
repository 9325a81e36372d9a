//! `GET /api/v1/chapters/{id}/aggregates` and `GET /api/v1/orgs/{org}/aggregates`.

use crate::http::{Db, csv_attachment};
use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::queries::{Row, Scope, rows};
use super::types::{AggregateFormat, AggregateParams, Aggregates, AggregatesResponse};
use crate::auth::{Caller, Operation, Target, authorize};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_target;
use crate::http::ValidQuery;
use crate::ids::ChapterId;
use crate::organisations::queries::{find_by_slug, root_chapter_id};

/// Aggregates for a chapter and its subtree, as JSON or CSV (leaders of the chapter or above it).
#[utoipa::path(operation_id = "chapter_aggregates", tag = "activities",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), AggregateParams),
    responses((status = 200, description = "The aggregates, as JSON or (`format=csv`) CSV",
               content((AggregatesResponse = "application/json"), (String = "text/csv")))))]
#[get("/chapters/{chapter_id}/aggregates")]
pub async fn chapter_aggregates(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    params: ValidQuery<AggregateParams>,
) -> ApiResult<HttpResponse> {
    let chapter = chapters::find(&mut conn, ChapterId::from(*id)).await?;
    authorize(&caller, Operation::ChapterAggregates, chapter_target(&chapter))?;
    respond(&mut conn, chapter.id, params.0).await
}

/// Aggregates for the whole organisation, from its national chapter down, as JSON or CSV (org
/// admins).
#[utoipa::path(operation_id = "org_aggregates", tag = "activities",
    params(("org" = String, Path, description = "Organisation slug"), AggregateParams),
    responses((status = 200, description = "The aggregates, as JSON or (`format=csv`) CSV",
               content((AggregatesResponse = "application/json"), (String = "text/csv")))))]
#[get("/orgs/{org}/aggregates")]
pub async fn org_aggregates(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    params: ValidQuery<AggregateParams>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::OrgAggregates, Target::Org(org.id))?;
    let root = root_chapter_id(&mut conn, org.id).await?;
    respond(&mut conn, root, params.0).await
}

async fn respond(conn: &mut AsyncPgConnection, chapter: ChapterId, params: AggregateParams) -> ApiResult<HttpResponse> {
    let to = params.to.unwrap_or_else(|| Utc::now().date_naive());
    let from = params.from.unwrap_or_else(|| NaiveDate::from_ymd_opt(to.year(), 1, 1).unwrap_or(to));
    if from > to {
        return Err(ApiError::unprocessable("to", "period_order"));
    }
    let as_of = params.as_of.unwrap_or(to);
    let rows = rows(conn, chapter, from, to, as_of).await?;
    if params.format.unwrap_or_default() == AggregateFormat::Csv {
        return Ok(csv_attachment("aggregates").body(csv(&rows)?));
    }
    let (mut own, mut all) = (Aggregates::default(), Aggregates::default());
    for row in &rows {
        own.add(row, Scope::Own);
        all.add(row, Scope::All);
    }
    Ok(HttpResponse::Ok().json(AggregatesResponse { chapter_id: chapter, from, to, as_of, chapter: own, subtree: all }))
}

const CSV_HEADER: [&str; 9] = [
    "section",
    "key",
    "subkey",
    "chapter_count",
    "subtree_count",
    "chapter_minutes",
    "subtree_minutes",
    "chapter_participants_or_complete",
    "subtree_participants_or_complete",
];

/// One line per figure. Every cell is a code or a number, so nothing needs defusing.
fn csv(rows: &[Row]) -> Result<Vec<u8>, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(anyhow::Error::from)?;
    for r in rows {
        let numbers =
            [r.own_n, r.all_n, r.own_minutes, r.all_minutes, r.own_people, r.all_people].map(|n| n.to_string());
        let mut record =
            vec![r.section.clone(), r.key.clone().unwrap_or_default(), r.subkey.clone().unwrap_or_default()];
        record.extend(numbers);
        writer.write_record(&record).map_err(anyhow::Error::from)?;
    }
    writer.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("csv: {e}")))
}
