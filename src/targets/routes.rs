//! `/api/v1/orgs/{org}/targets`, `/api/v1/targets/{id}` and the dashboards.

use actix_web::http::header;
use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{Datelike, Months, Utc};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use uuid::Uuid;

use super::evaluate::evaluate;
use super::queries::{self, MAX_TARGETS, Period, Reading, ScopeKind, Target, UnitsQuery};
use super::rules::{Spec, check_parameter, day_or_today, in_calendar};
use super::types::{
    AsOf, ChapterRef, Coverage, Dashboard, GrantFormat, GrantParams, GrantReport, NewTarget, OrgRef, RegionParam,
    ReportFormat, ReportParams, SeriesParams, SeriesResponse, StatusCounts, StatusReport, TargetEvaluation,
    TargetFilter, TargetResponse, UpdateTarget,
};
use super::{coverage, report, series};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation, Target as PolicyTarget, authorize};
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_with_organisation;
use crate::http::{Db, IfMatch, Page, PageParams, RequestMeta, ValidJson, ValidQuery, csv_attachment, with_etag};
use crate::i18n::Lang;
use crate::ids::{ChapterId, TargetId};
use crate::organisations::queries::{Organisation, find_by_slug};

/// The organisation's targets (anyone holding a role in it: targets name no one).
#[utoipa::path(operation_id = "list_targets", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), TargetFilter, PageParams),
    responses((status = 200, description = "One page of targets, by id", body = Page<TargetResponse>)))]
#[get("/orgs/{org}/targets")]
pub async fn list_targets(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    filter: ValidQuery<TargetFilter>,
    page: ValidQuery<PageParams>,
) -> ApiResult<HttpResponse> {
    let (filter, page) = (filter.0, page.0);
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::ListTargets, PolicyTarget::Org(org.id))?;
    let rows = queries::list(&mut conn, org.id, filter.retired.unwrap_or(false), page.after(), page.fetch()).await?;
    let page = page.page(rows, |t| t.id.uuid());
    Ok(HttpResponse::Ok().json(page.map(|t| TargetResponse::new(t, &meta.lang))))
}

/// Set a target (org admins): a metric with its parameter, a scope, a comparison with a
/// threshold, and a schedule. Audited.
#[utoipa::path(operation_id = "create_target", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug")),
    request_body = NewTarget,
    responses(
        (status = 201, description = "Created", body = TargetResponse),
        (status = 409, description = "The code is taken, or the organisation has 200 current targets", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[post("/orgs/{org}/targets")]
pub async fn create_target(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    body: ValidJson<NewTarget>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::CreateTarget, PolicyTarget::Org(org.id))?;
    let code = body.code.clone();
    let spec = Spec::new(body);
    spec.check(&mut conn, org.id).await?;
    let target = spec.into_target(org.id, code);
    let target = conn
        .transaction::<_, ApiError, _>(async |conn| {
            if queries::code_taken(conn, org.id, &target.code).await? {
                return Err(ApiError::conflict("code", "target_code_taken"));
            }
            if queries::count_current(conn, org.id).await? >= MAX_TARGETS {
                return Err(ApiError::conflict("code", "too_many_targets"));
            }
            let target = queries::insert(conn, &target).await?;
            let event = Event::new(Some(org.id), "create", "target", Some(target.id.uuid()));
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(target)
        })
        .await?;
    Ok(HttpResponse::Created().json(TargetResponse::new(target, &meta.lang)))
}

/// The target and the organisation it belongs to, when the caller may perform `operation` on it.
async fn target_for(
    conn: &mut AsyncPgConnection,
    caller: &Caller,
    operation: Operation,
    id: TargetId,
) -> Result<(Target, Organisation), ApiError> {
    let target = queries::find(conn, id).await?;
    authorize(caller, operation, PolicyTarget::Org(target.organisation_id))?;
    let org = crate::organisations::queries::find_by_id(conn, target.organisation_id).await?;
    Ok((target, org))
}

/// One target, with its version as `ETag`.
#[utoipa::path(operation_id = "get_target", tag = "targets",
    params(("target_id" = Uuid, Path, description = "Target id")),
    responses((status = 200, description = "The target", body = TargetResponse,
               headers(("ETag" = String, description = "The version, for `If-Match`")))))]
