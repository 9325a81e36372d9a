//! The coverage matrix: every chapter against every per-chapter target, grouped by region, so
//! the secretariat sees at a glance where the plan holds and where not.

use std::collections::BTreeMap;

use super::types::{CoverageCell, CoverageRegion, CoverageRow, CoverageTarget, TargetEvaluation};
use crate::ids::ChapterId;
use crate::reference::queries::Region;

/// Lays the evaluations of per-chapter targets out as rows of chapters, one cell per target,
/// grouped by the chapters' regions (in the order of `regions`; chapters without one last).
pub fn matrix(evaluations: &[TargetEvaluation], regions: &[Region]) -> (Vec<CoverageTarget>, Vec<CoverageRegion>) {
    let targets = evaluations
        .iter()
        .map(|e| CoverageTarget {
            id: e.target.id,
            code: e.target.code.clone(),
            name: e.target.name.clone(),
            status: e.status,
            summary: e.summary.text.clone(),
        })
        .collect();
    let mut rows: BTreeMap<ChapterId, (Option<String>, CoverageRow)> = BTreeMap::new();
    for (column, evaluation) in evaluations.iter().enumerate() {
        for unit in &evaluation.units {
            let Some(chapter) = unit.chapter_id else { continue };
            let (_, row) = rows.entry(chapter).or_insert_with(|| {
                let row =
                    CoverageRow { chapter_id: chapter, name: unit.name.clone(), cells: vec![None; evaluations.len()] };
                (unit.region_code.clone(), row)
            });
            row.cells[column] = Some(CoverageCell { value: unit.value, status: unit.status });
        }
    }
    let mut by_region: BTreeMap<Option<String>, Vec<CoverageRow>> = BTreeMap::new();
    for (region, row) in rows.into_values() {
        by_region.entry(region).or_default().push(row);
    }
    let mut grouped = Vec::new();
    for region in regions {
        let mut chapters = by_region.remove(&Some(region.code.clone())).unwrap_or_default();
        chapters.sort_by(|a, b| a.name.cmp(&b.name));
        grouped.push(CoverageRegion {
            region_code: Some(region.code.clone()),
            name: Some(region.name.clone()),
            chapters,
        });
    }
    for (region_code, mut chapters) in by_region {
        chapters.sort_by(|a, b| a.name.cmp(&b.name));
        grouped.push(CoverageRegion { region_code, name: None, chapters });
    }
    (targets, grouped)
}
