//! Which column of a member list holds what: the headings the import recognises in bokmål and
//! English, and a mapping file for any others. The export writes the same columns under their
//! English names, so an exported list reads back as it was.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What the import reads, in the order the export writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    GivenName,
    FamilyName,
    Email,
    Phone,
    PostalCode,
    BirthYear,
    BirthDate,
    Language,
    Chapter,
    MembershipType,
    JoinedOn,
    Status,
    EndedOn,
    FeesPaid,
}

impl Column {
    pub const ALL: [Column; 14] = [
        Self::GivenName,
        Self::FamilyName,
        Self::Email,
        Self::Phone,
        Self::PostalCode,
        Self::BirthYear,
        Self::BirthDate,
        Self::Language,
        Self::Chapter,
        Self::MembershipType,
        Self::JoinedOn,
        Self::Status,
        Self::EndedOn,
        Self::FeesPaid,
    ];

    /// The column's name: the export's heading, and what a mapping file names.
    pub const fn name(self) -> &'static str {
        match self {
            Self::GivenName => "given_name",
            Self::FamilyName => "family_name",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::PostalCode => "postal_code",
            Self::BirthYear => "birth_year",
            Self::BirthDate => "birth_date",
            Self::Language => "language",
            Self::Chapter => "chapter",
            Self::MembershipType => "membership_type",
            Self::JoinedOn => "joined_on",
            Self::Status => "status",
            Self::EndedOn => "ended_on",
            Self::FeesPaid => "fees_paid",
        }
    }

    /// Headings that mean this column, in English and bokmål, as [`folded`] writes them.
    fn headings(self) -> &'static [&'static str] {
        match self {
            Self::GivenName => &["givenname", "firstname", "forename", "fornavn"],
            Self::FamilyName => &["familyname", "lastname", "surname", "etternavn"],
            Self::Email => &["email", "emailaddress", "epost", "epostadresse", "mail"],
            Self::Phone => &[
                "phone",
                "phonenumber",
                "mobile",
                "telephone",
                "telefon",
                "telefonnummer",
                "mobil",
                "mobilnummer",
                "tlf",
            ],
            Self::PostalCode => &["postalcode", "postcode", "zipcode", "zip", "postnummer", "postnr"],
            Self::BirthYear => &["birthyear", "yearofbirth", "fødselsår", "født"],
            Self::BirthDate => &["birthdate", "dateofbirth", "birthday", "fødselsdato"],
            Self::Language => &["language", "språk", "målform"],
            Self::Chapter => &["chapter", "chapterid", "lokallag", "fylkeslag", "lag", "avdeling", "lagid"],
            Self::MembershipType => &["membershiptype", "type", "medlemstype", "medlemskapstype", "medlemskategori"],
            Self::JoinedOn => &["joinedon", "joined", "membersince", "innmeldt", "innmeldingsdato", "medlemsiden"],
            Self::Status => &["status", "membershipstatus", "medlemsstatus"],
            Self::EndedOn => &["endedon", "ended", "utmeldt", "utmeldingsdato", "sluttdato"],
            Self::FeesPaid => {
                &["feespaid", "paidyears", "feeyears", "kontingentbetalt", "betaltkontingent", "betalteår"]
            }
        }
    }

    fn recognise(heading: &str) -> Option<Self> {
        let folded = folded(heading);
        Self::ALL.into_iter().find(|c| c.headings().contains(&folded.as_str()))
    }
}

/// A heading as compared: in lower case, with only its letters and digits (`E-post` and
/// `epost`, `Given name` and `given_name` are one heading).
fn folded(heading: &str) -> String {
    heading.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Headings of a file's own mapped to columns: a mapping file of `"their heading" = "column"`
/// lines (TOML), read before the recognised headings.
#[derive(Debug, Clone, Default)]
pub struct Mapping(BTreeMap<String, Column>);

impl Mapping {
    /// The mapping a file states; the error names the first line it could not read.
    pub fn parse(text: &str) -> Result<Self, String> {
        let named: BTreeMap<String, Column> = toml::from_str(text).map_err(|e| e.message().to_owned())?;
        Ok(Self(named.into_iter().map(|(heading, column)| (folded(&heading), column)).collect()))
    }

    fn column_of(&self, heading: &str) -> Option<Column> {
        self.0.get(&folded(heading)).copied().or_else(|| Column::recognise(heading))
    }
}

/// Where each column is in a file, and the headings that mean nothing to the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    positions: BTreeMap<Column, usize>,
    pub ignored: Vec<String>,
}

