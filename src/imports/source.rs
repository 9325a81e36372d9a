//! A member list read as a table of text cells, whatever wrote it: CSV separated by commas,
//! semicolons (as Norwegian Excel writes it) or tabs, in UTF-8 with or without a byte-order
//! mark, UTF-16 with one, or Windows-1252; or the first sheet of an Excel workbook. What the
//! cells mean is for `columns` and `rows` to say; here a cell is only text, trimmed.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use encoding_rs::{Encoding, WINDOWS_1252};

/// The header and the rows below it, each row with its number as a spreadsheet shows it (the
/// header is row 1). Rows with nothing in them are left out; their numbers are not reused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in `column`, empty when the row is shorter.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// Why a file could not be read as a table at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// No header row.
    Empty,
    /// A workbook that could not be opened, or without a sheet.
    Workbook,
    /// CSV that the CSV reader gave up on.
    Csv,
}

impl Unreadable {
    pub fn code(self) -> &'static str {
        match self {
            Self::Empty => "import_empty",
            Self::Workbook => "import_workbook",
            Self::Csv => "import_csv",
        }
    }
}

/// Reads `bytes` as a workbook when they are one (an `.xlsx` file is a ZIP archive), else as
/// CSV.
pub fn read(bytes: &[u8]) -> Result<Table, Unreadable> {
    let grid = if bytes.starts_with(b"PK\x03\x04") { workbook_rows(bytes)? } else { csv_rows(&decode(bytes))? };
    table_of(grid)
}

/// The text of a CSV file: by its byte-order mark if it has one, else UTF-8 if it is valid
/// UTF-8, else Windows-1252 (which gives every byte a character, so nothing is refused here).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// The separator the header line uses most: `;`, `,` or a tab (outside quotes).
fn separator(text: &str) -> u8 {
    let header = text.lines().find(|line| !line.trim().is_empty()).unwrap_or_default();
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in header.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(sep, _)| *sep == byte) {
            entry.1 += 1;
        }
    }
    counts.iter().filter(|(_, n)| *n > 0).max_by_key(|(_, n)| *n).map_or(b',', |(sep, _)| *sep)
}

type Grid = Vec<(usize, Vec<String>)>;

fn csv_rows(text: &str) -> Result<Grid, Unreadable> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .enumerate()
        .map(|(index, record)| {
            let record = record.map_err(|_| Unreadable::Csv)?;
            Ok((index + 1, record.iter().map(|cell| cell.trim().to_owned()).collect()))
        })
        .collect()
}

fn workbook_rows(bytes: &[u8]) -> Result<Grid, Unreadable> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| Unreadable::Workbook)?;
    let range = workbook.worksheet_range_at(0).ok_or(Unreadable::Workbook)?.map_err(|_| Unreadable::Workbook)?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_column = range.start().map_or(0, |(_, column)| column as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(index, cells)| {
            let leading = std::iter::repeat_n(String::new(), first_column);
            (first_row + index + 1, leading.chain(cells.iter().map(cell_text)).collect())
        })
        .collect())
}

/// A workbook cell as the text a person would have typed: whole numbers without a decimal
/// point (a phone number or a year stored as a number), dates as `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.trim().to_owned(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{x:.0}"),
        Data::Float(x) => x.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(when) => match when.as_datetime() {
            Some(moment) if when.is_datetime() => moment.date().to_string(),
            _ => when.as_f64().to_string(),
        },
    }
}

fn table_of(grid: Grid) -> Result<Table, Unreadable> {
    let mut filled = grid.into_iter().filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let (_, headings) = filled.next().ok_or(Unreadable::Empty)?;
    Ok(Table { headings, rows: filled.map(|(number, cells)| Row { number, cells }).collect() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NORWEGIAN: &str = "Fornavn;Etternavn;Poststed\nÅse;Ødegård;Tromsø\n";

    #[test]
    fn the_same_text_reads_the_same_in_every_encoding() {
        let utf8 = read(NORWEGIAN.as_bytes()).expect("utf-8");
        let with_bom = read(&[b"\xEF\xBB\xBF".as_slice(), NORWEGIAN.as_bytes()].concat()).expect("bom");
        let (cp1252, _, lossy) = WINDOWS_1252.encode(NORWEGIAN);
        assert!(!lossy);
        let windows = read(&cp1252).expect("windows-1252");
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain(NORWEGIAN.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf16 = read(&utf16).expect("utf-16");
        assert_eq!(utf8.rows[0].cells, ["Åse", "Ødegård", "Tromsø"]);
        assert_eq!(with_bom, utf8);
        assert_eq!(windows, utf8);
        assert_eq!(utf16, utf8);
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses() {
        assert_eq!(separator("a;b;c\n1,5;2;3"), b';');
        assert_eq!(separator("a,b,c"), b',');
        assert_eq!(separator("a\tb"), b'\t');
        assert_eq!(separator("\"a;b\",c"), b',', "a separator inside quotes does not count");
        assert_eq!(separator("name"), b',');
    }

    #[test]
    fn rows_keep_the_numbers_a_spreadsheet_shows() {
        let table = read(b"a,b\n1,2\n,\n3,4\n").expect("csv");
        let numbers: Vec<usize> = table.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [2, 4], "the blank row 3 is left out");
        assert_eq!(table.rows[1].cell(5), "", "a short row reads as empty cells");
    }

    #[test]
    fn a_file_without_a_header_is_refused() {
        assert_eq!(read(b""), Err(Unreadable::Empty));
        assert_eq!(read(b"\n;;\n"), Err(Unreadable::Empty));
        assert_eq!(read(b"PK\x03\x04not a zip"), Err(Unreadable::Workbook));
    }

    #[test]
    fn workbook_numbers_read_as_typed() {
        assert_eq!(cell_text(&Data::Float(91234567.0)), "91234567");
        assert_eq!(cell_text(&Data::Float(1.5)), "1.5");
        assert_eq!(cell_text(&Data::Int(2025)), "2025");
        assert_eq!(cell_text(&Data::String(" Kari ".into())), "Kari");
    }
}
