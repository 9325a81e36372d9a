//! `GET /chapters/{id}/members/export`: the member list as CSV or as an Excel workbook, in the
//! columns `fellesskap import members` reads (so an organisation can take its list elsewhere,
//! or read it back), read in batches so that an export of a whole organisation never holds a
//! connection for long. CSV is
//! streamed as it is read; the workbook is written row by row to a temporary file (constant
//! memory) off the async workers, then sent.

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpResponse, get, web};
use futures_util::stream;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use uuid::Uuid;

use std::collections::HashMap;

use super::queries::{self, MemberQuery, Membership, Person, Scope};
use super::types::member_query;
use super::types::{ExportFormat, ExportParams, MemberFilter};
use crate::audit::{self, Event};
use crate::auth::{Caller, Operation};
use crate::chapters::queries as chapters;
use crate::error::{ApiError, ApiResult};
use crate::guards::chapter_with_organisation;
use crate::http::{Db, RequestMeta, ValidQuery, csv_attachment};
use crate::ids::{ChapterId, OrgId, PersonId};
use crate::imports::columns::Column;
use crate::state::AppState;

const BATCH: i64 = 1000;
/// The import's columns, by the names it reads.
const HEADER: [&str; 14] = {
    let mut names = [""; 14];
    let mut i = 0;
    while i < 14 {
        names[i] = Column::ALL[i].name();
        i += 1;
    }
    names
};

const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The member list as CSV (UTF-8, comma-separated, with a header row; cells that a spreadsheet
/// would run as a formula are prefixed with `'`) or as an Excel workbook (`format=xlsx`), with
/// the filters of the list (chapter leaders). One row per member, with their newest membership,
/// in the columns the import reads: `given_name`, `family_name`, `email`, `phone`,
/// `postal_code`, `birth_year`, `birth_date`, `language`, `chapter` (its name),
/// `membership_type`, `joined_on`, `status`, `ended_on`, `fees_paid` (the years paid).
#[utoipa::path(operation_id = "export_members", tag = "members",
    params(("chapter_id" = Uuid, Path, description = "Chapter id"), MemberFilter, ExportParams),
    responses((status = 200, description = "One member per row",
               content((String = "text/csv"), (crate::http::BinaryFile = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))))]
#[get("/chapters/{chapter_id}/members/export")]
pub async fn export_members(
    state: web::Data<AppState>,
    caller: Caller,
    mut conn: Db,
    meta: RequestMeta,
    id: web::Path<Uuid>,
    filter: ValidQuery<MemberFilter>,
    params: ValidQuery<ExportParams>,
) -> ApiResult<HttpResponse> {
    let (chapter, org) =
        chapter_with_organisation(&mut conn, &caller, Operation::ExportMembers, ChapterId::from(*id)).await?;
    let event = Event::new(Some(org.id), "export", "member", Some(chapter.id.into()));
    audit::record(&mut conn, &meta, caller.user_id, event).await?;
    let scope = queries::scope_of(&mut conn, &chapter).await?;
    let chapter_names =
        chapters::all_of_organisation(&mut conn, org.id).await?.into_iter().map(|c| (c.id, c.name)).collect();
    drop(conn);
    let query = member_query(&org, filter.0);
    let batches = Batches { state: state.clone(), org: org.id, scope, query, chapter_names, after: None, first: true };
    match params.0.format.unwrap_or_default() {
        ExportFormat::Csv => Ok(csv_attachment("members").streaming(csv_stream(batches))),
        ExportFormat::Xlsx => {
            let workbook = workbook(batches).await?;
            Ok(HttpResponse::Ok()
                .content_type(XLSX_TYPE)
                .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"members.xlsx\""))
                .body(workbook))
        }
    }
}

fn csv_stream(batches: Batches) -> impl futures_util::Stream<Item = Result<Bytes, ApiError>> {
    stream::unfold(Some(batches), |batches| async move {
        let mut batches = batches?;
        let first = batches.first;
        match batches.next().await {
            Ok(Some(rows)) => Some((csv_bytes(first, &rows), Some(batches))),
            Ok(None) => None,
            Err(err) => Some((Err(err), None)),
        }
    })
}

fn csv_bytes(with_header: bool, rows: &[Row]) -> Result<Bytes, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if with_header {
        writer.write_record(HEADER).map_err(anyhow::Error::from)?;
    }
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell))).map_err(anyhow::Error::from)?;
    }
    Ok(Bytes::from(writer.into_inner().map_err(|e| anyhow::anyhow!("csv: {e}"))?))
}

