//! Chapters: each organisation's tree of national, county and local chapters.

pub mod queries;
pub mod routes;
pub mod types;