#[get("/targets/{target_id}")]
pub async fn get_target(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (target, _) = target_for(&mut conn, &caller, Operation::GetTarget, TargetId::from(*id)).await?;
    Ok(with_etag(target.version).json(TargetResponse::new(target, &meta.lang)))
}

/// Change or retire a target (org admins). Send `If-Match` with the version you read.
/// Audited with the names of the fields changed.
#[utoipa::path(operation_id = "update_target", tag = "targets",
    params(("target_id" = Uuid, Path, description = "Target id"),
           ("If-Match" = String, Header, description = "The version (ETag) the change is based on; required",
            pattern = r#"^(\*|(W/)?"[0-9]{1,9}"|[0-9]{1,9})$"#)),
    request_body = UpdateTarget,
    responses(
        (status = 200, description = "Updated", body = TargetResponse,
         headers(("ETag" = String, description = "The new version"))),
        (status = 412, description = "Changed by someone else since you read it", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
#[patch("/targets/{target_id}")]
pub async fn update_target(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: ValidJson<UpdateTarget>,
) -> ApiResult<HttpResponse> {
    let body = body.0;
    let (current, org) = target_for(&mut conn, &caller, Operation::UpdateTarget, TargetId::from(*id)).await?;
    if_match.check(current.version)?;
    let fields = crate::changed_fields!(body; names, descriptions, parameter, scope, comparison, threshold,
        schedule, retired);
    let spec = Spec::changed(&current, body);
    spec.check(&mut conn, org.id).await?;
    let changes = spec.changes_from(Some(&current));
    let updated = conn
        .transaction::<_, ApiError, _>(async |conn| {
            let updated = queries::update(conn, current.id, current.version, &changes)
                .await?
                .ok_or(ApiError::PreconditionFailed)?;
            let event = Event::new(Some(org.id), "update", "target", Some(current.id.uuid())).fields(fields.clone());
            audit::record(conn, &meta, caller.user_id, event).await?;
            Ok(updated)
        })
        .await?;
    Ok(with_etag(updated.version).json(TargetResponse::new(updated, &meta.lang)))
}

/// One target evaluated as of a day, every unit of it (org admins).
#[utoipa::path(operation_id = "evaluate_target", tag = "targets",
    params(("target_id" = Uuid, Path, description = "Target id"), AsOf),
    responses((status = 200, description = "The evaluation", body = TargetEvaluation)))]
#[get("/targets/{target_id}/evaluation")]
pub async fn evaluate_target(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    params: ValidQuery<AsOf>,
) -> ApiResult<HttpResponse> {
    let (target, org) = target_for(&mut conn, &caller, Operation::EvaluateTarget, TargetId::from(*id)).await?;
    let as_of = day_or_today(params.0.as_of, "as_of")?;
    let evaluation = evaluate(&mut conn, &org, target, as_of, None, &meta.lang).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(evaluation))
}

/// The organisation's dashboard (org admins): every current target, evaluated as of a day.
#[utoipa::path(operation_id = "org_dashboard", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), AsOf),
    responses((status = 200, description = "Every current target with its status and units", body = Dashboard)))]
#[get("/orgs/{org}/dashboard")]
pub async fn org_dashboard(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<AsOf>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::OrgDashboard, PolicyTarget::Org(org.id))?;
    let dashboard = dashboard(&mut conn, org, None, params.0, &meta.lang).await?;
    Ok(HttpResponse::Ok().json(dashboard))
}

/// A chapter's dashboard (leaders of the chapter or above it): every target with a unit at or
/// under the chapter, with those units only. Targets of the whole organisation or of regions
/// are not shown: they add up chapters outside the leader's reach.
#[utoipa::path(operation_id = "chapter_dashboard", tag = "targets",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), AsOf),
    responses((status = 200, description = "The targets that apply to the chapter, with its units", body = Dashboard)))]
