//! Groups (grief groups, self-help groups, conversation groups …) in a chapter, with their
//! leaders and meetings. A meeting records when, how long and how many came, never who. A
//! group's leadership is complete when it has the leaders its organisation's rule asks for
//! (`group_leadership_rule`; the SQL function `group_leadership_complete` decides).

pub mod queries;
pub mod routes;
pub mod types;
