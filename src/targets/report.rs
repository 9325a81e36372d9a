//! The status report (LPP's half-yearly report and its 2030 mid-term evaluation): every current
//! target as of a day, with each unit's change since the previous report, as JSON, CSV or a
//! page to print with its charts; and the grant report for the state scheme (Bufdir).

use std::collections::BTreeMap;

use askama::Template;
use chrono::NaiveDate;
use diesel::QueryResult;
use diesel_async::AsyncPgConnection;

use super::charts::{self, BarChart, LineChart};
use super::evaluate::evaluate;
use super::queries::{self, ScheduleKind, ScopeKind, TargetStatus};
use super::types::{
    CountyMembers, GrantReport, OrgRef, RegionSummary, ReportTarget, ReportUnit, StatusCounts, StatusReport,
    TargetEvaluation,
};
use crate::error::ApiError;
use crate::i18n::{Args, Direction, Lang};
use crate::organisations::queries::Organisation;

fn org_ref(org: &Organisation) -> OrgRef {
    OrgRef { id: org.id, slug: org.slug.clone(), name: org.name.clone() }
}

/// Every current target as of `as_of`, each unit beside its standing on `since`.
pub async fn status_report(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    as_of: NaiveDate,
    since: NaiveDate,
    lang: &Lang,
) -> QueryResult<StatusReport> {
    let mut targets = Vec::new();
    let mut targets_by_status = StatusCounts::default();
    for target in queries::current(conn, org.id).await? {
        let Some(now) = evaluate(conn, org, target.clone(), as_of, None, lang).await? else { continue };
        let before = evaluate(conn, org, target, since, None, lang).await?;
        targets_by_status.add(now.status);
        targets.push(report_target(now, before));
    }
    Ok(StatusReport { organisation: org_ref(org), as_of, since, targets_by_status, targets })
}

/// A unit across evaluations: its chapter, or its region.
type UnitKey = (Option<String>, Option<String>);

fn report_target(now: TargetEvaluation, before: Option<TargetEvaluation>) -> ReportTarget {
    let previous: BTreeMap<UnitKey, (Option<f64>, TargetStatus)> = before
        .iter()
        .flat_map(|b| &b.units)
        .map(|u| ((u.chapter_id.map(|c| c.to_string()), u.region_code.clone()), (u.value, u.status)))
        .collect();
    let single_deadline = now.units.len() == 1 && now.target.schedule_kind() == ScheduleKind::Deadline;
    let history = if single_deadline { now.units[0].history.clone() } else { Vec::new() };
    let units: Vec<ReportUnit> = now
        .units
        .into_iter()
        .map(|u| {
            let key = (u.chapter_id.map(|c| c.to_string()), u.region_code.clone());
            let (previous_value, previous_status) = previous.get(&key).map_or((None, None), |(v, s)| (*v, Some(*s)));
            ReportUnit {
                change: u.value.zip(previous_value).map(|(now, then)| now - then),
                chapter_id: u.chapter_id,
                region_code: u.region_code,
                name: u.name,
                value: u.value,
                compared_with: u.compared_with,
                status: u.status,
                previous_value,
                previous_status,
                projected_on: u.projected_on,
                at_risk_on: u.at_risk_on,
            }
        })
        .collect();
    let by_region = if now.target.scope_kind() == ScopeKind::ChaptersOfKind { by_region(&units) } else { Vec::new() };
    ReportTarget {
        previous_status: before.map(|b| b.status),
        status: now.status,
        period: now.period,
        summary: now.summary,
        target: now.target,
        units,
        history,
        by_region,
    }
}

fn by_region(units: &[ReportUnit]) -> Vec<RegionSummary> {
    let mut regions: BTreeMap<Option<String>, RegionSummary> = BTreeMap::new();
    for unit in units {
        let summary = regions.entry(unit.region_code.clone()).or_insert_with(|| RegionSummary {
            region_code: unit.region_code.clone(),
            met: 0,
            units: 0,
        });
        summary.units += 1;
        summary.met += usize::from(unit.status == TargetStatus::Met);
    }
    regions.into_values().collect()
}

const REPORT_CSV_HEADER: [&str; 11] = [
    "target",
    "name",
    "unit",
    "region",
    "value",
    "compared_with",
    "status",
    "previous_value",
    "previous_status",
    "change",
    "projected_on",
];

fn cell(value: Option<f64>) -> String {
    value.map(charts::number).unwrap_or_default()
}

/// One line per unit of every target. Names are the organisation's own, so every cell that
/// could start a formula is defused.
pub fn status_csv(report: &StatusReport) -> Result<Vec<u8>, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(REPORT_CSV_HEADER).map_err(anyhow::Error::from)?;
    for target in &report.targets {
        for unit in &target.units {
            writer
                .write_record([
                    target.target.code.clone(),
                    defused(&target.target.name),
                    defused(&unit.name),
                    unit.region_code.clone().unwrap_or_default(),
                    cell(unit.value),
                    cell(unit.compared_with),
                    unit.status.as_str().to_owned(),
                    cell(unit.previous_value),
                    unit.previous_status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
                    cell(unit.change),
                    unit.projected_on.map(|d| d.to_string()).unwrap_or_default(),
                ])
                .map_err(anyhow::Error::from)?;
        }
    }
    writer.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("csv: {e}")))
}

