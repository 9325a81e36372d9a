//! Request and response types for aggregates.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::queries::{Row, Scope};
use crate::ids::ChapterId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AggregateFormat {
    #[default]
    Json,
    Csv,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AggregateParams {
    /// First day of the period for activities, meetings and projects (default 1 January of
    /// `to`'s year).
    pub from: Option<NaiveDate>,
    /// Last day of the period (default today).
    pub to: Option<NaiveDate>,
    /// The day volunteers and groups are counted on (default `to`).
    pub as_of: Option<NaiveDate>,
    /// `json` (default) or `csv`.
    pub format: Option<AggregateFormat>,
}

#[derive(Debug, Default, Serialize, ToSchema)]
pub struct ActivityTotal {
    pub count: i64,
    pub duration_minutes: i64,
    pub participants: i64,
}

#[derive(Debug, Default, Serialize, ToSchema)]
pub struct GroupTotal {
    pub count: i64,
    /// Of those, how many have the leaders the organisation's rule asks for.
    pub leadership_complete: i64,
}

/// Aggregates for one scope.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct Aggregates {
    /// Activities in the period, by kind and then channel.
    pub activities: BTreeMap<String, BTreeMap<String, ActivityTotal>>,
    /// Volunteers active on the day, by role.
    pub active_volunteers: BTreeMap<String, i64>,
    /// Groups running on the day, by kind.
    pub groups: BTreeMap<String, GroupTotal>,
    /// Group meetings in the period.
    pub group_meetings: ActivityTotal,
    /// Projects (not cancelled) of the period's years with a participating chapter here, by year.
    pub projects: BTreeMap<String, i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AggregatesResponse {
    pub chapter_id: ChapterId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    /// This chapter alone (for the national chapter: with the secretariat's own activities).
    pub chapter: Aggregates,
    /// This chapter and every chapter under it.
    pub subtree: Aggregates,
}

impl Aggregates {
    /// Adds one figure of `scope` to these aggregates.
    pub fn add(&mut self, row: &Row, scope: Scope) {
        let (n, minutes, people) = row.figures(scope);
        let key = row.key.clone().unwrap_or_default();
        match row.section.as_str() {
            "activity" if n > 0 => {
                let total = ActivityTotal { count: n, duration_minutes: minutes, participants: people };
                self.activities.entry(key).or_default().insert(row.subkey.clone().unwrap_or_default(), total);
            }
            "volunteer" if n > 0 => {
                self.active_volunteers.insert(key, n);
            }
            "group" if n > 0 => {
                self.groups.insert(key, GroupTotal { count: n, leadership_complete: people });
            }
            "meeting" => {
                self.group_meetings = ActivityTotal { count: n, duration_minutes: minutes, participants: people };
            }
            "project" if n > 0 => {
                self.projects.insert(key, n);
            }
            _ => {}
        }
    }
}
