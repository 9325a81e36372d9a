//! Evaluating a target as of a day: the figures from the database, judged by `evaluation`,
//! with known lapses looked ahead at. Two statements at most per target, however many units.

use chrono::{Days, NaiveDate};
use diesel::QueryResult;
use diesel_async::AsyncPgConnection;
use fluent_templates::fluent_bundle::FluentValue;

use super::evaluation::{self, Figure, Judgement, Phase, Plan, Rule, TargetStatus, breaking_lapse, overall};
use super::queries::{self, Comparison, Lapse, Reading, ScopeKind, Target, UnitFigure, UnitsQuery};
use super::rules::rule_of;
use super::schedule::Schedule;
use super::types::{
    Lapsing, Point, PreviousOccurrence, Span, StatusCounts, Summary, TargetEvaluation, TargetResponse, UnitEvaluation,
};
use crate::i18n::{Args, Lang};
use crate::ids::ChapterId;
use crate::organisations::queries::Organisation;

/// Evaluates `target` as of `as_of`; with `within`, only its units at or under that chapter
/// (none for a target with no unit there).
pub async fn evaluate(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    target: Target,
    as_of: NaiveDate,
    within: Option<ChapterId>,
    lang: &Lang,
) -> QueryResult<Option<TargetEvaluation>> {
    if within.is_some() && matches!(target.scope, ScopeKind::Organisation | ScopeKind::Secretariat | ScopeKind::Regions)
    {
        return Ok(None);
    }
    let rule = rule_of(&target);
    let plan = evaluation::plan(&rule, as_of);
    let units = UnitsQuery {
        org: org.id,
        scope: target.scope,
        chapter: target.scope_chapter_id,
        kind: target.scope_chapter_kind,
        day: plan.day,
        within,
    };
    let readings =
        if plan.readings.is_empty() { vec![Reading { from: as_of, to: as_of }] } else { plan.readings.clone() };
    let parameter = target.parameter.as_deref();
    let rows = queries::figures(conn, &units, target.metric, parameter, &readings).await?;
    if rows.is_empty() && within.is_some() {
        return Ok(None);
    }
    let mut judged: Vec<(UnitFigure, Vec<Figure>, Judgement)> = Vec::new();
    for unit in by_unit(rows, readings.len()) {
        let judgement = evaluation::judge(&rule, &plan, &unit.1);
        judged.push((unit.0, unit.1, judgement));
    }
    let lapses = if looks_ahead(&rule, &plan, &judged) {
        let warning_end =
            as_of.checked_add_days(Days::new(org.target_warning_days.unsigned_abs().into())).unwrap_or(as_of);
        let by = evaluation::horizon(&plan, warning_end);
        queries::lapses(conn, &UnitsQuery { day: as_of, ..units }, target.metric, parameter, by).await?
    } else {
        Vec::new()
    };
    let units: Vec<UnitEvaluation> = judged
        .into_iter()
        .map(|(unit, figures, judgement)| unit_evaluation(&rule, &plan, unit, &figures, judgement, &lapses))
        .collect();
    let status = overall(units.iter().map(|u| u.status));
    let summary = summary(target.scope, target.scope_chapter_kind.map(|k| k.as_str()), &units, lang);
    Ok(Some(TargetEvaluation {
        period: period(&rule, &plan),
        target: TargetResponse::new(target, lang),
        as_of,
        measured_on: plan.day,
        status,
        summary,
        units,
    }))
}

/// Splits the rows (ordered by unit, then reading) into each unit's figures by reading.
fn by_unit(rows: Vec<UnitFigure>, readings: usize) -> Vec<(UnitFigure, Vec<Figure>)> {
    let mut units: Vec<(UnitFigure, Vec<Figure>)> = Vec::new();
    for row in rows {
        let figure = Figure { n: row.n, d: row.d };
        let at = usize::try_from(row.reading).ok();
        let same =
            units.last().is_some_and(|(u, _)| u.unit_chapter == row.unit_chapter && u.unit_region == row.unit_region);
        if !same {
            units.push((row, vec![Figure::default(); readings]));
        }
        if let (Some((_, figures)), Some(i)) = (units.last_mut(), at)
            && let Some(slot) = figures.get_mut(i)
        {
            *slot = figure;
        }
    }
    units
}

