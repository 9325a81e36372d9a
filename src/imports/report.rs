//! What an import reports of the rows it did not simply write, in the operator's language: as
//! a CSV file (UTF-8 with a byte-order mark, so that spreadsheet programs read its letters
//! right) with the row number, what became of the row, the column by the heading the file
//! gave it, and why. No value from the file is repeated in it.

use std::collections::BTreeMap;

use super::columns::Column;
use super::rows::{Problem, Verdict};
use crate::error::FieldError;
use crate::i18n::{Args, Lang};

/// The reason for `problem`, as the API would word the field error.
pub fn reason(problem: &Problem, lang: &Lang) -> String {
    let field = problem.column.map_or("", Column::name);
    let mut error = FieldError::new(field, problem.code.as_str());
    error.args = problem.args.clone();
    error.translated(lang).message
}

pub fn verdict(verdict: Verdict, lang: &Lang) -> String {
    lang.text(match verdict {
        Verdict::Refused => "import-verdict-refused",
        Verdict::Duplicate => "import-verdict-duplicate",
        Verdict::Flagged => "import-verdict-flagged",
    })
}

/// The report as CSV: a header row, then one row per problem.
pub fn csv(problems: &[Problem], headings: &BTreeMap<Column, String>, lang: &Lang) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let header = ["import-report-row", "import-report-verdict", "import-report-column", "import-report-reason"];
    // Writing to memory cannot fail.
    let _ = writer.write_record(header.map(|id| lang.text(id)));
    for problem in problems {
        let column = problem.column.map(|c| headings.get(&c).cloned().unwrap_or_else(|| c.name().to_owned()));
        let _ = writer.write_record([
            problem.row.to_string(),
            verdict(problem.verdict, lang),
            column.unwrap_or_default(),
            reason(problem, lang),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

/// One line saying what the import did.
pub fn summary_line(summary: &super::run::Summary, dry_run: bool, lang: &Lang) -> String {
    let mut args = Args::new();
    for (name, n) in [
        ("rows", summary.rows),
        ("created", summary.created),
        ("unchanged", summary.unchanged),
        ("refused", summary.refused),
        ("duplicates", summary.duplicates),
        ("flagged", summary.flagged),
    ] {
        args.insert(name.into(), n.into());
    }
    let line = lang.text_with("import-summary", &args);
    if dry_run { format!("{} {line}", lang.text("import-dry-run")) } else { line }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_names_the_files_own_heading_and_the_reason_in_the_operators_language() {
        let headings = BTreeMap::from([(Column::JoinedOn, "Innmeldt".to_owned())]);
        let problems = [Problem::new(7, Some(Column::JoinedOn), "date"), Problem::duplicate(9, 3)];
        let text =
            String::from_utf8(csv(&problems, &headings, &Lang::parse_supported("nb").expect("nb"))).expect("utf-8");
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].starts_with("7,") && lines[1].contains(",Innmeldt,"), "{}", lines[1]);
        assert!(lines[2].starts_with("9,") && lines[2].contains('3'), "{}", lines[2]);
        assert!(!text.contains("field-"), "every message is translated: {text}");
    }
}
