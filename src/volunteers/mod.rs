//! Volunteers: the roles people hold in chapters over a period, the course types that qualify
//! them, course runs with their completions, whether a volunteer is active in a role, and the
//! reminders sent before a qualification lapses.
//!
//! A role that some course type qualifies for counts as active while it is held and a
//! qualifying completion has not expired; a role no course qualifies for is active while held.
//! Which course qualifies for which role, and for how long, is the organisation's data.

pub mod courses;
pub mod queries;
pub mod reminders;
pub mod routes;
pub mod types;
