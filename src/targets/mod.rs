//! Targets: the organisation's plan as data (a metric, a scope, a comparison and a schedule),
//! evaluated as of any day, and the dashboards that answer "are we on track, and where not?".

pub mod alerts;
pub mod charts;
pub mod coverage;
pub mod evaluate;
pub mod evaluation;
pub mod metrics;
pub mod queries;
pub mod report;
pub mod routes;
pub mod rules;
pub mod schedule;
pub mod series;
pub mod types;
