//! Request and response types for members (people) and memberships, with their rules.

use crate::error::ApiError;
use crate::ids::{ChapterId, MembershipId, OrgId, PersonId};
use crate::organisations::queries::Organisation;
use chrono::Datelike;
use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;
use validator::Validate;

use super::contact::{Email, PersonName, Phone, PostalCode};
use super::lifecycle::Status;
pub use super::queries::PaymentMethod;
use super::queries::{self, BirthYears, Fee, MemberQuery, Membership, MembershipHistory, Period, Person};
use crate::catalogues::codes::Code;
use crate::i18n::LanguageTag;

/// Where a member's age puts them against the organisation's youth band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    UnderYouth,
    Youth,
    OverYouth,
    /// No birth year known.
    Unknown,
}

/// The statuses a membership can be created in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InitialStatus {
    Pending,
    Active,
}

impl From<InitialStatus> for Status {
    fn from(s: InitialStatus) -> Self {
        match s {
            InitialStatus::Pending => Self::Pending,
            InitialStatus::Active => Self::Active,
        }
    }
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembership {
    /// The home chapter.
    pub chapter_id: ChapterId,
    /// A code from the organisation's `membership_type` catalogue.
    pub membership_type: Code,
    /// Default: active.
    pub status: Option<InitialStatus>,
    /// First day of the membership; default today. Not in the future.
    pub joined_on: Option<NaiveDate>,
}

/// A person with their first membership. Give an e-mail address, a phone number or both.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateMember {
    pub given_name: PersonName,
    pub family_name: PersonName,
    pub email: Option<Email>,
    /// E.164, or a Norwegian number in local form (`912 34 567`).
    pub phone: Option<Phone>,
    pub postal_code: Option<PostalCode>,
    /// With `birth_date`, the two must name the same year (else `birth_year_mismatch`).
    #[validate(range(min = 1900, max = 2100))]
    #[schema(minimum = 1900, maximum = 2100, example = 1980)]
    pub birth_year: Option<i16>,
    /// Instead of (or with) the birth year; the year must then agree.
    pub birth_date: Option<NaiveDate>,
    /// Default: the organisation's language.
    pub language: Option<LanguageTag>,
    /// Codes from the organisation's `relation` catalogue.
    #[serde(default)]
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    pub relations: Vec<Code>,
    #[validate(nested)]
    pub membership: NewMembership,
}

/// Fields to change; absent fields stay as they are, `null` clears a field.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateMember {
    pub given_name: Option<PersonName>,
    pub family_name: Option<PersonName>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<Email>, nullable)]
    pub email: Option<Option<Email>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<Phone>, nullable)]
    pub phone: Option<Option<Phone>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<PostalCode>, nullable)]
    pub postal_code: Option<Option<PostalCode>>,
    /// Must name the same year as the birth date the member then has (else
    /// `birth_year_mismatch`).
    #[serde(default, deserialize_with = "crate::http::present")]
    #[validate(range(min = 1900, max = 2100))]
    #[schema(value_type = Option<i16>, nullable, minimum = 1900, maximum = 2100)]
    pub birth_year: Option<Option<i16>>,
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<NaiveDate>, nullable)]
    pub birth_date: Option<Option<NaiveDate>>,
    pub language: Option<LanguageTag>,
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    pub relations: Option<Vec<Code>>,
}

