//! Request and response types for targets, their evaluation and the dashboards.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{IntoParams, ToSchema};
use validator::{Validate, ValidationError};

pub use super::evaluation::TargetStatus;
pub use super::metrics::Metric;
use super::queries::Target;
pub use super::queries::{Comparison, Period, ScheduleKind, ScopeKind};
use crate::catalogues::codes::Code;
use crate::catalogues::types::label_in;
use crate::chapters::queries::ChapterKind;
use crate::i18n::Lang;
use crate::ids::{ChapterId, OrgId, TargetId};
use crate::organisations::types::validate_labels;
use crate::reference::queries::is_region_code;

pub const TARGET_CODE_PATTERN: &str = "^[A-Z0-9][A-Z0-9_.-]{0,15}$";

/// Where a target is measured. (Variants without fields are written `{}` so that serde refuses
/// fields they do not have, as it does for the others.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scope {
    /// The whole organisation.
    Organisation {},
    /// The national chapter's own figures: what the secretariat does.
    Secretariat {},
    /// One chapter with the chapters under it.
    Chapter { chapter_id: ChapterId },
    /// Each chapter of a kind open on the day, each with the chapters under it.
    ChaptersOfKind { chapter_kind: ChapterKind },
    /// Each region, with the chapters in it.
    Regions {},
}

/// Days within each year, as `MM-DD` (10 September: `09-10` to `09-10`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DayWindow {
    #[schema(pattern = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", example = "09-10")]
    pub from: String,
    #[schema(pattern = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", example = "09-10")]
    pub to: String,
}

/// When a target is judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ScheduleSpec {
    /// On any day.
    Continuous {},
    /// By `deadline_on`, measured from `baseline_on` (a metric over a period adds up from it).
    Deadline { baseline_on: NaiveDate, deadline_on: NaiveDate },
    /// In each occurrence of a period: every `every` periods (default 1) from `first_year`
    /// through `last_year` (both optional), and, for a year, only the days of `window`.
    Recurring {
        period: Period,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schema(minimum = 1, maximum = 10)]
        every: Option<i16>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schema(minimum = 1900, maximum = 2100)]
        first_year: Option<i16>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schema(minimum = 1900, maximum = 2100)]
        last_year: Option<i16>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        window: Option<DayWindow>,
    },
}

/// Texts per language: at most 20, keyed by a language tag, each 1–2000 characters.
pub struct Descriptions;

impl utoipa::PartialSchema for Descriptions {
    fn schema() -> RefOr<Schema> {
        let text = ObjectBuilder::new().schema_type(Type::String).min_length(Some(1)).max_length(Some(2000));
        let key = ObjectBuilder::new().schema_type(Type::String).pattern(Some("^[A-Za-z-]{2,8}$"));
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .additional_properties(Some(text))
            .property_names(Some(key))
            .max_properties(Some(20))
            .into()
    }
}

impl ToSchema for Descriptions {}

pub fn validate_descriptions(texts: &BTreeMap<String, String>) -> Result<(), ValidationError> {
    let ok = texts.len() <= 20
        && texts.iter().all(|(lang, text)| {
            (2..=8).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && (1..=2000).contains(&text.chars().count())
        });
    if ok { Ok(()) } else { Err(ValidationError::new("descriptions")) }
}

fn validate_region_code(code: &str) -> Result<(), ValidationError> {
    if is_region_code(code) { Ok(()) } else { Err(ValidationError::new("region_code")) }
}

