//! `GET /chapters/{id}/counts` and `GET /orgs/{org}/counts`: members by status, type and age
//! band on a day, joins and endings in a period, and paying members in a year — for the
//! chapter alone and rolled up over every chapter under it, from one statement
//! ([`super::queries::counts::tallies`]).

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::lifecycle::Status;
use super::queries::counts::tallies;
use crate::auth::{Caller, Operation, Target, authorize};
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_with_organisation;
use crate::http::{Db, ValidQuery};
use crate::ids::ChapterId;
use crate::organisations::queries::{Organisation, find_by_slug, root_chapter_id};

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CountsParams {
    /// The day to count members on (default: today).
    pub as_of: Option<NaiveDate>,
    /// First day of the period for joins and endings (default: 1 January of `as_of`'s year).
    pub from: Option<NaiveDate>,
    /// Last day of that period (default: `as_of`).
    pub to: Option<NaiveDate>,
    /// The year for paying members (default: `as_of`'s year).
    #[validate(range(min = 1900, max = 2100))]
    #[param(minimum = 1900, maximum = 2100)]
    pub fee_year: Option<i16>,
}

/// Counts for one scope.
#[derive(Debug, Default, Serialize, ToSchema, PartialEq)]
pub struct Counts {
    /// Memberships by status on the day (every status, zeros included).
    pub by_status: BTreeMap<String, i64>,
    /// Active members by membership type.
    pub by_type: BTreeMap<String, i64>,
    /// Active members by age band (their age in `as_of`'s year against the youth band).
    pub by_age_band: BTreeMap<String, i64>,
    /// Memberships that became active (joined or re-joined) within the period.
    pub joined: i64,
    /// Memberships that ended (lapsed, resigned, deceased) within the period.
    pub ended: i64,
    /// Memberships with a fee paid for `fee_year`.
    pub paying: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CountsResponse {
    pub chapter_id: ChapterId,
    pub as_of: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub fee_year: i16,
    pub youth_age_min: i16,
    pub youth_age_max: i16,
    /// Members whose chapter is this one.
    pub chapter: Counts,
    /// Members of this chapter and every chapter under it.
    pub subtree: Counts,
}

/// Counts for a chapter and its subtree (leaders of the chapter or above it).
#[utoipa::path(operation_id = "chapter_counts", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), CountsParams),
    responses((status = 200, description = "The counts", body = CountsResponse)))]
#[get("/chapters/{chapter_id}/counts")]
pub async fn chapter_counts(
    caller: Caller,
    mut conn: Db,
    id: web::Path<Uuid>,
    params: ValidQuery<CountsParams>,
) -> ApiResult<HttpResponse> {
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ChapterCounts, ChapterId::from(*id)).await?;
    Ok(HttpResponse::Ok().json(counts(&mut conn, &org, chapter.id, params.0).await?))
}

/// Counts for the whole organisation, from its national chapter down (org admins).
#[utoipa::path(operation_id = "org_counts", tag = "members",
    params(("org" = String, Path, description = "Organisation slug"), CountsParams),
    responses((status = 200, description = "The counts", body = CountsResponse)))]
#[get("/orgs/{org}/counts")]
pub async fn org_counts(
    caller: Caller,
    mut conn: Db,
    org: web::Path<String>,
    params: ValidQuery<CountsParams>,
) -> ApiResult<HttpResponse> {
    let org = find_by_slug(&mut conn, &org).await?;
    authorize(&caller, Operation::OrgCounts, Target::Org(org.id))?;
    let root = root_chapter_id(&mut conn, org.id).await?;
    Ok(HttpResponse::Ok().json(counts(&mut conn, &org, root, params.0).await?))
}

/// Runs the counts for `chapter` with the defaults filled in.
pub async fn counts(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    chapter: ChapterId,
    params: CountsParams,
) -> Result<CountsResponse, ApiError> {
    let as_of = params.as_of.unwrap_or_else(|| Utc::now().date_naive());
    let from = params.from.unwrap_or_else(|| NaiveDate::from_ymd_opt(as_of.year(), 1, 1).unwrap_or(as_of));
    let to = params.to.unwrap_or(as_of);
    if from > to {
        return Err(ApiError::unprocessable("to", "period_order"));
    }
    let fee_year = params.fee_year.unwrap_or_else(|| i16::try_from(as_of.year()).unwrap_or(i16::MAX));
    let (mut own, mut total) = (Counts::with_zeros(), Counts::with_zeros());
    for tally in tallies(conn, org, chapter, as_of, from, to, fee_year).await? {
        own.add(&tally.dimension, tally.key.as_deref(), tally.own);
        total.add(&tally.dimension, tally.key.as_deref(), tally.total);
    }
    Ok(CountsResponse {
        chapter_id: chapter,
        as_of,
        from,
        to,
        fee_year,
        youth_age_min: org.youth_age_min,
        youth_age_max: org.youth_age_max,
        chapter: own,
        subtree: total,
    })
}

impl Counts {
    fn with_zeros() -> Self {
        Self {
            by_status: Status::ALL.iter().map(|s| (s.as_str().to_owned(), 0)).collect(),
            by_age_band: ["under_youth", "youth", "over_youth", "unknown"]
                .iter()
                .map(|b| ((*b).to_owned(), 0))
                .collect(),
            ..Self::default()
        }
    }

    fn add(&mut self, dimension: &str, key: Option<&str>, n: i64) {
        let key = key.unwrap_or_default().to_owned();
        match dimension {
            "status" => {
                self.by_status.insert(key, n);
            }
            "type" if n > 0 => {
                self.by_type.insert(key, n);
            }
            "age_band" => {
                self.by_age_band.insert(key, n);
            }
            "joined" => self.joined = n,
            "ended" => self.ended = n,
            "paying" => self.paying = n,
            _ => {}
        }
    }
}