#[get("/chapters/{chapter_id}/dashboard")]
pub async fn chapter_dashboard(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    params: ValidQuery<AsOf>,
) -> ApiResult<HttpResponse> {
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ChapterDashboard, ChapterId::from(*id)).await?;
    let chapter = ChapterRef { id: chapter.id, name: chapter.name, kind: chapter.kind };
    let dashboard = dashboard(&mut conn, org, Some(chapter), params.0, &meta.lang).await?;
    Ok(HttpResponse::Ok().json(dashboard))
}

async fn dashboard(
    conn: &mut AsyncPgConnection,
    org: Organisation,
    chapter: Option<ChapterRef>,
    params: AsOf,
    lang: &Lang,
) -> Result<Dashboard, ApiError> {
    let as_of = day_or_today(params.as_of, "as_of")?;
    let within = chapter.as_ref().map(|c| c.id);
    let mut targets = Vec::new();
    for target in queries::current(conn, org.id).await? {
        targets.extend(evaluate(conn, &org, target, as_of, within, lang).await?);
    }
    let mut targets_by_status = StatusCounts::default();
    targets.iter().for_each(|t| targets_by_status.add(t.status));
    Ok(Dashboard {
        as_of,
        organisation: OrgRef { id: org.id, slug: org.slug, name: org.name },
        chapter,
        targets_by_status,
        targets,
    })
}

/// The days and readings a series asks for, checked.
async fn series_readings(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    params: &SeriesParams,
) -> Result<(Period, Vec<Reading>), ApiError> {
    check_parameter(conn, org.id, params.metric, params.parameter.as_deref()).await?;
    let to = day_or_today(params.to, "to")?;
    let from = match params.from {
        Some(from) => in_calendar(from, "from")?,
        None => to.checked_sub_months(Months::new(120)).and_then(|d| d.with_day(1)).unwrap_or(to),
    };
    if from > to {
        return Err(ApiError::unprocessable("to", "period_order"));
    }
    let interval = params.interval.unwrap_or(Period::Month);
    let readings = series::readings(params.metric, interval, from, to)
        .ok_or_else(|| ApiError::unprocessable("from", "too_many_points"))?;
    Ok((interval, readings))
}

/// A metric over time for the whole organisation or one region (org admins): its figure for
/// each month, quarter, half-year or year of a range, from the history.
#[utoipa::path(operation_id = "org_series", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), SeriesParams, RegionParam),
    responses((status = 200, description = "One figure per step", body = SeriesResponse)))]
#[get("/orgs/{org}/series")]
pub async fn org_series(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    params: ValidQuery<SeriesParams>,
    region: ValidQuery<RegionParam>,
) -> ApiResult<HttpResponse> {
    let (params, region) = (params.0, region.0.region);
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::OrgSeries, PolicyTarget::Org(org.id))?;
    let (interval, readings) = series_readings(&mut conn, &org, &params).await?;
    let scope = if region.is_some() { ScopeKind::Regions } else { ScopeKind::Organisation };
    let units =
        UnitsQuery { org: org.id, scope, chapter: None, kind: None, day: Utc::now().date_naive(), within: None };
    let parameter = params.parameter.as_deref();
    let series =
        series::series(&mut conn, &units, region.as_deref(), params.metric, parameter, interval, &readings).await?;
    let series = series.ok_or_else(|| ApiError::missing("region", "unknown_region"))?;
    Ok(HttpResponse::Ok().json(series))
}

/// A metric over time for a chapter with the chapters under it (leaders of the chapter or
/// above it).
#[utoipa::path(operation_id = "chapter_series", tag = "targets",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), SeriesParams),
    responses((status = 200, description = "One figure per step", body = SeriesResponse)))]
#[get("/chapters/{chapter_id}/series")]
pub async fn chapter_series(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    params: ValidQuery<SeriesParams>,
) -> ApiResult<HttpResponse> {
    let params = params.0;
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ChapterSeries, ChapterId::from(*id)).await?;
    let (interval, readings) = series_readings(&mut conn, &org, &params).await?;
    let units = UnitsQuery {
        org: org.id,
        scope: ScopeKind::Chapter,
        chapter: Some(chapter.id),
        kind: None,
        day: Utc::now().date_naive(),
        within: None,
    };
    let parameter = params.parameter.as_deref();
    let series = series::series(&mut conn, &units, None, params.metric, parameter, interval, &readings).await?;
    Ok(HttpResponse::Ok().json(series.ok_or(ApiError::NotFound)?))
}