fn validate_code(code: &str) -> Result<(), ValidationError> {
    let ok = (1..=16).contains(&code.len())
        && code
            .bytes()
            .enumerate()
            .all(|(i, b)| b.is_ascii_uppercase() || b.is_ascii_digit() || (i > 0 && matches!(b, b'_' | b'.' | b'-')));
    if ok { Ok(()) } else { Err(ValidationError::new("target_code")) }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTarget {
    /// A short reference, unique in the organisation (`L1`, `V3`); it cannot change later.
    #[validate(custom(function = "validate_code"))]
    #[schema(pattern = "^[A-Z0-9][A-Z0-9_.-]{0,15}$", example = "V1")]
    pub code: String,
    #[validate(length(min = 1), custom(function = "validate_labels"))]
    #[schema(value_type = crate::organisations::types::Labels, example = json!({"nb": "Tre aktive likepersoner i hvert fylkeslag", "en": "Three active peer supporters per county chapter"}))]
    pub names: BTreeMap<String, String>,
    #[serde(default)]
    #[validate(custom(function = "validate_descriptions"))]
    #[schema(value_type = Descriptions)]
    pub descriptions: BTreeMap<String, String>,
    pub metric: Metric,
    /// The metric's code where it takes one: a volunteer role, a group, activity or chapter
    /// kind, a course type, a relation or a language.
    pub parameter: Option<Code>,
    pub scope: Scope,
    pub comparison: Comparison,
    /// What the figure is compared with; a share in per cent. None with `grows`.
    #[validate(range(min = 0.0, max = 1_000_000_000.0))]
    #[schema(minimum = 0, maximum = 1_000_000_000, example = 3)]
    pub threshold: Option<f64>,
    pub schedule: ScheduleSpec,
}

/// Fields to change; absent fields stay. The code and the metric cannot change: retire the
/// target and create another.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateTarget {
    #[validate(length(min = 1), custom(function = "validate_labels"))]
    #[schema(value_type = Option<crate::organisations::types::Labels>)]
    pub names: Option<BTreeMap<String, String>>,
    #[validate(custom(function = "validate_descriptions"))]
    #[schema(value_type = Option<Descriptions>)]
    pub descriptions: Option<BTreeMap<String, String>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<Code>, nullable)]
    pub parameter: Option<Option<Code>>,
    pub scope: Option<Scope>,
    pub comparison: Option<Comparison>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[validate(range(min = 0.0, max = 1_000_000_000.0))]
    #[schema(value_type = Option<f64>, nullable, minimum = 0, maximum = 1_000_000_000)]
    pub threshold: Option<Option<f64>>,
    pub schedule: Option<ScheduleSpec>,
    /// `true` retires the target (kept for history, no longer evaluated); `false` brings it back.
    pub retired: Option<bool>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TargetFilter {
    /// Include retired targets.
    pub retired: Option<bool>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AsOf {
    /// The day to evaluate as of (default: today). A past day is judged from the history.
    pub as_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TargetResponse {
    pub id: TargetId,
    pub code: String,
    /// The name in the caller's language (falling back as the translations do).
    pub name: String,
    #[schema(value_type = crate::organisations::types::Labels)]
    pub names: BTreeMap<String, String>,
    #[schema(value_type = Descriptions)]
    pub descriptions: BTreeMap<String, String>,
    pub metric: Metric,
    pub parameter: Option<String>,
    pub scope: Scope,
    pub comparison: Comparison,
    pub threshold: Option<f64>,
    pub schedule: ScheduleSpec,
    pub retired_at: Option<DateTime<Utc>>,
    /// Send as `If-Match` when updating.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl TargetResponse {
    pub fn new(target: Target, lang: &Lang) -> Self {
        let scope = scope_of(&target);
        let schedule = schedule_of(&target);
        Self {
            id: target.id,
            name: label_in(&target.names, lang, &target.code),
            code: target.code,
            names: serde_json::from_value(target.names).unwrap_or_default(),
            descriptions: serde_json::from_value(target.descriptions).unwrap_or_default(),
            metric: target.metric,
            parameter: target.parameter,
            scope,
            comparison: target.comparison,
            threshold: target.threshold,
            schedule,
            retired_at: target.retired_at,
            version: target.version,
            created_at: target.created_at,
            updated_at: target.updated_at,
        }
    }
}

impl TargetResponse {
    pub fn schedule_kind(&self) -> ScheduleKind {
        match self.schedule {
            ScheduleSpec::Continuous {} => ScheduleKind::Continuous,
            ScheduleSpec::Deadline { .. } => ScheduleKind::Deadline,
            ScheduleSpec::Recurring { .. } => ScheduleKind::Recurring,
        }
    }

    pub fn scope_kind(&self) -> ScopeKind {
        match self.scope {
            Scope::Organisation {} => ScopeKind::Organisation,
            Scope::Secretariat {} => ScopeKind::Secretariat,
            Scope::Chapter { .. } => ScopeKind::Chapter,
            Scope::ChaptersOfKind { .. } => ScopeKind::ChaptersOfKind,
            Scope::Regions {} => ScopeKind::Regions,
        }
    }
}

/// The scope a stored target names (the table's constraints keep the columns consistent).
pub fn scope_of(t: &Target) -> Scope {
    match (t.scope, t.scope_chapter_id, t.scope_chapter_kind) {
        (ScopeKind::Chapter, Some(chapter_id), _) => Scope::Chapter { chapter_id },
        (ScopeKind::ChaptersOfKind, _, Some(chapter_kind)) => Scope::ChaptersOfKind { chapter_kind },
        (ScopeKind::Secretariat, ..) => Scope::Secretariat {},
        (ScopeKind::Regions, ..) => Scope::Regions {},
        _ => Scope::Organisation {},
    }
}

pub fn schedule_of(t: &Target) -> ScheduleSpec {
    match (t.schedule, t.baseline_on, t.deadline_on, t.period) {
        (ScheduleKind::Deadline, Some(baseline_on), Some(deadline_on), _) => {
            ScheduleSpec::Deadline { baseline_on, deadline_on }
        }
        (ScheduleKind::Recurring, _, _, Some(period)) => ScheduleSpec::Recurring {
            period,
            every: (t.every != 1).then_some(t.every),
            first_year: t.first_year,
            last_year: t.last_year,
            window: t.window_from.clone().zip(t.window_to.clone()).map(|(from, to)| DayWindow { from, to }),
        },
        _ => ScheduleSpec::Continuous {},
    }
}

/// A stretch of days.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A figure on a day, for the trend.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
pub struct Point {
    pub day: NaiveDate,
    pub value: Option<f64>,
}

/// The previous occurrence of a recurring target, as it ended.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PreviousOccurrence {
    pub period: Span,
    pub value: Option<f64>,
    pub status: TargetStatus,
}

/// Something counted today that is known to stop counting within the warning window.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Lapsing {
    /// The person (volunteer metrics), group or chapter.
    pub id: uuid::Uuid,
    /// Their name; none for a person whose data was erased.
    pub name: Option<String>,
    /// The first day it no longer counts.
    pub until: NaiveDate,
}

