//! Welcome follow-ups: every new member is contacted by their chapter, and each contact is
//! logged (channel, duration, outcome, an optional note).

pub mod queries;
pub mod routes;
pub mod types;
