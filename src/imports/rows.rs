//! One row of a member list read into the values the registry keeps, or every reason it cannot
//! be: each cell is parsed by the same types the API parses its bodies with (names, e-mail,
//! phone, postal code, language), chapters and membership types are looked up by id, code or
//! name, and no cell may hold a national identity number. Rows of one file that name the same
//! e-mail address or phone number are one person: the first of them is imported.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::columns::{Column, Header};
use super::source::Row;
use crate::catalogues::queries::Entry;
use crate::chapters::queries::Chapter;
use crate::field::{Parse, Refusal};
use crate::i18n::{LANGUAGES, LanguageTag};
use crate::ids::{ChapterId, PersonId};
use crate::members::contact::{Email, PersonName, Phone, PostalCode};
use crate::members::status::Status;
use crate::privacy::contains_national_id;

/// A row that can be imported, in the form it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub row: usize,
    pub given_name: PersonName,
    pub family_name: PersonName,
    pub email: Option<Email>,
    pub phone: Option<Phone>,
    pub postal_code: Option<PostalCode>,
    pub birth_year: Option<i16>,
    pub birth_date: Option<NaiveDate>,
    pub language: String,
    pub chapter_id: ChapterId,
    pub type_code: String,
    pub status: Status,
    pub joined_on: NaiveDate,
    pub ended_on: Option<NaiveDate>,
    pub fees_paid: Vec<i16>,
}

/// What a row the import reports became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not imported: the problem says why.
    Refused,
    /// Not imported: an earlier row of the file is the same person.
    Duplicate,
    /// Imported, and resembles a member already registered: for staff to review.
    Flagged,
}

/// Why a row, or one of its cells, was reported: a code with `field-<code>` as its message,
/// and that message's arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub row: usize,
    pub verdict: Verdict,
    pub column: Option<Column>,
    pub code: String,
    pub args: Vec<(String, String)>,
}

impl Problem {
    /// A reason to refuse the row.
    pub fn new(row: usize, column: Option<Column>, code: &str) -> Self {
        Self { row, verdict: Verdict::Refused, column, code: code.to_owned(), args: Vec::new() }
    }

    /// The row is the same person as the earlier row `first`.
    pub fn duplicate(row: usize, first: usize) -> Self {
        Self { verdict: Verdict::Duplicate, ..Self::new(row, None, "same_as_row") }.with_arg("row", first)
    }

    /// The row was imported, and resembles the registry's `member`.
    pub fn similar(row: usize, member: PersonId) -> Self {
        Self { verdict: Verdict::Flagged, ..Self::new(row, None, "similar_to_member") }.with_arg("member", member)
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }
}

/// What rows are checked against: the organisation's chapters and membership types, its
/// language, and the day of the import.
pub struct Known {
    chapters: HashMap<ChapterId, bool>,
    chapters_by_name: HashMap<String, Vec<ChapterId>>,
    /// Current membership types by code and by every label, in lower case.
    types: HashMap<String, String>,
    default_type: Option<String>,
    default_language: String,
    today: NaiveDate,
}

impl Known {
    pub fn new(chapters: &[Chapter], types: &[Entry], default_language: &str, today: NaiveDate) -> Self {
        let mut chapters_by_name: HashMap<String, Vec<ChapterId>> = HashMap::new();
        for chapter in chapters {
            chapters_by_name.entry(chapter.name.to_lowercase()).or_default().push(chapter.id);
        }
        let mut by_word = HashMap::new();
        for entry in types.iter().filter(|t| !t.retired) {
            let labels = entry.labels.as_object().into_iter().flat_map(|l| l.values()).filter_map(|v| v.as_str());
            for word in labels.chain([entry.code.as_str()]) {
                by_word.entry(word.to_lowercase()).or_insert_with(|| entry.code.clone());
            }
        }
        Self {
            chapters: chapters.iter().map(|c| (c.id, c.closed_on.is_none())).collect(),
            chapters_by_name,
            types: by_word,
            default_type: types.iter().find(|t| !t.retired).map(|t| t.code.clone()),
            default_language: default_language.to_owned(),
            today,
        }
    }
}