/// One unit of a target: the organisation, a chapter with its subtree, or a region.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UnitEvaluation {
    /// The chapter the unit is (the national chapter for the organisation and the secretariat).
    pub chapter_id: Option<ChapterId>,
    /// The region the unit is, or its chapter's region.
    pub region_code: Option<String>,
    pub name: String,
    /// The figure: a count, or a share in per cent (none when there is nothing to share).
    pub value: Option<f64>,
    /// For a share: how many of `denominator` it counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i64>,
    /// What the value is compared with: the threshold, or (`grows`) the figure a year earlier.
    pub compared_with: Option<f64>,
    pub status: TargetStatus,
    /// A deadline target's monthly figures over the last year, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Point>,
    /// The trend fitted through `history`: change per month.
    pub trend_per_month: Option<f64>,
    /// The day the trend reaches the threshold; none when it never does.
    pub projected_on: Option<NaiveDate>,
    /// When known lapses take the figure below the threshold within the warning window.
    pub at_risk_on: Option<NaiveDate>,
    /// The lapses that do it, earliest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lapsing: Vec<Lapsing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousOccurrence>,
}

/// How many units stand how.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct StatusCounts {
    pub met: usize,
    pub on_track: usize,
    pub at_risk: usize,
    pub missed: usize,
    pub not_due: usize,
}

