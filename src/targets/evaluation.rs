//! How a target is judged: which readings of its metric it needs on a day, and the status
//! each unit gets from them. Pure: the figures come from [`super::queries::figures`]. The rules
//! are documented in `docs/TARGETS.md`; the tests below walk through each.

use super::metrics::{Metric, Reading as MetricReading};
pub use super::queries::TargetStatus;
use super::queries::{Comparison, Reading};
use super::schedule::{Occurrence, Schedule, Standing};
use chrono::{Days, Months, NaiveDate};

/// A target's rule, as judging reads it.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub metric: Metric,
    pub comparison: Comparison,
    pub threshold: Option<f64>,
    pub schedule: Schedule,
}

/// What is judged on the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// A continuous target: judged on the day.
    Always,
    BeforeBaseline,
    ToDeadline {
        deadline_on: NaiveDate,
    },
    PastDeadline,
    During(Occurrence),
    /// The occurrence of the day's period is over (the days of its window have passed), or
    /// the last occurrence is and no other follows.
    Ended(Occurrence),
    /// Between occurrences, or before the first.
    Upcoming,
}

/// The readings judging a target on a day needs, and what each is for.
#[derive(Debug, Clone)]
pub struct Plan {
    pub phase: Phase,
    /// The day the figures are as of (the deadline, once past; the day asked for otherwise).
    pub day: NaiveDate,
    pub readings: Vec<Reading>,
    /// The figure judged.
    pub current: Option<usize>,
    /// The same figure a year earlier, for `grows`.
    pub year_before: Option<usize>,
    /// Monthly figures back from the day, oldest first, for the trend.
    pub trend: Vec<usize>,
    /// The previous occurrence (and its year-before figure) of a recurring target.
    pub previous: Option<(Occurrence, usize, Option<usize>)>,
}

/// Months of history the trend is fitted over.
pub const TREND_MONTHS: u32 = 12;

fn year_earlier(reading: Reading) -> Reading {
    let back = |d: NaiveDate| d.checked_sub_months(Months::new(12)).unwrap_or(d);
    Reading { from: back(reading.from), to: back(reading.to) }
}

struct Builder {
    readings: Vec<Reading>,
}

impl Builder {
    fn push(&mut self, reading: Reading) -> usize {
        self.readings.push(reading);
        self.readings.len() - 1
    }
}

/// The readings to take for judging `rule` on `as_of`.
pub fn plan(rule: &Rule, as_of: NaiveDate) -> Plan {
    let on_day = rule.metric.reading() == MetricReading::OnDay;
    let grows = rule.comparison == Comparison::Grows;
    let mut b = Builder { readings: Vec::new() };
    let judged = |b: &mut Builder, reading: Reading| {
        let current = b.push(reading);
        let year_before = grows.then(|| b.push(year_earlier(reading)));
        (Some(current), year_before)
    };
    let point = |day: NaiveDate| Reading { from: day, to: day };
    let (phase, day, current, year_before, trend, previous) = match rule.schedule {
        Schedule::Continuous => {
            let (c, y) = judged(&mut b, point(as_of));
            (Phase::Always, as_of, c, y, Vec::new(), None)
        }
        Schedule::Deadline { baseline_on, deadline_on } => {
            if as_of < baseline_on {
                let (c, y) = if on_day { judged(&mut b, point(as_of)) } else { (None, None) };
                (Phase::BeforeBaseline, as_of, c, y, Vec::new(), None)
            } else if as_of > deadline_on {
                let (c, y) = judged(&mut b, Reading { from: baseline_on, to: deadline_on });
                (Phase::PastDeadline, deadline_on, c, y, Vec::new(), None)
            } else {
                let mut trend = Vec::new();
                for back in (1..=TREND_MONTHS).rev() {
                    let Some(day) = as_of.checked_sub_months(Months::new(back)) else { continue };
                    if on_day || day >= baseline_on {
                        trend.push(b.push(Reading { from: baseline_on, to: day }));
                    }
                }
                let (c, y) = judged(&mut b, Reading { from: baseline_on, to: as_of });
                trend.extend(c);
                (Phase::ToDeadline { deadline_on }, as_of, c, y, trend, None)
            }
        }
        Schedule::Recurring(recurrence) => {
            let with_previous = |b: &mut Builder, occurrence: Occurrence| {
                recurrence.previous(occurrence).map(|p| {
                    let reading = Reading { from: p.from, to: p.to };
                    let at = b.push(reading);
                    (p, at, grows.then(|| b.push(year_earlier(reading))))
                })
            };
            match recurrence.standing(as_of) {
                Standing::During(o) => {
                    let (c, y) = judged(&mut b, Reading { from: o.from, to: as_of });
                    let previous = with_previous(&mut b, o);
                    (Phase::During(o), as_of, c, y, Vec::new(), previous)
                }
                Standing::After(o) if recurrence.in_period_of(o, as_of) || !recurrence.continues_after(as_of) => {
                    let (c, y) = judged(&mut b, Reading { from: o.from, to: o.to });
                    let previous = with_previous(&mut b, o);
                    (Phase::Ended(o), o.to, c, y, Vec::new(), previous)
                }
                Standing::After(o) => {
                    let reading = Reading { from: o.from, to: o.to };
                    let at = b.push(reading);
                    let y = grows.then(|| b.push(year_earlier(reading)));
                    (Phase::Upcoming, as_of, None, None, Vec::new(), Some((o, at, y)))
                }
                Standing::Before => (Phase::Upcoming, as_of, None, None, Vec::new(), None),
            }
        }
    };
    Plan { phase, day, readings: b.readings, current, year_before, trend, previous }
}