/// The workbook of every batch: each is written on a blocking thread, the next read meanwhile
/// waits, so neither the async workers nor the database connection are held by the writing.
async fn workbook(mut batches: Batches) -> Result<Vec<u8>, ApiError> {
    let mut sheet = web::block(Sheet::new).await.map_err(anyhow::Error::from)??;
    while let Some(rows) = batches.next().await? {
        sheet = web::block(move || sheet.append(&rows).map(|()| sheet)).await.map_err(anyhow::Error::from)??;
    }
    Ok(web::block(move || sheet.finish()).await.map_err(anyhow::Error::from)??)
}

/// One member per row.
type Row = [String; 14];

/// A workbook being written: one sheet, its header frozen above the rows.
struct Sheet {
    workbook: Workbook,
    next_row: u32,
}

impl Sheet {
    fn new() -> Result<Self, XlsxError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name("members")?;
        let bold = Format::new().set_bold();
        for (column, name) in (0u16..).zip(HEADER) {
            sheet.write_string_with_format(0, column, name, &bold)?;
            sheet.set_column_width(column, if name == "email" || name == "chapter" { 28 } else { 16 })?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(Self { workbook, next_row: 1 })
    }

    /// Cells are written as text, never as numbers or formulas.
    fn append(&mut self, rows: &[Row]) -> Result<(), XlsxError> {
        let sheet = self.workbook.worksheet_from_index(0)?;
        for row in rows {
            for (column, cell) in (0u16..).zip(row) {
                if !cell.is_empty() {
                    sheet.write_string(self.next_row, column, cell)?;
                }
            }
            self.next_row += 1;
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.workbook.save_to_buffer()
    }
}

impl From<XlsxError> for ApiError {
    fn from(err: XlsxError) -> Self {
        ApiError::Internal(anyhow::anyhow!("writing the workbook: {err}"))
    }
}

struct Batches {
    state: web::Data<AppState>,
    org: OrgId,
    scope: Scope,
    query: MemberQuery,
    chapter_names: HashMap<ChapterId, String>,
    after: Option<Uuid>,
    first: bool,
}

impl Batches {
    /// The next batch's rows; `None` when done (the first batch is returned even when empty,
    /// so that a file always has its header).
    async fn next(&mut self) -> Result<Option<Vec<Row>>, ApiError> {
        if self.after.is_none() && !self.first {
            return Ok(None);
        }
        let mut conn = self.state.conn().await?;
        let people = queries::list_people(&mut conn, self.org, &self.scope, &self.query, self.after, BATCH).await?;
        let full = i64::try_from(people.len()).unwrap_or(0) == BATCH;
        let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
        let memberships = queries::memberships_of_people(&mut conn, &ids).await?;
        let fees = queries::fees_of(&mut conn, &memberships.iter().map(|m| m.id).collect::<Vec<_>>()).await?;
        self.first = false;
        self.after = if full { people.last().map(|p| p.id.into()) } else { None };
        Ok(Some(
            people
                .iter()
                .map(|person| {
                    let newest = memberships.iter().rfind(|m| m.person_id == person.id);
                    let years = newest.map(|m| fees.iter().filter(|f| f.membership_id == m.id).map(|f| f.year));
                    record(person, newest, years.into_iter().flatten(), &self.chapter_names)
                })
                .collect(),
        ))
    }
}

/// A member's row: their details, their newest membership and the years it is paid for.
fn record(
    person: &Person,
    membership: Option<&Membership>,
    years: impl Iterator<Item = i16>,
    chapter_names: &HashMap<ChapterId, String>,
) -> Row {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let show = |v: Option<String>| v.unwrap_or_default();
    let chapter = membership.map_or(person.home_chapter_id, |m| m.chapter_id);
    [
        text(&person.given_name),
        text(&person.family_name),
        text(&person.email),
        text(&person.phone),
        text(&person.postal_code),
        show(person.birth_year.map(|y| y.to_string())),
        show(person.birth_date.map(|d| d.to_string())),
        person.language.clone(),
        chapter_names.get(&chapter).cloned().unwrap_or_default(),
        show(membership.map(|m| m.type_code.clone())),
        show(membership.and_then(|m| m.joined_on).map(|d| d.to_string())),
        show(membership.map(|m| m.status.as_str().to_owned())),
        show(membership.and_then(|m| m.ended_on).map(|d| d.to_string())),
        years.map(|y| y.to_string()).collect::<Vec<_>>().join(", "),
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