impl StatusCounts {
    pub fn add(&mut self, status: TargetStatus) {
        *match status {
            TargetStatus::Met => &mut self.met,
            TargetStatus::OnTrack => &mut self.on_track,
            TargetStatus::AtRisk => &mut self.at_risk,
            TargetStatus::Missed => &mut self.missed,
            TargetStatus::NotDue => &mut self.not_due,
        } += 1;
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Summary {
    /// Units that meet the target.
    pub met: usize,
    pub units: usize,
    pub by_status: StatusCounts,
    /// In words, in the caller's language ("14 of 17 county chapters").
    pub text: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TargetEvaluation {
    pub target: TargetResponse,
    pub as_of: NaiveDate,
    /// The day the figures are as of: the deadline once it has passed, the end of a finished
    /// occurrence, or `as_of`.
    pub measured_on: NaiveDate,
    /// The worst status of the units judged; `not_due` when none is judged yet.
    pub status: TargetStatus,
    /// The period judged: the occurrence, or from the baseline.
    pub period: Option<Span>,
    pub summary: Summary,
    pub units: Vec<UnitEvaluation>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrgRef {
    pub id: OrgId,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChapterRef {
    pub id: ChapterId,
    pub name: String,
    pub kind: ChapterKind,
}

/// "Are we on track, and where not?": every current target that applies, evaluated.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Dashboard {
    pub as_of: NaiveDate,
    pub organisation: OrgRef,
    /// The chapter, for a chapter's dashboard.
    pub chapter: Option<ChapterRef>,
    /// How many targets stand how.
    pub targets_by_status: StatusCounts,
    pub targets: Vec<TargetEvaluation>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SeriesParams {
    pub metric: Metric,
    /// The metric's code, where it takes one.
    pub parameter: Option<Code>,
    /// The step (default: month).
    pub interval: Option<Period>,
    /// The first day (default: ten years before `to`, from the first of that month).
    pub from: Option<NaiveDate>,
    /// The last day (default: today). At most 240 steps.
    pub to: Option<NaiveDate>,
}

/// The region of an organisation's series.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegionParam {
    /// One region's chapters instead of the whole organisation.
    #[validate(custom(function = "validate_region_code"))]
    #[param(pattern = "^[a-z]{2,16}$")]
    pub region: Option<String>,
}

/// A figure for one step of a series.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesPoint {
    /// The days read: for a metric on a day, `from` is `to`.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesResponse {
    pub metric: Metric,
    pub parameter: Option<String>,
    pub interval: Period,
    /// The chapter whose subtree is measured (the national chapter for the organisation).
    pub chapter_id: Option<ChapterId>,
    pub region_code: Option<String>,
    pub name: String,
    pub points: Vec<SeriesPoint>,
}

/// A column of the coverage matrix: a per-chapter target.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoverageTarget {
    pub id: TargetId,
    pub code: String,
    pub name: String,
    pub status: TargetStatus,
    /// "14 of 17 county chapters".
    pub summary: String,
}

/// A chapter's value and status for one target; none where the target does not measure it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoverageCell {
    pub value: Option<f64>,
    pub status: TargetStatus,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoverageRow {
    pub chapter_id: ChapterId,
    pub name: String,
    /// One cell per target, in the order of `targets`.
    pub cells: Vec<Option<CoverageCell>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoverageRegion {
    /// None for the chapters without a region.
    pub region_code: Option<String>,
    pub name: Option<String>,
    pub chapters: Vec<CoverageRow>,
}

/// Chapters × per-chapter targets, grouped by region.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Coverage {
    pub as_of: NaiveDate,
    pub organisation: OrgRef,
    pub targets: Vec<CoverageTarget>,
    pub regions: Vec<CoverageRegion>,
}

crate::text_enum! {
    /// How a report is given.
    pub enum ReportFormat: "report format" {
        Json => "json",
        Csv => "csv",
        Html => "html",
    }
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// The day of the report (default: today).
    pub as_of: Option<NaiveDate>,
    /// The day of the report it is compared with (default: six months before `as_of`, as the
    /// half-yearly status report goes).
    pub since: Option<NaiveDate>,
    /// `json` (default), `csv`, or `html`: a page to print, with its charts.
    pub format: Option<ReportFormat>,
}

/// One unit of a target in a report, with how it stood on the previous report's day.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportUnit {
    pub chapter_id: Option<ChapterId>,
    pub region_code: Option<String>,
    pub name: String,
    pub value: Option<f64>,
    pub compared_with: Option<f64>,
    pub status: TargetStatus,
    pub previous_value: Option<f64>,
    pub previous_status: Option<TargetStatus>,
    /// `value` less `previous_value`.
    pub change: Option<f64>,
    pub projected_on: Option<NaiveDate>,
    pub at_risk_on: Option<NaiveDate>,
}

/// A per-chapter target's units, added up by region.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionSummary {
    pub region_code: Option<String>,
    pub met: usize,
    pub units: usize,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReportTarget {
    pub target: TargetResponse,
    pub status: TargetStatus,
    pub previous_status: Option<TargetStatus>,
    pub period: Option<Span>,
    pub summary: Summary,
    pub units: Vec<ReportUnit>,
    /// For a target of one unit with a deadline: its monthly figures over the last year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Point>,
    /// For a target per chapter: how its chapters stand, region by region.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_region: Vec<RegionSummary>,
}

/// The status report: every current target as of a day, with the change since the previous one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatusReport {
    pub organisation: OrgRef,
    pub as_of: NaiveDate,
    pub since: NaiveDate,
    pub targets_by_status: StatusCounts,
    pub targets: Vec<ReportTarget>,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GrantParams {
    /// The year reported on, as of its 31 December (default: last year).
    #[validate(range(min = 1900, max = 2200))]
    #[param(minimum = 1900, maximum = 2200)]
    pub year: Option<i32>,
    /// `json` (default) or `csv`.
    pub format: Option<GrantFormat>,
}

crate::text_enum! {
    /// How the grant report is given.
    pub enum GrantFormat: "grant report format" {
        Json => "json",
        Csv => "csv",
    }
}

/// Paying members in one county.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CountyMembers {
    /// None for members of chapters with no county.
    pub county_code: Option<String>,
    pub county_name: Option<String>,
    /// Whether the county exists on the report's day. Chapters still registered under an
    /// earlier county (Nord-Trøndelag, Hordaland …) are listed, but do not count towards the
    /// counties with members until their county is corrected.
    pub current: bool,
    pub paying_members: i64,
}

