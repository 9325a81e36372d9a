//! One import, from a file's bytes to what landed: read the table, read each row (on a blocking
//! thread: it is all parsing), copy the rows that can be imported onto a connection of the
//! import's own, then match and write them in one transaction with the import's record and its
//! one audit event. A dry run does all of it and rolls back, so what it reports is what the
//! import would do. The command line and the background work for uploads both run imports
//! through [`import`].

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use diesel_async::{AnsiTransactionManager, AsyncPgConnection, TransactionManager};
use uuid::Uuid;

use super::columns::{Column, Header, HeaderError, Mapping};
use super::queries::{self, Counts, Created, Match, NewImport};
use super::rows::{self, Candidate, Known, Problem, Verdict};
use super::source::{self, Unreadable};
use crate::audit::{self, Event};
use crate::catalogues::queries::{self as catalogues, Catalogue};
use crate::chapters::queries as chapters;
use crate::followups::queries as followups;
use crate::http::RequestMeta;
use crate::i18n::Lang;
use crate::ids::{ChapterId, UserId};
use crate::members::lifecycle::welcome_message;
use crate::members::status::Status;
use crate::organisations::queries::Organisation;
use crate::outbox;

/// What to import and how.
pub struct Request {
    pub id: Uuid,
    pub file: Vec<u8>,
    pub mapping: Mapping,
    pub dry_run: bool,
    /// Welcome the new active members as if they had just joined: a welcome e-mail and the
    /// follow-ups joining opens, due from `today`.
    pub welcome: bool,
    pub requested_by: Option<UserId>,
    pub today: NaiveDate,
}

/// The stages an import goes through, for a progress bar or a job's record.
pub trait Progress: Send + Sync {
    /// A stage begins that will count `rows` rows.
    fn stage(&self, stage: Stage, rows: u64);
    fn advance(&self, rows: u64);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Parsing and checking each row.
    Reading,
    /// Copying the rows that can be imported to the database.
    Copying,
    /// Matching and writing, a few statements for all rows.
    Writing,
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a member list")]
    Unreadable(Unreadable),
    #[error("the header cannot be read")]
    Header(HeaderError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl ImportError {
    /// The stable code of a file that cannot be imported (`None` when the fault is not the
    /// file's).
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Self::Unreadable(unreadable) => Some(unreadable.code()),
            Self::Header(header) => Some(header.code()),
            Self::Other(_) => None,
        }
    }
}

impl From<diesel::result::Error> for ImportError {
    fn from(err: diesel::result::Error) -> Self {
        Self::Other(err.into())
    }
}

/// What an import did (or, in a dry run, would do), row by row where a row was not simply
/// written.
#[derive(Debug, Clone)]
pub struct Summary {
    pub rows: usize,
    pub created: usize,
    pub unchanged: usize,
    pub refused: usize,
    pub duplicates: usize,
    pub flagged: usize,
    /// Every refused, duplicate or flagged row, in row order (a row may have several).
    pub problems: Vec<Problem>,
    /// Each column the file has, by the heading it has there.
    pub headings: BTreeMap<Column, String>,
    /// Headings the import does not read.
    pub ignored: Vec<String>,
}