/// Reads every row of a file: the rows to import and the problems of the rest, in row order.
/// Rows are read on every core (each on its own), then matched with the rows before them in
/// order. `progress` is told of each row read.
pub fn read_all(
    header: &Header,
    known: &Known,
    rows: &[Row],
    progress: &(impl Fn() + Sync),
) -> (Vec<Candidate>, Vec<Problem>) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = rows.len().div_ceil(threads).max(1);
    let read: Vec<Result<Candidate, Vec<Problem>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = rows
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|row| {
                            let result = read_row(header, known, row);
                            progress();
                            result
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    let mut candidates = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    let mut seen = Seen::default();
    for result in read {
        match result {
            Ok(candidate) => match seen.earlier(&candidate) {
                Some(first) => problems.push(Problem::duplicate(candidate.row, first)),
                None => candidates.push(candidate),
            },
            Err(mut refused) => problems.append(&mut refused),
        }
    }
    (candidates, problems)
}

/// The e-mail addresses and phone numbers of the rows read so far, with the row each came in.
#[derive(Default)]
struct Seen {
    emails: HashMap<String, usize>,
    phones: HashMap<String, usize>,
}

impl Seen {
    /// The earlier row with the same e-mail or phone as `candidate`; else notes its own.
    fn earlier(&mut self, candidate: &Candidate) -> Option<usize> {
        let by_email = candidate.email.as_ref().and_then(|e| self.emails.get(e.as_ref()).copied());
        let by_phone = candidate.phone.as_ref().and_then(|p| self.phones.get(p.as_ref()).copied());
        if let Some(row) = by_email.or(by_phone) {
            return Some(row);
        }
        if let Some(email) = &candidate.email {
            self.emails.insert(email.to_string(), candidate.row);
        }
        if let Some(phone) = &candidate.phone {
            self.phones.insert(phone.to_string(), candidate.row);
        }
        None
    }
}

/// One row, with every problem it has (not only the first).
pub fn read_row(header: &Header, known: &Known, row: &Row) -> Result<Candidate, Vec<Problem>> {
    let mut cells = Cells { header, row, problems: Vec::new() };
    cells.refuse_identity_numbers();
    let given_name = cells.parsed::<PersonName>(Column::GivenName);
    let family_name = cells.parsed::<PersonName>(Column::FamilyName);
    let email = cells.optional::<Email>(Column::Email);
    let phone = cells.optional::<Phone>(Column::Phone);
    if cells.text(Column::Email).is_empty() && cells.text(Column::Phone).is_empty() {
        let column = if header.position(Column::Email).is_some() { Column::Email } else { Column::Phone };
        cells.refuse(column, "contact_required");
    }
    let postal_code = cells.postal_code();
    let (birth_year, birth_date) = cells.birth(known.today);
    let language = cells.language(known);
    let chapter_id = cells.chapter(known);
    let type_code = cells.membership_type(known);
    let status = cells.status();
    let joined_on = cells.day(Column::JoinedOn, known.today);
    if joined_on == Some(None) {
        cells.refuse(Column::JoinedOn, "required");
    }
    let ended_on = cells.day(Column::EndedOn, known.today);
    let fees_paid = cells.fee_years(known.today);
    let ended_on = cells.end(status, joined_on, ended_on);
    if let Some(chapter) = chapter_id
        && status == Some(Status::Active)
        && known.chapters.get(&chapter) == Some(&false)
    {
        cells.refuse(Column::Chapter, "chapter_closed");
    }
    let problems = std::mem::take(&mut cells.problems);
    match (given_name, family_name, chapter_id, type_code, status, joined_on, language, ended_on) {
        (
            Some(given_name),
            Some(family_name),
            Some(chapter_id),
            Some(type_code),
            Some(status),
            Some(Some(joined_on)),
            Some(language),
            Some(ended_on),
        ) if problems.is_empty() => Ok(Candidate {
            row: row.number,
            given_name,
            family_name,
            email: email.flatten(),
            phone: phone.flatten(),
            postal_code: postal_code.flatten(),
            birth_year: birth_year.flatten(),
            birth_date: birth_date.flatten(),
            language,
            chapter_id,
            type_code,
            status,
            joined_on,
            ended_on,
            fees_paid: fees_paid.unwrap_or_default(),
        }),
        _ => Err(problems),
    }
}