/// A unit's figure at one reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figure {
    pub n: i64,
    pub d: i64,
}

impl Figure {
    /// The value compared: the count, or a share in per cent (none of nothing).
    pub fn value(self, metric: Metric) -> Option<f64> {
        if metric.is_share() {
            (self.d > 0).then(|| 100.0 * self.n as f64 / self.d as f64)
        } else {
            Some(self.n as f64)
        }
    }
}

/// The line fitted through the monthly figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    /// Change per day.
    pub slope: f64,
}

/// Least squares through `(day, value)`; none with fewer than two days.
pub fn fit(points: &[(NaiveDate, f64)]) -> Option<Trend> {
    let first = points.first()?.0;
    let xs: Vec<f64> = points.iter().map(|(d, _)| (*d - first).num_days() as f64).collect();
    let n = points.len() as f64;
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = points.iter().map(|(_, v)| v).sum::<f64>() / n;
    let sxx: f64 = xs.iter().map(|x| (x - mean_x).powi(2)).sum();
    if sxx == 0.0 {
        return None;
    }
    let sxy: f64 = xs.iter().zip(points).map(|(x, (_, y))| (x - mean_x) * (y - mean_y)).sum();
    Some(Trend { slope: sxy / sxx })
}

/// The day a value moving by `trend` from `value` on `day` reaches `threshold`; none when it
/// moves the other way or not at all.
pub fn projected_on(day: NaiveDate, value: f64, threshold: f64, trend: Trend) -> Option<NaiveDate> {
    let needed = threshold - value;
    if needed == 0.0 {
        return Some(day);
    }
    if trend.slope == 0.0 || needed.signum() != trend.slope.signum() {
        return None;
    }
    let days = (needed / trend.slope).ceil();
    // Beyond a thousand years is as good as never.
    (days <= 365_000.0).then(|| day.checked_add_days(Days::new(days as u64))).flatten()
}

/// A unit's judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub status: TargetStatus,
    pub value: Option<f64>,
    /// What the value is compared with: the threshold, or (`grows`) the figure a year earlier.
    pub compared_with: Option<f64>,
    pub projected_on: Option<NaiveDate>,
    pub trend: Option<Trend>,
    /// The previous occurrence's value and status.
    pub previous: Option<(Option<f64>, TargetStatus)>,
}

fn holds(comparison: Comparison, value: Option<f64>, against: Option<f64>) -> bool {
    let (Some(v), Some(t)) = (value, against) else { return false };
    match comparison {
        Comparison::AtLeast => v >= t,
        Comparison::AtMost => v <= t,
        Comparison::Exactly => (v - t).abs() < 1e-9,
        Comparison::Grows => v > t,
    }
}

/// Share of an occurrence gone by `day`, counting the day itself.
fn elapsed(o: Occurrence, day: NaiveDate) -> f64 {
    let all = (o.to - o.from).num_days() + 1;
    let gone = (day - o.from).num_days() + 1;
    gone as f64 / all as f64
}

