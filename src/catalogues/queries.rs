//! Database access for catalogues.

use diesel::prelude::*;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::db::schema::catalogue_entries;
use crate::ids::OrgId;

crate::text_enum! {
    /// Which vocabulary.
    pub enum Catalogue: "catalogue" {
        MembershipType => "membership_type",
        Relation => "relation",
        VolunteerRole => "volunteer_role",
        GroupKind => "group_kind",
        ActivityKind => "activity_kind",
        PeerRelation => "peer_relation",
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = catalogue_entries)]
pub struct Entry {
    pub organisation_id: OrgId,
    pub catalogue: Catalogue,
    pub code: String,
    pub labels: serde_json::Value,
    pub public: bool,
    pub retired: bool,
    pub position: i16,
}

/// Every entry of one catalogue, in display order.
pub async fn list(conn: &mut AsyncPgConnection, org: OrgId, catalogue: Catalogue) -> QueryResult<Vec<Entry>> {
    catalogue_entries::table
        .filter(catalogue_entries::organisation_id.eq(org).and(catalogue_entries::catalogue.eq(catalogue)))
        .order((catalogue_entries::position, catalogue_entries::code))
        .select(Entry::as_select())
        .load(conn)
        .await
}

/// Whether `code` is a current (not retired) entry of the catalogue.
pub async fn is_current(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    catalogue: Catalogue,
    code: &str,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        catalogue_entries::table
            .filter(catalogue_entries::organisation_id.eq(org))
            .filter(catalogue_entries::catalogue.eq(catalogue))
            .filter(catalogue_entries::code.eq(code))
            .filter(catalogue_entries::retired.eq(false)),
    ))
    .get_result(conn)
    .await
}

/// Whether every code is a current entry of the catalogue.
pub async fn all_current(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    catalogue: Catalogue,
    codes: &[String],
) -> QueryResult<bool> {
    let found: i64 = catalogue_entries::table
        .filter(catalogue_entries::organisation_id.eq(org))
        .filter(catalogue_entries::catalogue.eq(catalogue))
        .filter(catalogue_entries::code.eq_any(codes))
        .filter(catalogue_entries::retired.eq(false))
        .count()
        .get_result(conn)
        .await?;
    Ok(usize::try_from(found).is_ok_and(|n| n == codes.len()))
}

pub async fn count(conn: &mut AsyncPgConnection, org: OrgId, catalogue: Catalogue) -> QueryResult<i64> {
    catalogue_entries::table
        .filter(catalogue_entries::organisation_id.eq(org).and(catalogue_entries::catalogue.eq(catalogue)))
        .count()
        .get_result(conn)
        .await
}

/// Inserts or replaces the entry; `true` when it was new.
pub async fn upsert(conn: &mut AsyncPgConnection, entry: &Entry) -> QueryResult<bool> {
    let existed = diesel::select(diesel::dsl::exists(catalogue_entries::table.find((
        entry.organisation_id,
        entry.catalogue,
        entry.code.clone(),
    ))))
    .get_result::<bool>(conn)
    .await?;
    diesel::insert_into(catalogue_entries::table)
        .values(entry)
        .on_conflict((catalogue_entries::organisation_id, catalogue_entries::catalogue, catalogue_entries::code))
        .do_update()
        .set(entry)
        .execute(conn)
        .await?;
    Ok(!existed)
}