/// Looking ahead matters for a met count of things that lapse, judged as of today's facts.
fn looks_ahead(rule: &Rule, plan: &Plan, judged: &[(UnitFigure, Vec<Figure>, Judgement)]) -> bool {
    rule.metric.looks_ahead()
        && matches!(rule.comparison, Comparison::AtLeast | Comparison::Exactly)
        && matches!(plan.phase, Phase::Always | Phase::ToDeadline { .. } | Phase::During(_))
        && judged.iter().any(|(_, _, j)| j.status == TargetStatus::Met)
}

fn unit_evaluation(
    rule: &Rule,
    plan: &Plan,
    unit: UnitFigure,
    figures: &[Figure],
    mut judgement: Judgement,
    lapses: &[Lapse],
) -> UnitEvaluation {
    let current = plan.current.and_then(|i| figures.get(i)).copied();
    let share = rule.metric.is_share();
    let mut lapsing = Vec::new();
    let mut at_risk_on = None;
    if judgement.status == TargetStatus::Met
        && let (Some(value), Some(threshold)) = (judgement.value, rule.threshold)
    {
        let mine: Vec<&Lapse> = lapses
            .iter()
            .filter(|l| l.unit_chapter == unit.unit_chapter && l.unit_region == unit.unit_region)
            .collect();
        if let Some(k) = breaking_lapse(value, threshold, mine.len()) {
            judgement.status = TargetStatus::AtRisk;
            at_risk_on = Some(mine[k].until);
            lapsing =
                mine[..=k].iter().map(|l| Lapsing { id: l.subject, name: l.label.clone(), until: l.until }).collect();
        }
    }
    let history = plan
        .trend
        .iter()
        .filter_map(|&i| Some(Point { day: plan.readings.get(i)?.to, value: figures.get(i)?.value(rule.metric) }))
        .collect();
    UnitEvaluation {
        chapter_id: unit.unit_chapter,
        region_code: unit.region_of,
        name: unit.unit_name,
        value: judgement.value,
        numerator: current.filter(|_| share).map(|f| f.n),
        denominator: current.filter(|_| share).map(|f| f.d),
        compared_with: judgement.compared_with,
        status: judgement.status,
        history,
        // A month is taken as a twelfth of a year.
        trend_per_month: judgement.trend.map(|t| t.slope * 365.25 / 12.0),
        projected_on: judgement.projected_on,
        at_risk_on,
        lapsing,
        previous: plan.previous.zip(judgement.previous).map(|((o, _, _), (value, status))| PreviousOccurrence {
            period: Span { from: o.from, to: o.to },
            value,
            status,
        }),
    }
}

fn period(rule: &Rule, plan: &Plan) -> Option<Span> {
    match (plan.phase, rule.schedule) {
        (Phase::During(o) | Phase::Ended(o), _) => Some(Span { from: o.from, to: o.to }),
        (_, Schedule::Deadline { baseline_on, deadline_on }) => Some(Span { from: baseline_on, to: deadline_on }),
        _ => None,
    }
}

fn summary(scope: ScopeKind, kind: Option<&'static str>, units: &[UnitEvaluation], lang: &Lang) -> Summary {
    let mut by_status = StatusCounts::default();
    units.iter().for_each(|u| by_status.add(u.status));
    let met = by_status.met;
    let mut args = Args::new();
    args.insert("met".into(), FluentValue::from(met));
    args.insert("total".into(), FluentValue::from(units.len()));
    let units_word = match scope {
        ScopeKind::ChaptersOfKind => kind.unwrap_or("other"),
        ScopeKind::Regions => "regions",
        _ => "other",
    };
    args.insert("units".into(), units_word.into());
    Summary { met, units: units.len(), by_status, text: lang.text_with("target-summary", &args) }
}