/// Judges one unit from its figures, one per reading of `plan`.
pub fn judge(rule: &Rule, plan: &Plan, figures: &[Figure]) -> Judgement {
    let value_at = |i: Option<usize>| i.and_then(|i| figures.get(i)).and_then(|f| f.value(rule.metric));
    let against = |year_before: Option<usize>| match rule.comparison {
        Comparison::Grows => value_at(year_before),
        _ => rule.threshold,
    };
    let value = value_at(plan.current);
    let compared_with = against(plan.year_before);
    let ok = holds(rule.comparison, value, compared_with);
    let final_status = |ok: bool| if ok { TargetStatus::Met } else { TargetStatus::Missed };
    let previous = plan.previous.map(|(_, at, year_before)| {
        let v = value_at(Some(at));
        (v, final_status(holds(rule.comparison, v, against(year_before))))
    });
    let mut judgement =
        Judgement { status: TargetStatus::NotDue, value, compared_with, projected_on: None, trend: None, previous };
    let nothing_to_measure = plan.current.is_some() && value.is_none();
    judgement.status = match plan.phase {
        _ if nothing_to_measure => TargetStatus::NotDue,
        Phase::Always => final_status(ok),
        Phase::BeforeBaseline | Phase::Upcoming => TargetStatus::NotDue,
        Phase::PastDeadline | Phase::Ended(_) => final_status(ok),
        _ if ok => TargetStatus::Met,
        Phase::ToDeadline { deadline_on } => {
            let points: Vec<(NaiveDate, f64)> =
                plan.trend.iter().filter_map(|&i| Some((plan.readings[i].to, value_at(Some(i))?))).collect();
            judgement.trend = fit(&points);
            judgement.projected_on = match (judgement.trend, value, rule.threshold) {
                (Some(trend), Some(v), Some(t)) if rule.comparison != Comparison::Grows => {
                    projected_on(plan.day, v, t, trend)
                }
                _ => None,
            };
            if judgement.projected_on.is_some_and(|p| p <= deadline_on) {
                TargetStatus::OnTrack
            } else {
                TargetStatus::AtRisk
            }
        }
        Phase::During(o) => during(rule, o, plan.day, value, compared_with),
    };
    judgement
}

/// A period in progress whose comparison does not hold (yet).
fn during(rule: &Rule, o: Occurrence, day: NaiveDate, value: Option<f64>, against: Option<f64>) -> TargetStatus {
    let (Some(v), Some(t)) = (value, against) else { return TargetStatus::AtRisk };
    if rule.metric.reading() == MetricReading::OnDay {
        return TargetStatus::AtRisk;
    }
    let gone = elapsed(o, day);
    let over = matches!(rule.comparison, Comparison::AtMost | Comparison::Exactly) && v > t;
    if over {
        return TargetStatus::Missed;
    }
    if gone < 0.25 {
        return TargetStatus::NotDue;
    }
    // Growth compares the same stretch of days a year earlier: no pace to project.
    if rule.comparison == Comparison::Grows {
        return TargetStatus::AtRisk;
    }
    let pace = v / gone;
    let on_pace = match rule.comparison {
        Comparison::AtMost => pace <= t,
        _ => pace >= t,
    };
    if on_pace { TargetStatus::OnTrack } else { TargetStatus::AtRisk }
}

/// The last day that looking ahead matters for: the end of the warning window, or the deadline
/// or the occurrence's end when either comes first.
pub fn horizon(plan: &Plan, warning_end: NaiveDate) -> NaiveDate {
    match plan.phase {
        Phase::ToDeadline { deadline_on } => warning_end.min(deadline_on),
        Phase::During(o) => warning_end.min(o.to),
        _ => warning_end,
    }
}

/// Whether known lapses break a met `at_least` (or `exactly`) count before the window ends:
/// with `value` counted and the lapse days sorted, the count falls below `threshold` on the
/// day of the lapse numbered `value − threshold + 1`. Returns that lapse's position.
pub fn breaking_lapse(value: f64, threshold: f64, lapses: usize) -> Option<usize> {
    let spare = value - threshold.ceil();
    if spare < 0.0 {
        return None;
    }
    let breaking = spare as usize;
    (breaking < lapses).then_some(breaking)
}