/// The cells of one row being read, and the problems found so far. Each reader returns `None`
/// when it noted a problem.
struct Cells<'a> {
    header: &'a Header,
    row: &'a Row,
    problems: Vec<Problem>,
}

impl Cells<'_> {
    /// The cell's text; the `'` a spreadsheet (or this service's export) puts before a value
    /// that would otherwise be run as a formula (`'+4791234567`) is not part of it.
    fn text(&self, column: Column) -> &str {
        let text = self.header.position(column).map_or("", |index| self.row.cell(index));
        text.strip_prefix('\'').filter(|rest| rest.starts_with(['=', '+', '-', '@'])).unwrap_or(text)
    }

    fn refuse(&mut self, column: Column, code: &str) {
        self.problems.push(Problem::new(self.row.number, Some(column), code));
    }

    fn refusal(&mut self, column: Column, refusal: Refusal) {
        let mut problem = Problem::new(self.row.number, Some(column), &refusal.code);
        problem.args = refusal.args;
        self.problems.push(problem);
    }

    /// An identity number in any cell the import reads refuses that cell, whatever it holds.
    fn refuse_identity_numbers(&mut self) {
        let found: Vec<Column> = self
            .header
            .columns()
            .filter(|(_, index)| contains_national_id(self.row.cell(*index)))
            .map(|(c, _)| c)
            .collect();
        for column in found {
            self.refuse(column, "national_id_number");
        }
    }

    fn flagged(&self, column: Column) -> bool {
        self.problems.iter().any(|p| p.column == Some(column))
    }

    fn parsed<T: Parse>(&mut self, column: Column) -> Option<T> {
        match self.optional(column)? {
            Some(value) => Some(value),
            None => {
                self.refuse(column, "required");
                None
            }
        }
    }

    /// `Some(None)` for an empty cell.
    fn optional<T: Parse>(&mut self, column: Column) -> Option<Option<T>> {
        if self.flagged(column) {
            return None;
        }
        let text = self.text(column);
        if text.is_empty() {
            return Some(None);
        }
        match T::parse(text) {
            Ok(value) => Some(Some(value)),
            Err(refusal) => {
                self.refusal(column, refusal);
                None
            }
        }
    }

    /// Spreadsheets drop the leading zero of postal codes such as `0150`; it is put back.
    fn postal_code(&mut self) -> Option<Option<PostalCode>> {
        let text = self.text(Column::PostalCode);
        if (1..4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
            let padded = format!("{text:0>4}");
            return Some(PostalCode::parse(&padded).ok());
        }
        self.optional(Column::PostalCode)
    }

    /// The birth year and date from either column (each takes a year or a date); when both
    /// are given they must agree.
    fn birth(&mut self, today: NaiveDate) -> (Option<Option<i16>>, Option<Option<NaiveDate>>) {
        let from_year = self.birth_cell(Column::BirthYear, today);
        let from_date = self.birth_cell(Column::BirthDate, today);
        let (Some(by_year), Some(by_date)) = (from_year, from_date) else { return (None, None) };
        let year = by_year.0.or(by_date.0);
        if by_year.0.zip(by_date.0).is_some_and(|(a, b)| a != b) {
            self.refuse(Column::BirthYear, "birth_year_mismatch");
            return (None, None);
        }
        (Some(year), Some(by_date.1.or(by_year.1)))
    }

    fn birth_cell(&mut self, column: Column, today: NaiveDate) -> Option<(Option<i16>, Option<NaiveDate>)> {
        if self.flagged(column) {
            return None;
        }
        let text = self.text(column);
        if text.is_empty() {
            return Some((None, None));
        }
        if let Ok(year) = text.parse::<i16>() {
            if (1900..=today.year()).contains(&i32::from(year)) {
                return Some((Some(year), None));
            }
            self.problems.push(
                Problem::new(self.row.number, Some(column), "range")
                    .with_arg("min", 1900)
                    .with_arg("max", today.year()),
            );
            return None;
        }
        let date = self.day(column, today)??;
        match i16::try_from(date.year()) {
            Ok(year) if year >= 1900 => Some((Some(year), Some(date))),
            _ => {
                self.refuse(column, "date");
                None
            }
        }
    }

    /// A day written `YYYY-MM-DD`, `DD.MM.YYYY` or `DD/MM/YYYY`, not after today; `Some(None)`
    /// for an empty cell.
    fn day(&mut self, column: Column, today: NaiveDate) -> Option<Option<NaiveDate>> {
        if self.flagged(column) {
            return None;
        }
        let text = self.text(column);
        if text.is_empty() {
            return Some(None);
        }
        match parse_day(text) {
            Some(day) if day <= today => Some(Some(day)),
            Some(_) => {
                self.refuse(column, "date_in_future");
                None
            }
            None => {
                self.refuse(column, "date");
                None
            }
        }
    }

    /// The language's tag, or its name in its own language; the organisation's when empty.
    fn language(&mut self, known: &Known) -> Option<String> {
        let text = self.text(Column::Language);
        if text.is_empty() {
            return Some(known.default_language.clone());
        }
        let by_name = LANGUAGES
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(text) || l.name.to_lowercase() == text.to_lowercase());
        if let Some(language) = by_name {
            return Some(language.code.to_owned());
        }
        match LanguageTag::parse(&text.to_lowercase()) {
            Ok(tag) => Some(tag.into()),
            Err(refusal) => {
                self.refusal(Column::Language, refusal);
                None
            }
        }
    }

    /// A chapter by its id, or by its name when no other chapter has that name.
    fn chapter(&mut self, known: &Known) -> Option<ChapterId> {
        let text = self.text(Column::Chapter);
        if text.is_empty() {
            self.refuse(Column::Chapter, "required");
            return None;
        }
        if let Ok(id) = text.parse::<ChapterId>() {
            if known.chapters.contains_key(&id) {
                return Some(id);
            }
        } else {
            match known.chapters_by_name.get(&text.to_lowercase()).map(Vec::as_slice) {
                Some([id]) => return Some(*id),
                Some([_, _, ..]) => {
                    self.refuse(Column::Chapter, "chapter_name_ambiguous");
                    return None;
                }
                _ => {}
            }
        }
        self.refuse(Column::Chapter, "unknown_chapter");
        None
    }

    /// A current membership type by its code or any of its labels; the organisation's first
    /// when empty.
    fn membership_type(&mut self, known: &Known) -> Option<String> {
        let text = self.text(Column::MembershipType);
        let found =
            if text.is_empty() { known.default_type.clone() } else { known.types.get(&text.to_lowercase()).cloned() };
        if found.is_none() {
            self.refuse(Column::MembershipType, "unknown_membership_type");
        }
        found
    }

    /// Active when empty; the statuses' English names or their bokmål words.
    fn status(&mut self) -> Option<Status> {
        let text = self.text(Column::Status).to_lowercase();
        let status = match text.as_str() {
            "" | "active" | "aktiv" | "aktivt" => Status::Active,
            "lapsed" | "bortfalt" | "utgått" => Status::Lapsed,
            "resigned" | "utmeldt" | "sluttet" => Status::Resigned,
            "deceased" | "død" | "avdød" => Status::Deceased,
            _ => {
                self.refuse(Column::Status, "unknown_status");
                return None;
            }
        };
        Some(status)
    }

    /// An ended membership needs the day it ended, not before it began; an active one has none.
    fn end(
        &mut self,
        status: Option<Status>,
        joined_on: Option<Option<NaiveDate>>,
        ended_on: Option<Option<NaiveDate>>,
    ) -> Option<Option<NaiveDate>> {
        let (status, ended_on) = (status?, ended_on?);
        match (status, ended_on) {
            (Status::Active, None) => Some(None),
            (Status::Active, Some(_)) => {
                self.refuse(Column::EndedOn, "ended_while_active");
                None
            }
            (_, None) => {
                self.refuse(Column::EndedOn, "end_required");
                None
            }
            (_, Some(end)) if joined_on.flatten().is_some_and(|joined| end < joined) => {
                self.refuse(Column::EndedOn, "period_order");
                None
            }
            (_, Some(end)) => Some(Some(end)),
        }
    }

    /// The years whose fee is paid: four-digit years separated by anything else, none after
    /// next year.
    fn fee_years(&mut self, today: NaiveDate) -> Option<Vec<i16>> {
        let text = self.text(Column::FeesPaid);
        let mut years = Vec::new();
        for word in text.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()) {
            match word.parse::<i16>() {
                Ok(year) if word.len() == 4 && (1900..=today.year() + 1).contains(&i32::from(year)) => years.push(year),
                _ => {
                    self.problems.push(
                        Problem::new(self.row.number, Some(Column::FeesPaid), "fee_years")
                            .with_arg("max", today.year() + 1),
                    );
                    return None;
                }
            }
        }
        years.sort_unstable();
        years.dedup();
        Some(years)
    }
}