/// Imports `request.file` into `org`: `lookup` reads the organisation's chapters and membership
/// types, and the import itself runs on connections of its own to `url`.
pub async fn import(
    lookup: &mut AsyncPgConnection,
    url: &str,
    org: &Organisation,
    request: Request,
    progress: Arc<dyn Progress>,
) -> Result<Summary, ImportError> {
    let table = source::read(&request.file).map_err(ImportError::Unreadable)?;
    let header = Header::read(&table.headings, &request.mapping).map_err(ImportError::Header)?;
    let known = Known::new(
        &chapters::all_of_organisation(lookup, org.id).await?,
        &catalogues::list(lookup, org.id, Catalogue::MembershipType).await?,
        &org.default_language,
        request.today,
    );
    let headings = header.columns().map(|(column, index)| (column, table.headings[index].clone())).collect();
    let rows = table.rows.len();
    progress.stage(Stage::Reading, rows as u64);
    let reading = progress.clone();
    let ignored = header.ignored.clone();
    let (candidates, problems) =
        tokio::task::spawn_blocking(move || rows::read_all(&header, &known, &table.rows, &|| reading.advance(1)))
            .await
            .map_err(anyhow::Error::from)?;
    progress.stage(Stage::Copying, candidates.len() as u64);
    let parts = by_chapter(candidates, parallelism());
    let staging = parts.iter().map(|part| queries::staged(url, part, |n| progress.advance(n)));
    let mut conns = futures_util::future::try_join_all(staging).await?;
    progress.stage(Stage::Writing, 0);
    for conn in &mut conns {
        AnsiTransactionManager::begin_transaction(conn).await?;
    }
    let outcome = match write_all(&mut conns, org, &request, &parts).await {
        Ok((matches, created)) => {
            let summary = summarise(Read { rows, problems, headings, ignored }, &matches, created);
            if request.dry_run {
                Ok(summary)
            } else {
                record(&mut conns[0], org, &request, &summary).await.map(|()| summary)
            }
        }
        Err(err) => Err(err),
    };
    // The parts commit only once every one is written; a failure in any rolls all of them back.
    let commit = outcome.is_ok() && !request.dry_run;
    for conn in &mut conns {
        if commit {
            AnsiTransactionManager::commit_transaction(conn).await?;
        } else if AnsiTransactionManager::rollback_transaction(conn).await.is_err() {
            // The connection is closed below, which rolls its transaction back all the same.
            tracing::warn!("an import's transaction could not be rolled back on its connection");
        }
    }
    outcome
}

/// How many connections write an import at once: one per core, at most four.
fn parallelism() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get()).min(4)
}

/// The rows in up to `parts` parts of about the same size, each chapter's rows in one part: the
/// parts are written at once by transactions of their own, and what two of them could both
/// want to change (a chapter's fee count for a year) is a chapter's.
fn by_chapter(candidates: Vec<Candidate>, parts: usize) -> Vec<Vec<Candidate>> {
    let mut chapters: HashMap<ChapterId, Vec<Candidate>> = HashMap::new();
    for candidate in candidates {
        chapters.entry(candidate.chapter_id).or_default().push(candidate);
    }
    let mut groups: Vec<Vec<Candidate>> = chapters.into_values().collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    let mut split: Vec<Vec<Candidate>> = (0..parts.clamp(1, groups.len().max(1))).map(|_| Vec::new()).collect();
    for group in groups {
        if let Some(smallest) = split.iter_mut().min_by_key(|part| part.len()) {
            smallest.extend(group);
        }
    }
    split
}

/// Writes every part on its own connection, all at once; each connection's transaction is left
/// open for the caller to end.
async fn write_all(
    conns: &mut [AsyncPgConnection],
    org: &Organisation,
    request: &Request,
    parts: &[Vec<Candidate>],
) -> Result<(Vec<Match>, usize), ImportError> {
    // Every part runs to its end, so that no statement is still running when the caller ends
    // the transactions.
    let writes = conns.iter_mut().zip(parts).map(|(conn, part)| write_part(conn, org, request, part));
    let written = futures_util::future::join_all(writes).await.into_iter().collect::<Result<Vec<_>, _>>()?;
    let created = written.iter().map(|(_, created)| *created).sum();
    Ok((written.into_iter().flat_map(|(matches, _)| matches).collect(), created))
}

async fn write_part(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    request: &Request,
    part: &[Candidate],
) -> Result<(Vec<Match>, usize), ImportError> {
    queries::match_registry(conn, org.id).await?;
    let matches = queries::matches(conn).await?;
    let created = queries::write_new(conn, org.id, request.today).await?;
    if request.welcome {
        welcome(conn, org, &created, part, request.today).await?;
    }
    Ok((matches, created.len()))
}

