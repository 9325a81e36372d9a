//! Cross-chapter projects: a name, a year, a status and two or more participating chapters.

pub mod queries;
pub mod routes;
pub mod types;
