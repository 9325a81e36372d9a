//! A metric over time: its figure for each calendar month, quarter, half-year or year of a
//! range, from the history, in one statement.

use chrono::NaiveDate;
use diesel::QueryResult;
use diesel_async::AsyncPgConnection;

use super::evaluation::Figure;
use super::metrics::{Metric, Reading as MetricReading};
use super::queries::{self, Period, Reading, UnitsQuery};
use super::schedule::periods;
use super::types::{SeriesPoint, SeriesResponse};

/// Most points one series may hold (twenty years by month).
pub const MAX_POINTS: usize = 240;

/// The readings for each period of the range: a metric on a day is read on the period's last
/// day (or `to`, for the period `to` is in); one over a period adds up the period's days within
/// the range.
pub fn readings(metric: Metric, interval: Period, from: NaiveDate, to: NaiveDate) -> Option<Vec<Reading>> {
    let on_day = metric.reading() == MetricReading::OnDay;
    let spans = periods(interval, from, to, MAX_POINTS)?;
    Some(
        spans
            .into_iter()
            .map(|p| {
                let last = p.to.min(to);
                Reading { from: if on_day { last } else { p.from.max(from) }, to: last }
            })
            .collect(),
    )
}

/// The series of `metric` for the one unit of `units` (with `region`, the unit of that region).
pub async fn series(
    conn: &mut AsyncPgConnection,
    units: &UnitsQuery,
    region: Option<&str>,
    metric: Metric,
    parameter: Option<&str>,
    interval: Period,
    readings: &[Reading],
) -> QueryResult<Option<SeriesResponse>> {
    let rows = queries::figures(conn, units, metric, parameter, readings).await?;
    let mut mine = rows.into_iter().filter(|r| region.is_none_or(|code| r.unit_region.as_deref() == Some(code)));
    let Some(first) = mine.next() else { return Ok(None) };
    let mut points: Vec<SeriesPoint> = readings
        .iter()
        .map(|r| SeriesPoint { from: r.from, to: r.to, value: None, numerator: None, denominator: None })
        .collect();
    let (chapter_id, region_code, name) = (first.unit_chapter, first.unit_region.clone(), first.unit_name.clone());
    for row in std::iter::once(first).chain(mine) {
        let Some(point) = usize::try_from(row.reading).ok().and_then(|i| points.get_mut(i)) else { continue };
        let figure = Figure { n: row.n, d: row.d };
        point.value = figure.value(metric);
        if metric.is_share() {
            (point.numerator, point.denominator) = (Some(row.n), Some(row.d));
        }
    }
    Ok(Some(SeriesResponse {
        metric,
        parameter: parameter.map(str::to_owned),
        interval,
        chapter_id,
        region_code,
        name,
        points,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_metric_on_a_day_is_read_at_each_period_end_and_one_over_a_period_over_its_days() {
        let members = readings(Metric::ActiveMembers, Period::Quarter, day("2026-02-10"), day("2026-05-15")).unwrap();
        assert_eq!(
            members.iter().map(|r| (r.from, r.to)).collect::<Vec<_>>(),
            [(day("2026-03-31"), day("2026-03-31")), (day("2026-05-15"), day("2026-05-15"))]
        );
        let joined = readings(Metric::NewMembers, Period::Quarter, day("2026-02-10"), day("2026-05-15")).unwrap();
        assert_eq!(
            joined.iter().map(|r| (r.from, r.to)).collect::<Vec<_>>(),
            [(day("2026-02-10"), day("2026-03-31")), (day("2026-04-01"), day("2026-05-15"))]
        );
        assert!(readings(Metric::NewMembers, Period::Month, day("2000-01-01"), day("2026-12-31")).is_none());
    }
}
