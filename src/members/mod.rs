//! Members: people, their memberships with a full history of periods, fees, counts, the CSV
//! export, duplicates, and the member's own rights (export and erasure).

pub mod contact;
pub mod counts;
pub mod csv_export;
pub mod duplicates;
pub mod lifecycle;
pub mod queries;
pub mod rights;
pub mod routes;
pub mod types;
