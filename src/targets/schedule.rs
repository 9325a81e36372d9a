//! When a target is judged: always, by a deadline, or in each occurrence of a period. Pure
//! date arithmetic, with no database.

use chrono::{Datelike, Months, NaiveDate};

pub use super::queries::Period;

/// A stretch of days within each year (`10 September` is 09-10 to 09-10), as month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub from: (u32, u32),
    pub to: (u32, u32),
}

impl Window {
    /// Reads `MM-DD` days; the end may not come before the start.
    pub fn parse(from: &str, to: &str) -> Option<Self> {
        let window = Self { from: month_day(from)?, to: month_day(to)? };
        (window.from <= window.to).then_some(window)
    }

    fn in_year(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        Some((on(year, self.from)?, on(year, self.to)?))
    }
}

fn month_day(text: &str) -> Option<(u32, u32)> {
    let b = text.as_bytes();
    let shaped = b.len() == 5 && b[2] == b'-' && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit());
    if !shaped {
        return None;
    }
    let (month, day) = (text[..2].parse().ok()?, text[3..].parse().ok()?);
    // 2000 is a leap year: 02-29 is a day of the calendar, and falls to 02-28 in other years.
    NaiveDate::from_ymd_opt(2000, month, day).map(|_| (month, day))
}

fn on(year: i32, (month, day): (u32, u32)) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| NaiveDate::from_ymd_opt(year, month, day - 1))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recurrence {
    pub period: Period,
    /// Every how many periods (2 with a year: every other year).
    pub every: u32,
    pub first_year: Option<i32>,
    pub last_year: Option<i32>,
    pub window: Option<Window>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Judged on any day.
    Continuous,
    /// To be met by `deadline_on`; measured from `baseline_on`.
    Deadline {
        baseline_on: NaiveDate,
        deadline_on: NaiveDate,
    },
    Recurring(Recurrence),
}

/// One occurrence of a recurring target: its first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Where a day stands in a recurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The day is in this occurrence.
    During(Occurrence),
    /// The day is after this occurrence and the next has not begun (or there is none).
    After(Occurrence),
    /// No occurrence has begun by the day.
    Before,
}

impl Period {
    fn per_year(self) -> i32 {
        match self {
            Self::Year => 1,
            Self::HalfYear => 2,
            Self::Quarter => 4,
            Self::Month => 12,
        }
    }

    fn months(self) -> u32 {
        12 / self.per_year().unsigned_abs()
    }
}

impl Recurrence {
    /// The number of the period a day is in, counted from year 0.
    fn slot_of(&self, day: NaiveDate) -> i32 {
        let per_year = self.period.per_year();
        day.year() * per_year + (day.month0() as i32) / (12 / per_year)
    }

    fn is_held(&self, slot: i32) -> bool {
        let per_year = self.period.per_year();
        let first = self.first_year.map(|y| y * per_year);
        let last = self.last_year.map(|y| (y + 1) * per_year - 1);
        let anchor = first.unwrap_or(0);
        first.is_none_or(|f| slot >= f)
            && last.is_none_or(|l| slot <= l)
            && (slot - anchor).rem_euclid(self.every.max(1) as i32) == 0
    }

    fn occurrence(&self, slot: i32) -> Option<Occurrence> {
        let per_year = self.period.per_year();
        let year = slot.div_euclid(per_year);
        let start_month = (slot.rem_euclid(per_year) as u32) * self.period.months() + 1;
        let from = NaiveDate::from_ymd_opt(year, start_month, 1)?;
        let to = from.checked_add_months(Months::new(self.period.months()))?.pred_opt()?;
        match self.window {
            Some(window) => window.in_year(year).map(|(from, to)| Occurrence { from, to }),
            None => Some(Occurrence { from, to }),
        }
    }

    /// The occurrence a day is in, or the last one before it.
    pub fn standing(&self, day: NaiveDate) -> Standing {
        // Once the last year is over, search back from its end.
        let last_day = self.last_year.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31));
        let slot = self.slot_of(last_day.map_or(day, |end| end.min(day)));
        // Ten years of slots back is far enough for any `every` up to ten years.
        let reach = self.period.per_year() * 10 * self.every.max(1) as i32;
        for s in (slot - reach..=slot).rev() {
            if !self.is_held(s) {
                continue;
            }
            let Some(occurrence) = self.occurrence(s) else { continue };
            if occurrence.from <= day && day <= occurrence.to {
                return Standing::During(occurrence);
            }
            if occurrence.to < day {
                return Standing::After(occurrence);
            }
        }
        Standing::Before
    }

    /// Whether `occurrence` belongs to the period `day` is in (a window earlier in the same year).
    pub fn in_period_of(&self, occurrence: Occurrence, day: NaiveDate) -> bool {
        self.slot_of(occurrence.from) == self.slot_of(day)
    }

    /// Whether an occurrence ends after `day` (none does once the last year is over).
    pub fn continues_after(&self, day: NaiveDate) -> bool {
        let Some(year) = self.last_year else { return true };
        match NaiveDate::from_ymd_opt(year, 12, 31).map(|end| self.standing(end)) {
            Some(Standing::During(o) | Standing::After(o)) => o.to > day,
            _ => false,
        }
    }

    /// The last occurrence that ended before `occurrence` began.
    pub fn previous(&self, occurrence: Occurrence) -> Option<Occurrence> {
        match occurrence.from.pred_opt().map(|day| self.standing(day)) {
            Some(Standing::During(o) | Standing::After(o)) if o.to < occurrence.from => Some(o),
            _ => None,
        }
    }
}