/// A day as spreadsheets write it; a time after it (as some programs export) is left out.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let day = text.split([' ', 'T']).next().unwrap_or(text);
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"].iter().find_map(|format| NaiveDate::parse_from_str(day, format).ok())
}

#[cfg(test)]
mod tests {
    use super::super::columns::Mapping;
    use super::*;
    use crate::ids::OrgId;

    fn day(text: &str) -> NaiveDate {
        parse_day(text).expect("a day")
    }

    fn known(chapter: &Chapter) -> Known {
        let types = [Entry {
            organisation_id: chapter.organisation_id,
            catalogue: crate::catalogues::queries::Catalogue::MembershipType,
            code: String::from("ordinary"),
            labels: serde_json::json!({"nb": "Ordinært medlem", "en": "Ordinary member"}),
            public: true,
            retired: false,
            position: 1,
        }];
        Known::new(std::slice::from_ref(chapter), &types, "nb", day("2026-12-03"))
    }

    fn chapter() -> Chapter {
        Chapter::new(OrgId::new(), None, crate::chapters::queries::ChapterKind::National, "LPP Trondheim".into())
    }

    fn header() -> Header {
        let names: Vec<String> = Column::ALL.iter().map(|c| c.name().to_owned()).collect();
        Header::read(&names, &Mapping::default()).expect("header")
    }