/// The status of a target over its units: the worst judged one (missed, then at risk, then
/// on track, then met); not due when no unit is judged yet.
pub fn overall(statuses: impl IntoIterator<Item = TargetStatus>) -> TargetStatus {
    let rank = |s: &TargetStatus| match s {
        TargetStatus::Missed => 4,
        TargetStatus::AtRisk => 3,
        TargetStatus::OnTrack => 2,
        TargetStatus::Met => 1,
        TargetStatus::NotDue => 0,
    };
    statuses.into_iter().max_by_key(rank).unwrap_or(TargetStatus::NotDue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::schedule::{Period, Recurrence, Window};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn members_by_2035() -> Rule {
        Rule {
            metric: Metric::ActiveMembers,
            comparison: Comparison::AtLeast,
            threshold: Some(10_000.0),
            schedule: Schedule::Deadline { baseline_on: day("2025-01-01"), deadline_on: day("2035-12-31") },
        }
    }

    /// Figures for a plan from a function of each reading's last day.
    fn figures(plan: &Plan, f: impl Fn(NaiveDate) -> i64) -> Vec<Figure> {
        plan.readings.iter().map(|r| Figure { n: f(r.to), d: 0 }).collect()
    }

    fn months_since(start: NaiveDate, d: NaiveDate) -> i64 {
        (d - start).num_days() / 30
    }

    #[test]
    fn a_deadline_target_growing_fast_enough_is_on_track() {
        let rule = members_by_2035();
        let plan = plan(&rule, day("2026-12-01"));
        assert_eq!(plan.trend.len(), 13);
        // 4,000 members, 100 more a month: 10,000 in five years.
        let start = day("2025-12-01");
        let j = judge(&rule, &plan, &figures(&plan, |d| 2_800 + 100 * months_since(start, d)));
        assert_eq!(j.status, TargetStatus::OnTrack);
        let projected = j.projected_on.unwrap();
        assert!(projected > day("2031-01-01") && projected < day("2032-06-01"), "{projected}");
    }

    #[test]
    fn a_deadline_target_growing_too_slowly_is_at_risk_and_one_not_growing_never_arrives() {
        let rule = members_by_2035();
        let plan = plan(&rule, day("2026-12-01"));
        let start = day("2025-12-01");
        let slow = judge(&rule, &plan, &figures(&plan, |d| 4_000 + 10 * months_since(start, d)));
        assert_eq!(slow.status, TargetStatus::AtRisk);
        assert!(slow.projected_on.unwrap() > day("2035-12-31"));
        let flat = judge(&rule, &plan, &figures(&plan, |_| 4_000));
        assert_eq!((flat.status, flat.projected_on), (TargetStatus::AtRisk, None));
        assert_eq!(flat.trend.unwrap().slope, 0.0);
        let shrinking = judge(&rule, &plan, &figures(&plan, |d| 5_000 - months_since(start, d)));
        assert_eq!((shrinking.status, shrinking.projected_on), (TargetStatus::AtRisk, None));
    }

    #[test]
    fn a_deadline_is_met_missed_or_not_due() {
        let rule = members_by_2035();
        let met = plan(&rule, day("2030-06-30"));
        assert_eq!(judge(&rule, &met, &figures(&met, |_| 10_000)).status, TargetStatus::Met);
        let after = plan(&rule, day("2036-02-01"));
        assert_eq!(after.day, day("2035-12-31"));
        assert_eq!(judge(&rule, &after, &figures(&after, |_| 9_999)).status, TargetStatus::Missed);
        assert_eq!(judge(&rule, &after, &figures(&after, |_| 10_000)).status, TargetStatus::Met);
        let before = plan(&rule, day("2024-06-30"));
        assert_eq!(judge(&rule, &before, &figures(&before, |_| 1)).status, TargetStatus::NotDue);
    }

    #[test]
    fn a_continuous_target_is_met_or_missed() {
        let rule = Rule {
            metric: Metric::ActiveVolunteers,
            comparison: Comparison::AtLeast,
            threshold: Some(3.0),
            schedule: Schedule::Continuous,
        };
        let p = plan(&rule, day("2026-12-01"));
        assert_eq!(p.readings, vec![Reading { from: day("2026-12-01"), to: day("2026-12-01") }]);
        assert_eq!(judge(&rule, &p, &[Figure { n: 3, d: 0 }]).status, TargetStatus::Met);
        assert_eq!(judge(&rule, &p, &[Figure { n: 2, d: 0 }]).status, TargetStatus::Missed);
    }

    #[test]
    fn known_lapses_break_a_met_count_on_the_right_lapse() {
        // Four counted, three needed: the second lapse takes the count to two.
        assert_eq!(breaking_lapse(4.0, 3.0, 2), Some(1));
        assert_eq!(breaking_lapse(4.0, 3.0, 1), None);
        assert_eq!(breaking_lapse(3.0, 3.0, 1), Some(0));
        assert_eq!(breaking_lapse(2.0, 3.0, 5), None);
    }

    #[test]
    fn a_share_of_nothing_is_not_due_and_grows_compares_with_a_year_earlier() {
        let share = Rule {
            metric: Metric::CompleteLeadershipShare,
            comparison: Comparison::Exactly,
            threshold: Some(100.0),
            schedule: Schedule::Continuous,
        };
        let p = plan(&share, day("2026-12-01"));
        assert_eq!(judge(&share, &p, &[Figure { n: 0, d: 0 }]).status, TargetStatus::NotDue);
        assert_eq!(judge(&share, &p, &[Figure { n: 2, d: 3 }]).status, TargetStatus::Missed);
        assert_eq!(judge(&share, &p, &[Figure { n: 3, d: 3 }]).status, TargetStatus::Met);
        let grows = Rule {
            metric: Metric::ChaptersOpen,
            comparison: Comparison::Grows,
            threshold: None,
            schedule: Schedule::Continuous,
        };
        let p = plan(&grows, day("2026-12-01"));
        assert_eq!(p.readings[1].to, day("2025-12-01"));
        let j = judge(&grows, &p, &[Figure { n: 26, d: 0 }, Figure { n: 25, d: 0 }]);
        assert_eq!((j.status, j.compared_with), (TargetStatus::Met, Some(25.0)));
        assert_eq!(judge(&grows, &p, &[Figure { n: 25, d: 0 }, Figure { n: 25, d: 0 }]).status, TargetStatus::Missed);
    }

    fn yearly(window: Option<Window>) -> Recurrence {
        Recurrence { period: Period::Year, every: 1, first_year: None, last_year: None, window }
    }

    #[test]
    fn a_period_target_goes_by_its_pace_and_is_not_judged_too_early() {
        let rule = Rule {
            metric: Metric::NewlyQualified,
            comparison: Comparison::AtLeast,
            threshold: Some(40.0),
            schedule: Schedule::Recurring(yearly(None)),
        };
        let early = plan(&rule, day("2026-02-01"));
        assert_eq!(early.readings[0], Reading { from: day("2026-01-01"), to: day("2026-02-01") });
        assert_eq!(judge(&rule, &early, &[Figure { n: 0, d: 0 }, Figure { n: 41, d: 0 }]).status, TargetStatus::NotDue);
        let late = plan(&rule, day("2026-10-01"));
        let figures = |n| [Figure { n, d: 0 }, Figure { n: 41, d: 0 }];
        assert_eq!(judge(&rule, &late, &figures(35)).status, TargetStatus::OnTrack);
        assert_eq!(judge(&rule, &late, &figures(10)).status, TargetStatus::AtRisk);
        let j = judge(&rule, &late, &figures(40));
        assert_eq!((j.status, j.previous), (TargetStatus::Met, Some((Some(41.0), TargetStatus::Met))));
    }

    #[test]
    fn a_day_each_year_is_not_due_before_it_and_final_after_it() {
        let rule = Rule {
            metric: Metric::Activities,
            comparison: Comparison::AtLeast,
            threshold: Some(1.0),
            schedule: Schedule::Recurring(yearly(Window::parse("09-10", "09-10"))),
        };
        let before = plan(&rule, day("2026-08-01"));
        assert_eq!(before.phase, Phase::Upcoming);
        let later_that_year = plan(&rule, day("2026-12-01"));
        let sept_10 = Occurrence { from: day("2026-09-10"), to: day("2026-09-10") };
        assert_eq!(later_that_year.phase, Phase::Ended(sept_10));
        let j = judge(&rule, &later_that_year, &[Figure { n: 0, d: 0 }, Figure { n: 1, d: 0 }]);
        assert_eq!((j.status, j.previous), (TargetStatus::Missed, Some((Some(1.0), TargetStatus::Met))));
        let j = judge(&rule, &before, &[Figure { n: 0, d: 0 }]);
        assert_eq!((j.status, j.previous), (TargetStatus::NotDue, Some((Some(0.0), TargetStatus::Missed))));
        let on_the_day = plan(&rule, day("2026-09-10"));
        assert_eq!(judge(&rule, &on_the_day, &[Figure::default(), Figure::default()]).status, TargetStatus::AtRisk);
        let last = Recurrence { last_year: Some(2026), ..yearly(Window::parse("09-10", "09-10")) };
        let after = Rule { schedule: Schedule::Recurring(last), ..rule };
        let p = plan(&after, day("2027-01-05"));
        assert_eq!(p.phase, Phase::Ended(Occurrence { from: day("2026-09-10"), to: day("2026-09-10") }));
        assert_eq!(judge(&after, &p, &[Figure { n: 1, d: 0 }, Figure::default()]).status, TargetStatus::Met);
    }

    #[test]
    fn overall_is_the_worst_judged_unit() {
        assert_eq!(overall([TargetStatus::Met, TargetStatus::AtRisk, TargetStatus::NotDue]), TargetStatus::AtRisk);
        assert_eq!(overall([TargetStatus::Met, TargetStatus::Missed, TargetStatus::OnTrack]), TargetStatus::Missed);
        assert_eq!(overall([TargetStatus::NotDue, TargetStatus::NotDue]), TargetStatus::NotDue);
        assert_eq!(overall([]), TargetStatus::NotDue);
    }
}