/// The coverage matrix (org admins): every chapter against every target set per chapter of a
/// kind, with its value and status, grouped by region.
#[utoipa::path(operation_id = "org_coverage", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), AsOf),
    responses((status = 200, description = "Chapters × per-chapter targets", body = Coverage)))]
#[get("/orgs/{org}/coverage")]
pub async fn org_coverage(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<AsOf>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::OrgCoverage, PolicyTarget::Org(org.id))?;
    let as_of = day_or_today(params.0.as_of, "as_of")?;
    let mut evaluations = Vec::new();
    for target in queries::current(&mut conn, org.id).await? {
        if target.scope == ScopeKind::ChaptersOfKind {
            evaluations.extend(evaluate(&mut conn, &org, target, as_of, None, &meta.lang).await?);
        }
    }
    let regions = crate::reference::queries::list_regions(&mut conn).await?;
    let (targets, regions) = coverage::matrix(&evaluations, &regions);
    let organisation = OrgRef { id: org.id, slug: org.slug, name: org.name };
    Ok(HttpResponse::Ok().json(Coverage { as_of, organisation, targets, regions }))
}

/// The page's policy: nothing but its own stylesheet, named by its hash.
fn report_csp() -> String {
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(report::REPORT_STYLE.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
    )
}

/// The status report (org admins): every current target as of a day, per chapter and per
/// region, with the change since the previous report, as JSON, CSV or a page to print (A4)
/// with its charts, in the caller's language. LPP's mid-term evaluation is this report as of
/// its day in 2030.
#[utoipa::path(operation_id = "status_report", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), ReportParams),
    responses((status = 200, description = "The report, as JSON, CSV (`format=csv`) or HTML (`format=html`)",
               content((StatusReport = "application/json"), (String = "text/csv"), (String = "text/html")))))]
#[get("/orgs/{org}/reports/status")]
pub async fn status_report(
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    org: web::Path<String>,
    params: ValidQuery<ReportParams>,
) -> ApiResult<HttpResponse> {
    let params = params.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::StatusReport, PolicyTarget::Org(org.id))?;
    let as_of = day_or_today(params.as_of, "as_of")?;
    let since = match params.since {
        Some(since) => in_calendar(since, "since")?,
        None => as_of.checked_sub_months(Months::new(6)).unwrap_or(as_of),
    };
    if since > as_of {
        return Err(ApiError::unprocessable("since", "period_order"));
    }
    let report = report::status_report(&mut conn, &org, as_of, since, &meta.lang).await?;
    let name = format!("status-{}-{as_of}", org.slug);
    Ok(match params.format.unwrap_or(ReportFormat::Json) {
        ReportFormat::Json => HttpResponse::Ok().json(report),
        ReportFormat::Csv => csv_attachment(&name).body(report::status_csv(&report)?),
        ReportFormat::Html => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CONTENT_SECURITY_POLICY, report_csp()))
            .body(report::status_html(&report, &meta.lang)?),
    })
}

/// The grant report for the state scheme (org admins): as of 31 December of a year, paying
/// members in all and per county, counties with members, chapters and peer supporters, and
/// whether the entry rule holds.
#[utoipa::path(operation_id = "grant_report", tag = "targets",
    params(("org" = String, Path, description = "Organisation slug"), GrantParams),
    responses((status = 200, description = "The report, as JSON or (`format=csv`) CSV",
               content((GrantReport = "application/json"), (String = "text/csv")))))]
#[get("/orgs/{org}/reports/grant")]
pub async fn grant_report(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    params: ValidQuery<GrantParams>,
) -> ApiResult<HttpResponse> {
    let params = params.0;
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::GrantReport, PolicyTarget::Org(org.id))?;
    let year = params.year.unwrap_or_else(|| Utc::now().year() - 1);
    let report = report::grant_report(&mut conn, &org, year).await?;
    Ok(match params.format.unwrap_or(GrantFormat::Json) {
        GrantFormat::Csv => csv_attachment(&format!("grant-{}-{year}", org.slug)).body(report::grant_csv(&report)?),
        GrantFormat::Json => HttpResponse::Ok().json(report),
    })
}