/// A text cell that a spreadsheet would take for a formula gets a leading apostrophe.
fn defused(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

/// The stylesheet of the printed report; its hash is the page's only allowed style.
pub const REPORT_STYLE: &str = include_str!("../../templates/report.css");

/// One target as the page shows it.
pub struct TargetView<'a> {
    pub target: &'a ReportTarget,
    pub line: Option<LineChart>,
    pub bars: Option<BarChart>,
}

#[derive(Template)]
#[template(path = "status_report.html")]
pub struct StatusPage<'a> {
    pub report: &'a StatusReport,
    pub targets: Vec<TargetView<'a>>,
    pub lang: &'a Lang,
    pub style: &'static str,
}

impl StatusPage<'_> {
    fn t(&self, id: &str) -> String {
        self.lang.text(id)
    }

    fn status_word(&self, status: &str) -> String {
        let mut args = Args::new();
        args.insert("status".into(), status.to_owned().into());
        self.lang.text_with("target-status", &args)
    }

    fn figure(&self, value: &Option<f64>) -> String {
        charts::figure(*value)
    }

    fn change(&self, value: &Option<f64>) -> String {
        match value {
            Some(v) if *v > 0.0 => format!("+{}", charts::number(*v)),
            _ => charts::figure(*value),
        }
    }

    fn dir(&self) -> &'static str {
        match self.lang.info().direction {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        }
    }
}

/// The report as a page to print: a trend line for each deadline target of one unit, a bar per
/// unit for each target of several, and a table of every unit.
pub fn status_html(report: &StatusReport, lang: &Lang) -> Result<String, ApiError> {
    let targets = report
        .targets
        .iter()
        .map(|target| {
            let points: Vec<(NaiveDate, f64)> = target.history.iter().filter_map(|p| Some((p.day, p.value?))).collect();
            let threshold = target.target.threshold;
            let units: Vec<(String, Option<f64>, bool)> =
                target.units.iter().map(|u| (u.name.clone(), u.value, u.status == TargetStatus::Met)).collect();
            TargetView {
                target,
                line: charts::line(&points, threshold),
                bars: if target.units.len() > 1 { charts::bars(&units, threshold) } else { None },
            }
        })
        .collect();
    let page = StatusPage { report, targets, lang, style: REPORT_STYLE };
    page.render().map_err(|e| ApiError::Internal(anyhow::anyhow!("rendering the report: {e}")))
}

/// The grant report as of 31 December of `year`.
pub async fn grant_report(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    year: i32,
) -> Result<GrantReport, ApiError> {
    let as_of = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(|| ApiError::validation("year", "range"))?;
    let figures = queries::grant_figures(conn, org.id, as_of).await?;
    let total = |kind: &str| figures.iter().find(|f| f.kind == kind).map_or(0, |f| f.n);
    let by_county: Vec<CountyMembers> = figures
        .iter()
        .filter(|f| f.kind == "county")
        .map(|f| CountyMembers {
            county_code: f.code.clone(),
            county_name: f.name.clone(),
            current: f.current,
            paying_members: f.n,
        })
        .collect();
    let counties_with_members =
        i64::try_from(by_county.iter().filter(|c| c.current && c.paying_members > 0).count()).unwrap_or(i64::MAX);
    let paying_members = total("paying");
    let (has_250_members, has_4_counties) = (paying_members >= 250, counties_with_members >= 4);
    Ok(GrantReport {
        organisation: org_ref(org),
        year,
        as_of,
        paying_members,
        by_county,
        counties_with_members,
        chapters: total("chapters"),
        peer_supporters: total("peer_supporters"),
        has_250_members,
        has_4_counties,
        entry_rule_met: has_250_members || has_4_counties,
    })
}

/// The grant report as lines of figure and value, counties after the totals.
pub fn grant_csv(report: &GrantReport) -> Result<Vec<u8>, ApiError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["figure", "county", "value"]).map_err(anyhow::Error::from)?;
    let totals = [
        ("paying_members", report.paying_members.to_string()),
        ("counties_with_members", report.counties_with_members.to_string()),
        ("chapters", report.chapters.to_string()),
        ("peer_supporters", report.peer_supporters.to_string()),
        ("entry_rule_met", report.entry_rule_met.to_string()),
    ];
    for (figure, value) in totals {
        writer.write_record([figure, "", &value]).map_err(anyhow::Error::from)?;
    }
    for county in &report.by_county {
        let code = county.county_code.clone().unwrap_or_default();
        writer
            .write_record(["paying_members", &code, &county.paying_members.to_string()])
            .map_err(anyhow::Error::from)?;
    }
    writer.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("csv: {e}")))
}
