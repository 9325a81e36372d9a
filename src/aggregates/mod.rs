//! What a chapter (alone, and with every chapter under it) did in a period and had on a day:
//! activities by kind and channel, active volunteers by role, groups by kind with how many have
//! complete leadership, group meetings, and projects per year. JSON or CSV; never a note, never
//! a person.

pub mod queries;
pub mod routes;
pub mod types;
