//! Request and response types for uploaded imports.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::queries::{ImportRecord, ImportState};
use crate::i18n::Lang;

/// How an uploaded member list is to be imported.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ImportParams {
    /// Check everything and report what would happen, changing nothing.
    #[serde(default)]
    pub dry_run: bool,
    /// Send each new active member the welcome e-mail and open their welcome follow-ups.
    #[serde(default)]
    pub welcome: bool,
}

/// Why an import failed: the file is not a member list the import can read.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportFailure {
    /// `import_empty`, `import_workbook`, `import_csv`, `import_column_twice`,
    /// `import_columns_missing` or `internal_error`.
    pub code: String,
    /// The reason in the caller's language.
    pub message: String,
}

/// An import and how far it has come. Poll it until `state` is `done` or `failed`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResponse {
    pub id: Uuid,
    pub state: ImportState,
    pub dry_run: bool,
    pub welcome: bool,
    /// Rows below the header, once the file has been read.
    pub rows_total: Option<i32>,
    /// Rows read and checked so far.
    pub rows_read: i32,
    /// Rows written as new members (in a dry run: that would be).
    pub created: i32,
    /// Rows that are members already, left as they are.
    pub unchanged: i32,
    pub refused: i32,
    /// Rows that are the same person as an earlier row.
    pub duplicates: i32,
    /// Rows imported that resemble a registered member, for review.
    pub flagged: i32,
    /// Headings the import does not read.
    pub ignored_columns: Vec<String>,
    pub failure: Option<ImportFailure>,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl ImportResponse {
    pub fn new(r: ImportRecord, lang: &Lang) -> Self {
        let failure = r
            .error_code
            .map(|code| ImportFailure { message: lang.text(&format!("problem-{}", code.replace('_', "-"))), code });
        Self {
            id: r.id,
            state: r.state,
            dry_run: r.dry_run,
            welcome: r.welcome,
            rows_total: r.counts.rows_total,
            rows_read: r.rows_read,
            created: r.counts.created,
            unchanged: r.counts.unchanged,
            refused: r.counts.refused,
            duplicates: r.counts.duplicates,
            flagged: r.counts.flagged,
            ignored_columns: r.counts.ignored_columns,
            failure,
            created_at: r.created_at,
            started_at: r.started_at,
            finished_at: r.finished_at,
        }
    }
}
