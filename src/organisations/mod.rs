//! Organisations (tenants): their settings, and the national chapter that roots their tree.

pub mod logo;
pub mod queries;
pub mod routes;
pub mod types;
