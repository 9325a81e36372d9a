//! Reference data: the RVTS regions and Norway's counties, current and historical.
//! Anyone may read them; platform admins correct them.

pub mod queries;
pub mod routes;