    /// A row in the export's column order.
    fn row(cells: [&str; 14]) -> Row {
        Row { number: 2, cells: cells.iter().map(|c| c.to_string()).collect() }
    }

    const GOOD: [&str; 14] = [
        "Kari",
        "Nordmann",
        "Kari@Example.no",
        "912 34 567",
        "150",
        "1980",
        "",
        "",
        "lpp trondheim",
        "Ordinært medlem",
        "01.02.2020",
        "",
        "",
        "2024, 2025",
    ];

    fn codes(result: Result<Candidate, Vec<Problem>>) -> Vec<(Option<&'static str>, String)> {
        result.expect_err("refused").into_iter().map(|p| (p.column.map(Column::name), p.code)).collect()
    }

    #[test]
    fn a_good_row_reads_into_stored_values() {
        let chapter = chapter();
        let candidate = read_row(&header(), &known(&chapter), &row(GOOD)).expect("imported");
        assert_eq!(candidate.email.as_deref(), Some("kari@example.no"));
        assert_eq!(candidate.phone.as_deref(), Some("+4791234567"));
        assert_eq!(candidate.postal_code.as_deref(), Some("0150"), "the dropped zero is back");
        assert_eq!(candidate.chapter_id, chapter.id);
        assert_eq!(candidate.type_code, "ordinary");
        assert_eq!(candidate.language, "nb");
        assert_eq!(candidate.status, Status::Active);
        assert_eq!(candidate.joined_on, day("2020-02-01"));
        assert_eq!(candidate.fees_paid, [2024, 2025]);
    }

