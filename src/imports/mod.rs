//! Importing a member list: a spreadsheet or another system's export, read (`source`), its
//! columns recognised (`columns`), each row checked into the values the registry keeps
//! (`rows`), then staged and written in a few set-based statements (`queries`), all through
//! `run::import`, for the command line and for uploads alike. `report` writes what was refused
//! and why in the operator's language.

pub mod columns;
pub mod queries;
pub mod report;
pub mod rows;
pub mod run;
pub mod source;
