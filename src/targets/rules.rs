//! A target as asked for, checked against its organisation and made into a row: the rules
//! that tie a metric, its parameter, the comparison and the schedule together.

use chrono::{Datelike, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;

use super::evaluation::Rule;
use super::metrics::{Metric, Parameter, Reading, Vocabulary};
use super::queries::{Comparison, ScheduleKind, ScopeKind, Target, TargetChanges};
use super::schedule::{Recurrence, Schedule, Window};
use super::types::{DayWindow, NewTarget, ScheduleSpec, Scope, UpdateTarget, schedule_of, scope_of};
use crate::catalogues::queries as catalogues;
use crate::chapters::queries::ChapterKind;
use crate::error::{ApiError, FieldError};
use crate::guards::chapter_in;
use crate::ids::{OrgId, TargetId};
use crate::volunteers::queries as volunteers;

/// Everything of a target but its identity, as the caller asks for it.
pub struct Spec {
    pub names: serde_json::Value,
    pub descriptions: serde_json::Value,
    pub metric: Metric,
    pub parameter: Option<String>,
    pub scope: Scope,
    pub comparison: Comparison,
    pub threshold: Option<f64>,
    pub schedule: ScheduleSpec,
    pub retired: bool,
    /// Whether the parameter is new or changed, and so is checked against the vocabularies:
    /// a target keeps a code its catalogue has since retired.
    pub parameter_changed: bool,
}

impl Spec {
    pub fn new(body: NewTarget) -> Self {
        Self {
            names: serde_json::to_value(body.names).unwrap_or_default(),
            descriptions: serde_json::to_value(body.descriptions).unwrap_or_default(),
            metric: body.metric,
            parameter: body.parameter.map(String::from),
            scope: body.scope,
            comparison: body.comparison,
            threshold: body.threshold,
            schedule: body.schedule,
            retired: false,
            parameter_changed: true,
        }
    }

    /// The target as it stands, with `changes` applied.
    pub fn changed(current: &Target, changes: UpdateTarget) -> Self {
        let parameter_changed =
            changes.parameter.as_ref().is_some_and(|p| p.as_deref() != current.parameter.as_deref());
        Self {
            parameter_changed,
            names: changes.names.map_or_else(|| current.names.clone(), |n| serde_json::to_value(n).unwrap_or_default()),
            descriptions: changes
                .descriptions
                .map_or_else(|| current.descriptions.clone(), |d| serde_json::to_value(d).unwrap_or_default()),
            metric: current.metric,
            parameter: changes.parameter.map_or_else(|| current.parameter.clone(), |p| p.map(String::from)),
            scope: changes.scope.unwrap_or_else(|| scope_of(current)),
            comparison: changes.comparison.unwrap_or(current.comparison),
            threshold: changes.threshold.unwrap_or(current.threshold),
            schedule: changes.schedule.unwrap_or_else(|| schedule_of(current)),
            retired: changes.retired.unwrap_or(current.retired_at.is_some()),
        }
    }

    /// Checks the rules between the fields and against the organisation's vocabularies.
    pub async fn check(&self, conn: &mut AsyncPgConnection, org: OrgId) -> Result<(), ApiError> {
        self.check_comparison()?;
        schedule(&self.schedule, self.metric)?;
        if self.parameter_changed {
            check_parameter(conn, org, self.metric, self.parameter.as_deref()).await?;
        }
        if let Scope::Chapter { chapter_id } = self.scope {
            chapter_in(conn, org, chapter_id)
                .await
                .map_err(|_| ApiError::missing("scope.chapter_id", "unknown_chapter"))?;
        }
        Ok(())
    }

    fn check_comparison(&self) -> Result<(), ApiError> {
        match (self.comparison, self.threshold) {
            (Comparison::Grows, Some(_)) => Err(ApiError::unprocessable("threshold", "threshold_with_grows")),
            (Comparison::Grows, None) => Ok(()),
            (_, None) => Err(ApiError::unprocessable("threshold", "threshold_required")),
            (_, Some(t)) if self.metric.is_share() && t > 100.0 => {
                Err(ApiError::unprocessable("threshold", "share_over_100"))
            }
            _ => Ok(()),
        }
    }

    /// The row for a new target.
    pub fn into_target(self, org: OrgId, code: String) -> Target {
        let now = Utc::now();
        let metric = self.metric;
        let c = self.changes();
        Target {
            id: TargetId::new(),
            organisation_id: org,
            code,
            names: c.names,
            descriptions: c.descriptions,
            metric,
            parameter: c.parameter,
            scope: c.scope,
            scope_chapter_id: c.scope_chapter_id,
            scope_chapter_kind: c.scope_chapter_kind,
            comparison: c.comparison,
            threshold: c.threshold,
            schedule: c.schedule,
            baseline_on: c.baseline_on,
            deadline_on: c.deadline_on,
            period: c.period,
            every: c.every,
            first_year: c.first_year,
            last_year: c.last_year,
            window_from: c.window_from,
            window_to: c.window_to,
            retired_at: c.retired_at,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }

    /// The columns this spec sets; a retired target keeps the day it was first retired.
    pub fn changes_from(self, current: Option<&Target>) -> TargetChanges {
        let was_retired = current.and_then(|t| t.retired_at);
        let mut changes = self.changes();
        if changes.retired_at.is_some() {
            changes.retired_at = was_retired.or(changes.retired_at);
        }
        changes
    }

    fn changes(self) -> TargetChanges {
        let (scope, scope_chapter_id, scope_chapter_kind) = match self.scope {
            Scope::Organisation {} => (ScopeKind::Organisation, None, None),
            Scope::Secretariat {} => (ScopeKind::Secretariat, None, None),
            Scope::Chapter { chapter_id } => (ScopeKind::Chapter, Some(chapter_id), None),
            Scope::ChaptersOfKind { chapter_kind } => (ScopeKind::ChaptersOfKind, None, Some(chapter_kind)),
            Scope::Regions {} => (ScopeKind::Regions, None, None),
        };
        let mut changes = TargetChanges {
            names: self.names,
            descriptions: self.descriptions,
            parameter: self.parameter,
            scope,
            scope_chapter_id,
            scope_chapter_kind,
            comparison: self.comparison,
            threshold: self.threshold,
            schedule: ScheduleKind::Continuous,
            baseline_on: None,
            deadline_on: None,
            period: None,
            every: 1,
            first_year: None,
            last_year: None,
            window_from: None,
            window_to: None,
            retired_at: self.retired.then(Utc::now),
        };
        match self.schedule {
            ScheduleSpec::Continuous {} => {}
            ScheduleSpec::Deadline { baseline_on, deadline_on } => {
                changes.schedule = ScheduleKind::Deadline;
                changes.baseline_on = Some(baseline_on);
                changes.deadline_on = Some(deadline_on);
            }
            ScheduleSpec::Recurring { period, every, first_year, last_year, window } => {
                changes.schedule = ScheduleKind::Recurring;
                changes.period = Some(period);
                changes.every = every.unwrap_or(1);
                changes.first_year = first_year;
                changes.last_year = last_year;
                changes.window_from = window.as_ref().map(|w| w.from.clone());
                changes.window_to = window.map(|w| w.to);
            }
        }
        changes
    }
}

/// That `parameter` fits `metric`: given when it must be, absent when it takes none, and a
/// current code of the organisation's vocabulary for it.
pub async fn check_parameter(
    conn: &mut AsyncPgConnection,
    org: OrgId,
    metric: Metric,
    parameter: Option<&str>,
) -> Result<(), ApiError> {
    let vocabulary = match (metric.parameter(), parameter) {
        (Parameter::None, Some(_)) => return Err(ApiError::unprocessable("parameter", "no_parameter")),
        (Parameter::Required(_), None) => return Err(ApiError::unprocessable("parameter", "parameter_required")),
        (Parameter::Optional(v) | Parameter::Required(v), Some(code)) => (v, code),
        (_, None) => return Ok(()),
    };
    let known = match vocabulary {
        (Vocabulary::Catalogue(catalogue), code) => catalogues::is_current(conn, org, catalogue, code).await?,
        (Vocabulary::CourseType, code) => volunteers::find_course_type(conn, org, code).await?.is_some(),
        (Vocabulary::ChapterKind, code) => ChapterKind::parse(code).is_some(),
        (Vocabulary::Language, code) => crate::i18n::available().iter().any(|tag| tag == code),
    };
    if known { Ok(()) } else { Err(ApiError::missing("parameter", "unknown_parameter")) }
}

/// The schedule's own rules, and that a target judged on any day reads a metric on a day.
fn schedule(spec: &ScheduleSpec, metric: Metric) -> Result<Schedule, ApiError> {
    match spec {
        ScheduleSpec::Continuous {} if metric.reading() == Reading::OverPeriod => {
            Err(ApiError::unprocessable("schedule", "metric_needs_period"))
        }
        ScheduleSpec::Continuous {} => Ok(Schedule::Continuous),
        ScheduleSpec::Deadline { baseline_on, deadline_on } if baseline_on > deadline_on => {
            Err(ApiError::unprocessable("schedule.deadline_on", "period_order"))
        }
        ScheduleSpec::Deadline { baseline_on, deadline_on } => {
            in_calendar(*baseline_on, "schedule.baseline_on")?;
            in_calendar(*deadline_on, "schedule.deadline_on")?;
            Ok(Schedule::Deadline { baseline_on: *baseline_on, deadline_on: *deadline_on })
        }
        ScheduleSpec::Recurring { period, every, first_year, last_year, window } => {
            let every = every.unwrap_or(1);
            if !(1..=10).contains(&every) {
                return Err(ApiError::validation("schedule.every", "range"));
            }
            for (field, year) in [("schedule.first_year", first_year), ("schedule.last_year", last_year)] {
                if year.is_some_and(|y| !(1900..=2100).contains(&y)) {
                    return Err(ApiError::validation(field, "range"));
                }
            }
            if every > 1 && first_year.is_none() {
                return Err(ApiError::unprocessable("schedule.first_year", "first_year_required"));
            }
            if first_year.zip(*last_year).is_some_and(|(f, l)| f > l) {
                return Err(ApiError::unprocessable("schedule.last_year", "period_order"));
            }
            let window = match window {
                None => None,
                Some(_) if *period != super::queries::Period::Year => {
                    return Err(ApiError::unprocessable("schedule.window", "window_needs_year"));
                }
                Some(DayWindow { from, to }) => {
                    Some(Window::parse(from, to).ok_or_else(|| ApiError::validation("schedule.window", "day_window"))?)
                }
            };
            Ok(Schedule::Recurring(Recurrence {
                period: *period,
                every: every.unsigned_abs().into(),
                first_year: first_year.map(i32::from),
                last_year: last_year.map(i32::from),
                window,
            }))
        }
    }
}

/// The days a target, a reading or a series may name: those of RFC 3339's four-digit years,
/// as the contract's `date` format says.
pub fn in_calendar(day: NaiveDate, field: &str) -> Result<NaiveDate, ApiError> {
    if (0..=9999).contains(&day.year()) {
        Ok(day)
    } else {
        Err(ApiError::Validation(vec![FieldError::new(field, "date_range").with_arg("min", 0).with_arg("max", 9999)]))
    }
}

/// The day asked for, or today.
pub fn day_or_today(day: Option<NaiveDate>, field: &str) -> Result<NaiveDate, ApiError> {
    in_calendar(day.unwrap_or_else(|| Utc::now().date_naive()), field)
}

/// The rule a stored target is judged by. Stored targets passed [`Spec::check`], so their
/// schedule is valid; one that is not (edited by hand) is judged as continuous.
pub fn rule_of(target: &Target) -> Rule {
    Rule {
        metric: target.metric,
        comparison: target.comparison,
        threshold: target.threshold,
        schedule: schedule(&schedule_of(target), target.metric).unwrap_or(Schedule::Continuous),
    }
}