/// The figures the state grant scheme (Bufdir) asks for, as of 31 December of a year.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GrantReport {
    pub organisation: OrgRef,
    pub year: i32,
    pub as_of: NaiveDate,
    /// Memberships with the year's fee paid.
    pub paying_members: i64,
    pub by_county: Vec<CountyMembers>,
    /// Counties of the report's day with at least one paying member.
    pub counties_with_members: i64,
    /// Chapters open on the day, the national one included.
    pub chapters: i64,
    /// People active as peer supporters on the day.
    pub peer_supporters: i64,
    /// At least 250 paying members.
    pub has_250_members: bool,
    /// Paying members in at least 4 counties.
    pub has_4_counties: bool,
    /// The entry rule: at least 250 members and/or members in at least 4 counties, so either
    /// will do.
    pub entry_rule_met: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant, with fields or without, refuses a field it does not have.
    #[test]
    fn scopes_and_schedules_refuse_unknown_fields() {
        for (kind, extra) in
            [("regions", ""), ("organisation", ""), ("chapters_of_kind", r#","chapter_kind":"county""#)]
        {
            let ok = format!(r#"{{"kind":"{kind}"{extra}}}"#);
            let more = format!(r#"{{"kind":"{kind}"{extra},"x":1}}"#);
            assert!(serde_json::from_str::<Scope>(&ok).is_ok(), "{ok}");
            assert!(serde_json::from_str::<Scope>(&more).is_err(), "{more}");
        }
        assert!(serde_json::from_str::<ScheduleSpec>(r#"{"kind":"continuous"}"#).is_ok());
        assert!(serde_json::from_str::<ScheduleSpec>(r#"{"kind":"continuous","x":1}"#).is_err());
        assert_eq!(serde_json::to_value(Scope::Regions {}).unwrap(), serde_json::json!({"kind": "regions"}));
    }
}