/// Why a header cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// Two headings name one column.
    Twice(Column),
    /// Columns every row needs are not there.
    Missing(Vec<Column>),
}

impl HeaderError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Twice(_) => "import_column_twice",
            Self::Missing(_) => "import_columns_missing",
        }
    }

    /// The columns the error is about, by name.
    pub fn columns(&self) -> String {
        match self {
            Self::Twice(column) => column.name().to_owned(),
            Self::Missing(columns) => columns.iter().map(|c| c.name()).collect::<Vec<_>>().join(", "),
        }
    }
}

/// The columns without which no row could be imported (and e-mail or phone, one of them).
const REQUIRED: [Column; 4] = [Column::GivenName, Column::FamilyName, Column::Chapter, Column::JoinedOn];

impl Header {
    pub fn read(headings: &[String], mapping: &Mapping) -> Result<Self, HeaderError> {
        let mut positions = BTreeMap::new();
        let mut ignored = Vec::new();
        for (index, heading) in headings.iter().enumerate() {
            match mapping.column_of(heading) {
                Some(column) if positions.insert(column, index).is_some() => return Err(HeaderError::Twice(column)),
                Some(_) => {}
                None if heading.trim().is_empty() => {}
                None => ignored.push(heading.clone()),
            }
        }
        let mut missing: Vec<Column> = REQUIRED.into_iter().filter(|c| !positions.contains_key(c)).collect();
        if !positions.contains_key(&Column::Email) && !positions.contains_key(&Column::Phone) {
            missing.extend([Column::Email, Column::Phone]);
        }
        if missing.is_empty() { Ok(Self { positions, ignored }) } else { Err(HeaderError::Missing(missing)) }
    }

    /// The position of `column` in a row, if the file has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions.get(&column).copied()
    }

    /// The columns the file has, with their positions.
    pub fn columns(&self) -> impl Iterator<Item = (Column, usize)> + '_ {
        self.positions.iter().map(|(column, index)| (*column, *index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn bokmal_and_english_headings_are_recognised_however_written() {
        let header = Header::read(
            &headings(&["Fornavn", "Etternavn", "E-post", "Mobil", "Lokallag", "Innmeldt", "Medlemsnummer"]),
            &Mapping::default(),
        )
        .expect("readable");
        assert_eq!(header.position(Column::Email), Some(2));
        assert_eq!(header.position(Column::Phone), Some(3));
        assert_eq!(header.ignored, ["Medlemsnummer"]);
        let english = Header::read(
            &headings(&["given_name", "Family Name", "e-mail", "chapter", "joined_on"]),
            &Mapping::default(),
        );
        assert!(english.is_ok());
    }

    #[test]
    fn the_export_headings_read_back() {
        let names: Vec<String> = Column::ALL.iter().map(|c| c.name().to_owned()).collect();
        let header = Header::read(&names, &Mapping::default()).expect("readable");
        for (index, column) in Column::ALL.into_iter().enumerate() {
            assert_eq!(header.position(column), Some(index), "{}", column.name());
        }
    }

    #[test]
    fn a_mapping_file_names_other_headings() {
        let mapping =
            Mapping::parse("\"Förnamn\" = \"given_name\"\n\"Efternamn\" = \"family_name\"\n\"Mob.\" = \"phone\"")
                .expect("mapping");
        let header =
            Header::read(&headings(&["Förnamn", "Efternamn", "Mob.", "Lag", "Innmeldt"]), &mapping).expect("readable");
        assert_eq!(header.position(Column::GivenName), Some(0));
        assert_eq!(header.position(Column::Phone), Some(2));
        assert!(Mapping::parse("\"x\" = \"shoe_size\"").is_err(), "an unknown column is refused");
    }

    #[test]
    fn a_header_without_what_every_row_needs_is_refused() {
        assert_eq!(
            Header::read(&headings(&["Fornavn", "Etternavn", "Lag", "Innmeldt"]), &Mapping::default()),
            Err(HeaderError::Missing(vec![Column::Email, Column::Phone]))
        );
        assert_eq!(
            Header::read(&headings(&["Fornavn", "First name"]), &Mapping::default()),
            Err(HeaderError::Twice(Column::GivenName))
        );
    }
}
