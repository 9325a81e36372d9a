//! Follow-ups: members and volunteers whom their chapter contacts, for a reason that is the
//! organisation's own kind of follow-up (the welcome, a later contact, a yearly check-in with each
//! peer supporter); each contact is logged (channel, duration, outcome, an optional note).

pub mod queries;
pub mod routes;
pub mod types;
pub mod yearly;