    #[test]
    fn every_problem_of_a_row_is_named() {
        let chapter = chapter();
        let mut bad = GOOD;
        bad[0] = "Kari 010170 12262";
        bad[2] = "";
        bad[3] = "";
        bad[8] = "Bergen";
        bad[10] = "31.02.2020";
        bad[11] = "utmeldt";
        let mut found = codes(read_row(&header(), &known(&chapter), &row(bad)));
        found.sort();
        let mut expected = vec![
            (Some("given_name"), "national_id_number".to_owned()),
            (Some("email"), "contact_required".to_owned()),
            (Some("chapter"), "unknown_chapter".to_owned()),
            (Some("joined_on"), "date".to_owned()),
            (Some("ended_on"), "end_required".to_owned()),
        ];
        expected.sort();
        assert_eq!(found, expected);
    }

    #[test]
    fn an_ended_membership_needs_its_end_after_its_start() {
        let chapter = chapter();
        let mut ended = GOOD;
        ended[11] = "lapsed";
        ended[12] = "2019-12-31";
        assert_eq!(
            codes(read_row(&header(), &known(&chapter), &row(ended))),
            [(Some("ended_on"), "period_order".to_owned())]
        );
        ended[12] = "2021-12-31";
        let candidate = read_row(&header(), &known(&chapter), &row(ended)).expect("imported");
        assert_eq!((candidate.status, candidate.ended_on), (Status::Lapsed, Some(day("2021-12-31"))));
    }

    #[test]
    fn the_birth_columns_take_a_year_or_a_date_and_must_agree() {
        let chapter = chapter();
        let mut both = GOOD;
        both[6] = "17.05.1980";
        let candidate = read_row(&header(), &known(&chapter), &row(both)).expect("imported");
        assert_eq!((candidate.birth_year, candidate.birth_date), (Some(1980), Some(day("1980-05-17"))));
        both[6] = "1981-05-17";
        assert_eq!(
            codes(read_row(&header(), &known(&chapter), &row(both))),
            [(Some("birth_year"), "birth_year_mismatch".to_owned())]
        );
    }

    #[test]
    fn rows_with_one_contact_are_one_person() {
        let chapter = chapter();
        let mut second = row(GOOD);
        second.number = 3;
        second.cells[2] = "other@example.no".into();
        let mut third = row(GOOD);
        third.number = 4;
        third.cells[2] = "third@example.no".into();
        third.cells[3] = "+4722123456".into();
        let (candidates, problems) = read_all(&header(), &known(&chapter), &[row(GOOD), second, third], &|| {});
        assert_eq!(candidates.iter().map(|c| c.row).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(problems, [Problem::duplicate(3, 2)], "the same phone as row 2");
    }

    #[test]
    fn days_are_read_as_spreadsheets_write_them() {
        assert_eq!(parse_day("2020-02-01"), parse_day("01.02.2020"));
        assert_eq!(parse_day("1.2.2020"), parse_day("01/02/2020"));
        assert_eq!(parse_day("2020-02-01 00:00:00"), parse_day("2020-02-01"));
        assert_eq!(parse_day("2020-02-30"), None);
        assert_eq!(parse_day("feb 2020"), None);
    }
}
