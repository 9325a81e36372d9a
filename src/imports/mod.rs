//! Importing a member list: a spreadsheet or another system's export, read (`source`), its
//! columns recognised (`columns`), each row checked into the values the registry keeps
//! (`rows`), then staged and written in a few set-based statements (`queries`), all through
//! `run::import`, for the command line and for uploads alike. `report` writes what was refused
//! and why in the operator's language. Uploads (`routes`) wait in `member_imports` until a
//! replica's background work (`jobs`) imports them.

pub mod columns;
pub mod jobs;
pub mod queries;
pub mod report;
pub mod routes;
pub mod rows;
pub mod run;
pub mod source;
pub mod types;
