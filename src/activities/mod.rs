//! The activity log: what a chapter's volunteers (or the secretariat) did — kind, day, length,
//! how many took part, the channel and the volunteers involved. Nothing in it identifies the
//! people who were helped; the optional note is refused if it holds an identity number and is
//! kept out of every export and aggregate.

pub mod queries;
pub mod routes;
pub mod types;
