//! `GET /chapters/{id}/members/export`: the member list as CSV, streamed in batches so that an
//! export of a whole organisation holds neither a connection nor the whole file at once.

use crate::http::csv_attachment;
use actix_web::web::Bytes;
use actix_web::{HttpResponse, get, web};
use futures_util::stream;
use uuid::Uuid;

use super::queries::{self, MemberQuery, Scope};
use super::types::{MemberFilter, MemberSummary};
use super::types::{member_query, summarise};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation};
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_with_organisation;
use crate::http::{Db, RequestMeta, ValidQuery};
use crate::ids::{ChapterId, OrgId};
use crate::state::AppState;

const BATCH: i64 = 1000;
const HEADER: [&str; 13] = [
    "id",
    "given_name",
    "family_name",
    "email",
    "phone",
    "postal_code",
    "birth_year",
    "home_chapter_id",
    "membership_id",
    "status",
    "membership_type",
    "joined_on",
    "ended_on",
];

/// The member list as CSV (UTF-8, comma-separated, with a header row), with the filters of the
/// list; cells that a spreadsheet would run as a formula are prefixed with `'` (chapter leaders).
#[utoipa::path(operation_id = "export_members", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), MemberFilter),
    responses((status = 200, description = "CSV, one member per row", content_type = "text/csv", body = String)))]
#[get("/chapters/{chapter_id}/members/export")]
pub async fn export_members(
    state: web::Data<AppState>,
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<MemberFilter>,
) -> ApiResult<HttpResponse> {
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ExportMembers, ChapterId::from(*id)).await?;
    let event = Event::new(Some(org.id), "export", "member", Some(chapter.id.into()));
    audit::record(&mut conn, &meta, caller.user_id, event).await?;
    let scope = queries::scope_of(&mut conn, &chapter).await?;
    drop(conn);
    let query = member_query(&org, filter.0);
    let batches = Batches { state: state.clone(), org: org.id, scope, query, after: None, first: true };
    let body = stream::unfold(Some(batches), |batches| async move {
        let mut batches = batches?;
        match batches.next().await {
            Ok(Some(bytes)) => Some((Ok::<_, ApiError>(bytes), Some(batches))),
            Ok(None) => None,
            Err(err) => Some((Err(err), None)),
        }
    });
    Ok(csv_attachment("members").streaming(body))
}

struct Batches {
    state: web::Data<AppState>,
    org: OrgId,
    scope: Scope,
    query: MemberQuery,
    after: Option<Uuid>,
    first: bool,
}

impl Batches {
    /// The next batch as CSV (the first with the header); `None` when done.
    async fn next(&mut self) -> Result<Option<Bytes>, ApiError> {
        if self.after.is_none() && !self.first {
            return Ok(None);
        }
        let mut conn = self.state.conn().await?;
        let people = queries::list_people(&mut conn, self.org, &self.scope, &self.query, self.after, BATCH).await?;
        let full = i64::try_from(people.len()).unwrap_or(0) == BATCH;
        let rows = summarise(&mut conn, people).await?;
        let mut writer = csv::Writer::from_writer(Vec::new());
        if self.first {
            writer.write_record(HEADER).map_err(anyhow::Error::from)?;
        }
        for row in &rows {
            writer.write_record(record(row).iter().map(|cell| neutralise(cell))).map_err(anyhow::Error::from)?;
        }
        self.first = false;
        self.after = if full { rows.last().map(|r| r.id.into()) } else { None };
        let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?;
        Ok(if bytes.is_empty() { None } else { Some(Bytes::from(bytes)) })
    }
}

fn record(m: &MemberSummary) -> [String; 13] {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let show = |v: Option<String>| v.unwrap_or_default();
    [
        m.id.to_string(),
        text(&m.given_name),
        text(&m.family_name),
        text(&m.email),
        text(&m.phone),
        text(&m.postal_code),
        show(m.birth_year.map(|y| y.to_string())),
        m.home_chapter_id.to_string(),
        show(m.membership_id.map(|id| id.to_string())),
        show(m.status.map(|s| s.as_str().to_owned())),
        text(&m.membership_type),
        show(m.joined_on.map(|d| d.to_string())),
        show(m.ended_on.map(|d| d.to_string())),
    ]
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula
/// by spreadsheet programs; a leading `'` makes it text.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_become_text() {
        assert_eq!(super::neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::neutralise("+4791234567"), "'+4791234567");
        assert_eq!(super::neutralise("Kari"), "Kari");
    }
}
