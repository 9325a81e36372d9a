//! The geometry of the report's charts, drawn as inline SVG by its template: a trend line for a
//! deadline target and a bar per unit for a target per chapter. Pure arithmetic; the template
//! only places what is computed here.

use chrono::NaiveDate;

/// The drawing area of a chart, in SVG user units.
pub const WIDTH: f64 = 640.0;
pub const LINE_HEIGHT: f64 = 180.0;
/// Room left of the plot for the axis labels, and below it for the days.
const LEFT: f64 = 56.0;
const BOTTOM: f64 = 24.0;
/// One bar's row, and the room left of the bars for the names.
pub const BAR_ROW: f64 = 20.0;
const NAMES: f64 = 200.0;

/// A trend line: the figures as a polyline, and where the threshold lies.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// `x,y x,y …` for the polyline.
    pub points: String,
    /// The threshold's height, when it is within the chart.
    pub threshold_y: Option<f64>,
    pub top_label: String,
    pub first_day: String,
    pub last_day: String,
    pub plot_left: f64,
    pub plot_bottom: f64,
}

/// Numbers as people read them: whole ones without decimals.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.1}") }
}

/// A figure as the report and the alerts write it: a dash where there is none.
pub fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), number)
}

/// The line through `points` (days with figures), scaled so that both the figures and the
/// threshold fit; none without two figures.
pub fn line(points: &[(NaiveDate, f64)], threshold: Option<f64>) -> Option<LineChart> {
    let (first, last) = (points.first()?.0, points.last()?.0);
    let span = (last - first).num_days() as f64;
    if points.len() < 2 || span <= 0.0 {
        return None;
    }
    let top = points.iter().map(|(_, v)| *v).chain(threshold).fold(0.0_f64, f64::max).max(1.0);
    let plot_height = LINE_HEIGHT - BOTTOM;
    let y = |v: f64| plot_height - v / top * (plot_height - 8.0);
    let x = |d: NaiveDate| LEFT + (d - first).num_days() as f64 / span * (WIDTH - LEFT - 8.0);
    let points = points.iter().map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v))).collect::<Vec<_>>().join(" ");
    Some(LineChart {
        points,
        threshold_y: threshold.map(y),
        top_label: number(top),
        first_day: first.to_string(),
        last_day: last.to_string(),
        plot_left: LEFT,
        plot_bottom: plot_height,
    })
}

/// One unit's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub y: f64,
    pub width: f64,
    pub name: String,
    pub value: String,
    /// Whether the unit meets the target: its bar is drawn solid, others hatched, so that the
    /// chart does not rely on colour alone.
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub height: f64,
    pub threshold_x: Option<f64>,
    pub names_width: f64,
}

/// A bar per unit (name, value, met), scaled so that the largest value and the threshold fit.
pub fn bars(units: &[(String, Option<f64>, bool)], threshold: Option<f64>) -> Option<BarChart> {
    if units.is_empty() {
        return None;
    }
    let top = units.iter().filter_map(|(_, v, _)| *v).chain(threshold).fold(0.0_f64, f64::max).max(1.0);
    let room = WIDTH - NAMES - 48.0;
    let bars = units
        .iter()
        .enumerate()
        .map(|(i, (name, value, met))| Bar {
            y: i as f64 * BAR_ROW,
            width: value.unwrap_or(0.0) / top * room,
            name: name.clone(),
            value: figure(*value),
            met: *met,
        })
        .collect();
    Some(BarChart {
        bars,
        height: units.len() as f64 * BAR_ROW,
        threshold_x: threshold.map(|t| NAMES + t / top * room),
        names_width: NAMES,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_line_spans_the_plot_and_its_threshold_fits() {
        let chart = line(&[(day("2026-01-01"), 0.0), (day("2026-12-01"), 50.0)], Some(100.0)).unwrap();
        assert_eq!(chart.points, "56.0,156.0 632.0,82.0");
        assert_eq!(chart.threshold_y, Some(8.0));
        assert_eq!(chart.top_label, "100");
        assert!(line(&[(day("2026-01-01"), 1.0)], None).is_none());
    }

    #[test]
    fn bars_scale_to_the_largest_of_values_and_threshold() {
        let units =
            [("A".to_owned(), Some(3.0), true), ("B".to_owned(), Some(1.5), false), ("C".to_owned(), None, false)];
        let chart = bars(&units, Some(3.0)).unwrap();
        assert_eq!(chart.bars[0].width, 392.0);
        assert_eq!(chart.bars[1].width, 196.0);
        assert_eq!((chart.bars[2].width, chart.bars[2].value.as_str()), (0.0, "–"));
        assert_eq!(chart.threshold_x, Some(592.0));
        assert_eq!(chart.height, 60.0);
        assert_eq!(number(2.26), "2.3");
    }
}
