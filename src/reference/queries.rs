//! Database access for regions and counties. A row is shown as it is stored, so the rows are
//! also the bodies of the answers.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::schema::{counties, regions};

/// A region code: 2–16 lower-case letters (`nord`, `midt`).
pub fn is_region_code(code: &str) -> bool {
    (2..=16).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[derive(Debug, Serialize, Queryable, Selectable, Insertable, ToSchema)]
#[diesel(table_name = regions)]
pub struct Region {
    /// `nord`, `midt`, `vest`, `sor` or `ost`.
    #[schema(example = "midt")]
    pub code: String,
    #[schema(example = "RVTS Midt")]
    pub name: String,
}

#[derive(Debug, Serialize, Queryable, Selectable, Insertable, ToSchema)]
#[diesel(table_name = counties)]
pub struct County {
    /// Two-digit county number.
    #[schema(example = "50")]
    pub code: String,
    #[schema(example = "Trøndelag")]
    pub name: String,
    #[schema(example = "midt")]
    pub region_code: String,
    pub valid_from: Option<NaiveDate>,
    /// Set for counties that no longer exist (chapters may still use them).
    pub valid_to: Option<NaiveDate>,
}

/// Every region, by code: a handful of rows, read whole.
pub async fn list_regions(conn: &mut AsyncPgConnection) -> QueryResult<Vec<Region>> {
    regions::table.select(Region::as_select()).order(regions::code).load(conn).await
}

/// Stores the region under its code, renaming it if it exists; returns it as stored.
pub async fn store_region(conn: &mut AsyncPgConnection, region: &Region) -> QueryResult<Region> {
    diesel::insert_into(regions::table)
        .values(region)
        .on_conflict(regions::code)
        .do_update()
        .set(regions::name.eq(excluded(regions::name)))
        .returning(Region::as_returning())
        .get_result(conn)
        .await
}

/// Every county, historical ones included, by code.
pub async fn list_counties(conn: &mut AsyncPgConnection) -> QueryResult<Vec<County>> {
    counties::table.select(County::as_select()).order(counties::code).load(conn).await
}

/// Stores the county under its code, replacing what was stored; returns it as stored.
pub async fn store_county(conn: &mut AsyncPgConnection, county: &County) -> QueryResult<County> {
    diesel::insert_into(counties::table)
        .values(county)
        .on_conflict(counties::code)
        .do_update()
        .set((
            counties::name.eq(excluded(counties::name)),
            counties::region_code.eq(excluded(counties::region_code)),
            counties::valid_from.eq(excluded(counties::valid_from)),
            counties::valid_to.eq(excluded(counties::valid_to)),
        ))
        .returning(County::as_returning())
        .get_result(conn)
        .await
}