/// The calendar periods from the one `from` is in through the one `to` is in; none when they
/// are more than `most`.
pub fn periods(period: Period, from: NaiveDate, to: NaiveDate, most: usize) -> Option<Vec<Occurrence>> {
    let every = Recurrence { period, every: 1, first_year: None, last_year: None, window: None };
    let (first, last) = (every.slot_of(from), every.slot_of(to));
    let count = usize::try_from(last - first + 1).ok()?;
    if count > most {
        return None;
    }
    (first..=last).map(|slot| every.occurrence(slot)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn yearly() -> Recurrence {
        Recurrence { period: Period::Year, every: 1, first_year: None, last_year: None, window: None }
    }

    fn occ(from: &str, to: &str) -> Occurrence {
        Occurrence { from: day(from), to: day(to) }
    }

    #[test]
    fn a_calendar_year_and_a_half_year() {
        assert_eq!(yearly().standing(day("2026-12-01")), Standing::During(occ("2026-01-01", "2026-12-31")));
        let half = Recurrence { period: Period::HalfYear, ..yearly() };
        assert_eq!(half.standing(day("2026-07-01")), Standing::During(occ("2026-07-01", "2026-12-31")));
        assert_eq!(half.standing(day("2026-06-30")), Standing::During(occ("2026-01-01", "2026-06-30")));
        let quarter = Recurrence { period: Period::Quarter, ..yearly() };
        assert_eq!(quarter.standing(day("2026-05-31")), Standing::During(occ("2026-04-01", "2026-06-30")));
    }

    #[test]
    fn a_day_each_year() {
        let sept_10 = Recurrence { window: Window::parse("09-10", "09-10"), ..yearly() };
        assert_eq!(sept_10.standing(day("2026-09-10")), Standing::During(occ("2026-09-10", "2026-09-10")));
        assert_eq!(sept_10.standing(day("2026-12-01")), Standing::After(occ("2026-09-10", "2026-09-10")));
        assert_eq!(sept_10.standing(day("2026-03-01")), Standing::After(occ("2025-09-10", "2025-09-10")));
        assert_eq!(sept_10.previous(occ("2026-09-10", "2026-09-10")), Some(occ("2025-09-10", "2025-09-10")));
    }

    #[test]
    fn every_other_year_within_years() {
        let other = Recurrence { every: 2, first_year: Some(2022), last_year: Some(2026), ..yearly() };
        assert_eq!(other.standing(day("2025-06-01")), Standing::After(occ("2024-01-01", "2024-12-31")));
        assert_eq!(other.standing(day("2026-06-01")), Standing::During(occ("2026-01-01", "2026-12-31")));
        assert_eq!(other.standing(day("2030-06-01")), Standing::After(occ("2026-01-01", "2026-12-31")));
        assert_eq!(other.standing(day("2021-06-01")), Standing::Before);
        assert!(other.continues_after(day("2025-06-01")));
        assert!(!other.continues_after(day("2027-01-01")));
        assert_eq!(other.standing(day("2090-06-01")), Standing::After(occ("2026-01-01", "2026-12-31")));
    }

    #[test]
    fn periods_cover_the_range_in_calendar_steps() {
        let quarters = periods(Period::Quarter, day("2025-11-15"), day("2026-04-01"), 10).unwrap();
        assert_eq!(
            quarters,
            [occ("2025-10-01", "2025-12-31"), occ("2026-01-01", "2026-03-31"), occ("2026-04-01", "2026-06-30")]
        );
        assert_eq!(periods(Period::Month, day("2016-01-01"), day("2026-12-31"), 240).unwrap().len(), 132);
        assert!(periods(Period::Month, day("2000-01-01"), day("2026-12-31"), 240).is_none());
        assert!(periods(Period::Year, day("2026-01-01"), day("2025-01-01"), 240).unwrap().is_empty());
    }

    #[test]
    fn windows_read_month_and_day() {
        assert!(Window::parse("02-29", "03-01").is_some());
        assert!(Window::parse("09-11", "09-10").is_none());
        assert!(Window::parse("13-01", "13-02").is_none());
        for malformed in ["9-10", "+9-10", "009-10", "09-1", "09/10"] {
            assert!(Window::parse(malformed, "12-31").is_none(), "{malformed}");
        }
        let leap = Recurrence { window: Window::parse("02-29", "02-29"), ..yearly() };
        assert_eq!(leap.standing(day("2027-03-01")), Standing::After(occ("2027-02-28", "2027-02-28")));
    }
}