/// The import's record, with its counts, and its one audit event.
async fn record(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    request: &Request,
    summary: &Summary,
) -> Result<(), ImportError> {
    let new = NewImport {
        id: request.id,
        organisation_id: org.id,
        requested_by: request.requested_by,
        dry_run: false,
        welcome: request.welcome,
    };
    queries::record_done(conn, &new, &summary.counts()).await?;
    let meta = RequestMeta { request_id: String::new(), lang: Lang::default() };
    let event = Event::new(Some(org.id), "import", "member_import", Some(request.id));
    audit::record(conn, &meta, request.requested_by, event).await?;
    Ok(())
}

/// What reading the file found, besides the rows to import.
struct Read {
    rows: usize,
    problems: Vec<Problem>,
    headings: BTreeMap<Column, String>,
    ignored: Vec<String>,
}

/// The welcome e-mail and follow-ups of each new active member.
async fn welcome(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    created: &[Created],
    candidates: &[Candidate],
    today: NaiveDate,
) -> Result<(), ImportError> {
    let by_row: std::collections::HashMap<usize, &Candidate> = candidates.iter().map(|c| (c.row, c)).collect();
    let active: Vec<(&Created, &Candidate)> = created
        .iter()
        .filter_map(|c| Some((c, *by_row.get(&usize::try_from(c.row_number).ok()?)?)))
        .filter(|(_, candidate)| candidate.status == Status::Active)
        .collect();
    let joined: Vec<_> = active.iter().map(|(c, candidate)| (c.person_id, candidate.chapter_id)).collect();
    followups::open_on_joining(conn, org.id, &joined, today).await?;
    let messages = active
        .iter()
        .filter_map(|(c, candidate)| {
            let email = candidate.email.as_deref()?;
            Some(welcome_message(org, c.person_id, email, &candidate.given_name, &candidate.language))
        })
        .collect();
    outbox::enqueue_all(conn, messages).await?;
    Ok(())
}

/// Counts every row once: refused (with a problem), a duplicate of an earlier row, already
/// in the registry, or written (and flagged when it resembles a record).
fn summarise(read: Read, matches: &[Match], created: usize) -> Summary {
    let mut problems = read.problems;
    let mut unchanged = 0;
    for m in matches {
        let row = usize::try_from(m.row_number).unwrap_or_default();
        match (m.existing_id, m.other_id, m.similar_to) {
            (Some(first), Some(other), _) => problems.push(
                Problem::new(row, None, "contact_of_two_members").with_arg("member", first).with_arg("other", other),
            ),
            (Some(_), None, _) => unchanged += 1,
            (None, _, Some(similar)) => problems.push(Problem::similar(row, similar)),
            (None, _, None) => {}
        }
    }
    problems.sort_by_key(|p| p.row);
    let rows_with = |verdict: Verdict| {
        let mut rows: Vec<usize> = problems.iter().filter(|p| p.verdict == verdict).map(|p| p.row).collect();
        rows.dedup();
        rows.len()
    };
    Summary {
        rows: read.rows,
        created,
        unchanged,
        refused: rows_with(Verdict::Refused),
        duplicates: rows_with(Verdict::Duplicate),
        flagged: rows_with(Verdict::Flagged),
        problems,
        headings: read.headings,
        ignored: read.ignored,
    }
}

impl Summary {
    /// The counts and problems as the import's record keeps them.
    pub fn counts(&self) -> Counts {
        let count = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        Counts {
            rows_total: Some(count(self.rows)),
            created: count(self.created),
            unchanged: count(self.unchanged),
            refused: count(self.refused),
            duplicates: count(self.duplicates),
            flagged: count(self.flagged),
            ignored_columns: self.ignored.clone(),
            problems: serde_json::to_value(&self.problems).unwrap_or_default(),
        }
    }
}
