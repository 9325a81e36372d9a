//! Per-organisation vocabularies: membership types and relation categories, each entry with
//! its labels per language.

pub mod codes;
pub mod queries;
pub mod routes;
pub mod types;