/// A change from a given day: end, re-join, activate, move to another chapter or change type.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeMembership {
    pub status: Option<Status>,
    /// Move to this chapter.
    pub chapter_id: Option<ChapterId>,
    pub membership_type: Option<Code>,
    /// Default: today. Not in the future, and not before the current period began.
    pub effective_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordFee {
    /// The membership year paid for.
    #[validate(range(min = 1900, max = 2100))]
    #[schema(minimum = 1900, maximum = 2100, example = 2026)]
    pub year: i16,
    /// In øre (1/100 krone): 25000 is 250 kr.
    #[validate(range(min = 0, max = 100_000_000))]
    #[schema(minimum = 0, maximum = 100_000_000, example = 25000)]
    pub amount_ore: i32,
    pub paid_on: NaiveDate,
    pub method: PaymentMethod,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PeriodResponse {
    pub chapter_id: ChapterId,
    pub membership_type: String,
    pub status: Status,
    pub valid_from: NaiveDate,
    /// The first day it no longer held; absent while current.
    pub valid_to: Option<NaiveDate>,
}

impl From<Period> for PeriodResponse {
    fn from(p: Period) -> Self {
        Self {
            chapter_id: p.chapter_id,
            membership_type: p.type_code,
            status: p.status,
            valid_from: p.valid_from,
            valid_to: p.valid_to,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeeResponse {
    pub id: Uuid,
    pub membership_id: MembershipId,
    pub year: i16,
    pub amount_ore: i32,
    pub paid_on: NaiveDate,
    pub method: PaymentMethod,
}

impl From<Fee> for FeeResponse {
    fn from(f: Fee) -> Self {
        Self {
            id: f.id,
            membership_id: f.membership_id,
            year: f.year,
            amount_ore: f.amount_ore,
            paid_on: f.paid_on,
            method: f.method,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MembershipResponse {
    pub id: MembershipId,
    pub person_id: PersonId,
    pub chapter_id: ChapterId,
    pub membership_type: String,
    pub status: Status,
    pub joined_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub version: i32,
    /// The history, oldest first.
    pub periods: Vec<PeriodResponse>,
    pub fees: Vec<FeeResponse>,
}

impl From<MembershipHistory> for MembershipResponse {
    fn from(history: MembershipHistory) -> Self {
        Self::new(history.membership, history.periods, history.fees)
    }
}

impl MembershipResponse {
    /// The membership with its own periods and fees.
    pub fn new(m: Membership, periods: Vec<Period>, fees: Vec<Fee>) -> Self {
        Self {
            id: m.id,
            person_id: m.person_id,
            chapter_id: m.chapter_id,
            membership_type: m.type_code,
            status: m.status,
            joined_on: m.joined_on,
            ended_on: m.ended_on,
            version: m.version,
            periods: periods.into_iter().map(PeriodResponse::from).collect(),
            fees: fees.into_iter().map(FeeResponse::from).collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MemberResponse {
    pub id: PersonId,
    pub organisation_id: OrgId,
    /// The chapter of the newest membership.
    pub home_chapter_id: ChapterId,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_code: Option<String>,
    pub birth_year: Option<i16>,
    pub birth_date: Option<NaiveDate>,
    pub language: String,
    pub relations: Vec<String>,
    /// Set when the person's data was erased; the identifying fields are then empty.
    pub erased_at: Option<DateTime<Utc>>,
    /// Send as `If-Match` when updating.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub memberships: Vec<MembershipResponse>,
}

impl MemberResponse {
    pub fn new(p: Person, memberships: Vec<MembershipResponse>) -> Self {
        Self {
            id: p.id,
            organisation_id: p.organisation_id,
            home_chapter_id: p.home_chapter_id,
            given_name: p.given_name,
            family_name: p.family_name,
            email: p.email,
            phone: p.phone,
            postal_code: p.postal_code,
            birth_year: p.birth_year,
            birth_date: p.birth_date,
            language: p.language,
            relations: p.relations,
            erased_at: p.erased_at,
            version: p.version,
            created_at: p.created_at,
            updated_at: p.updated_at,
            memberships,
        }
    }

    pub fn with_histories(p: Person, histories: Vec<MembershipHistory>) -> Self {
        Self::new(p, histories.into_iter().map(MembershipResponse::from).collect())
    }
}

/// A member as listed: the person and their newest membership.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MemberSummary {
    pub id: PersonId,
    pub home_chapter_id: ChapterId,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub postal_code: Option<String>,
    pub birth_year: Option<i16>,
    pub membership_id: Option<MembershipId>,
    pub status: Option<Status>,
    pub membership_type: Option<String>,
    pub joined_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
}

impl MemberSummary {
    pub fn new(p: Person, newest: Option<&Membership>) -> Self {
        Self {
            id: p.id,
            home_chapter_id: p.home_chapter_id,
            given_name: p.given_name,
            family_name: p.family_name,
            email: p.email,
            phone: p.phone,
            postal_code: p.postal_code,
            birth_year: p.birth_year,
            membership_id: newest.map(|m| m.id),
            status: newest.map(|m| m.status),
            membership_type: newest.map(|m| m.type_code.clone()),
            joined_on: newest.and_then(|m| m.joined_on),
            ended_on: newest.and_then(|m| m.ended_on),
        }
    }
}

/// What a member list may be narrowed to; all filters combine.
#[derive(Debug, Default, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MemberFilter {
    /// Someone with a membership in this status.
    pub status: Option<Status>,
    /// Someone with a membership of this type.
    pub membership_type: Option<Code>,
    /// By age this year against the organisation's youth band.
    pub age_band: Option<AgeBand>,
    /// Joined on or after this day.
    pub joined_from: Option<NaiveDate>,
    /// Joined on or before this day.
    pub joined_to: Option<NaiveDate>,
    /// Part of the name, e-mail address or phone number (at least 3 characters).
    #[validate(length(min = 3, max = 100))]
    #[param(min_length = 3, max_length = 100)]
    pub q: Option<String>,
}

/// Each person with their newest membership, loaded in one query for the whole list.
pub async fn summarise(conn: &mut AsyncPgConnection, people: Vec<Person>) -> Result<Vec<MemberSummary>, ApiError> {
    let ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let memberships = queries::memberships_of_people(conn, &ids).await?;
    Ok(people
        .into_iter()
        .map(|p| {
            let newest = memberships.iter().rfind(|m| m.person_id == p.id);
            MemberSummary::new(p, newest)
        })
        .collect())
}

/// The filters with the age band turned into birth years, for this year and the
/// organisation's youth band.
pub fn member_query(org: &Organisation, f: MemberFilter) -> MemberQuery {
    let year = i16::try_from(Utc::now().year()).unwrap_or(i16::MAX);
    let (youngest, oldest) = (org.youth_age_min, org.youth_age_max);
    MemberQuery {
        status: f.status.map(|s| s.as_str().to_owned()),
        type_code: f.membership_type.map(String::from),
        birth_years: f.age_band.map(|band| match band {
            AgeBand::Youth => BirthYears::Between(year - oldest, year - youngest),
            AgeBand::UnderYouth => BirthYears::Between(year - youngest + 1, i16::MAX),
            AgeBand::OverYouth => BirthYears::Between(i16::MIN, year - oldest - 1),
            AgeBand::Unknown => BirthYears::Unknown,
        }),
        joined_from: f.joined_from,
        joined_to: f.joined_to,
        text: f.q,
    }
}

/// The person with every membership, its periods and fees (one query).
pub async fn member_response(conn: &mut AsyncPgConnection, person: Person) -> Result<MemberResponse, ApiError> {
    let histories = queries::membership_histories(conn, person.id).await?;
    Ok(MemberResponse::with_histories(person, histories))
}

pub async fn membership_response(conn: &mut AsyncPgConnection, m: Membership) -> Result<MembershipResponse, ApiError> {
    let periods = queries::periods_of(conn, &[m.id]).await?;
    let fees = queries::fees_of(conn, &[m.id]).await?;
    Ok(MembershipResponse::new(m, periods, fees))
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// UTF-8, comma-separated, with a header row.
    #[default]
    Csv,
    /// An Excel workbook: every cell is text, so æøå, leading zeros and a phone number's `+`
    /// arrive as they are, and nothing is taken for a formula.
    Xlsx,
}

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `csv` (default) or `xlsx`, which Norwegian Excel opens without garbling æøå.
    pub format: Option<ExportFormat>,
}
