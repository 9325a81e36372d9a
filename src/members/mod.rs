//! Members: people, their memberships with a full history of periods, fees, counts, the CSV
//! export, duplicates, the member's own rights (export and erasure), and the registry of every
//! table that holds a person, which export, erasure and merge read.

pub mod contact;
pub mod counts;
pub mod duplicates;
pub mod lifecycle;
pub mod list_export;
pub mod queries;
pub mod registry;
pub mod requests;
pub mod rights;
pub mod routes;
pub mod status;
pub mod types;
