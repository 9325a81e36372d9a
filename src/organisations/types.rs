//! Request and response types for organisations, with their validation rules.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use validator::{Validate, ValidationError};

use super::queries::Organisation;
use crate::chapters::queries::ChapterKind;
use crate::field::{Name, Parse, Refusal};

pub const SLUG_PATTERN: &str = "^[a-z0-9][a-z0-9-]{1,62}$";

/// The colour of links and buttons on an organisation's served pages, `#rrggbb` in lower case.
/// White text on it, and it on white, must reach the 4.5:1 contrast WCAG 2.1 AA asks of text,
/// so an organisation cannot make its own pages unreadable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrandColour(String);

crate::parsed_text!(BrandColour);

/// The least contrast with white that normal text needs (WCAG 2.1, 1.4.3).
const LEAST_CONTRAST: f64 = 4.5;

impl Parse for BrandColour {
    fn parse(input: &str) -> Result<Self, Refusal> {
        const STAND_IN: &str = "#1d4f91";
        let colour = input.trim().to_ascii_lowercase();
        let channels = colour
            .strip_prefix('#')
            .filter(|hex| hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|hex| {
                (0..3).map(|i| u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).ok()).collect::<Option<Vec<u8>>>()
            })
            .ok_or_else(|| Refusal::new("colour", STAND_IN))?;
        let contrast = contrast_with_white(&channels);
        if contrast < LEAST_CONTRAST {
            return Err(Refusal::new("colour_contrast", STAND_IN).with_arg("contrast", format!("{contrast:.1}")));
        }
        Ok(Self(colour))
    }
}

/// WCAG's contrast ratio of an sRGB colour with white.
fn contrast_with_white(channels: &[u8]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let [r, g, b] = [0, 1, 2].map(|i| linear(channels[i]));
    let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    1.05 / (luminance + 0.05)
}

impl utoipa::PartialSchema for BrandColour {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some("^#[0-9a-fA-F]{6}$"))
            .description(Some(
                "`#rrggbb`, dark enough for white text on it (contrast at least 4.5:1, else `colour_contrast`)",
            ))
            .examples(["#1d4f91"])
            .into()
    }
}

impl utoipa::ToSchema for BrandColour {}

/// An origin whose pages may frame the served sign-up form: `https://host` with an optional
/// port and nothing after it (plain `http` only for this machine, `localhost` or a loopback
/// address, to try it out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOrigin(String);

crate::parsed_text!(EmbedOrigin);

impl Parse for EmbedOrigin {
    fn parse(input: &str) -> Result<Self, Refusal> {
        const STAND_IN: &str = "https://example.org";
        const MAX: usize = 200;
        let refused = || Refusal::new("origin", STAND_IN);
        if input.chars().count() > MAX {
            return Err(Refusal::new("length", STAND_IN).with_arg("max", MAX));
        }
        let url = url::Url::parse(input.trim()).map_err(|_| refused())?;
        let local = match url.host() {
            Some(url::Host::Domain(name)) => name == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        let secure = url.scheme() == "https" || (url.scheme() == "http" && local);
        let bare = url.path() == "/" && url.query().is_none() && url.fragment().is_none() && url.username().is_empty();
        let origin = url.origin().ascii_serialization();
        if !secure || !bare || url.host_str().is_none() || input.trim().trim_end_matches('/') != origin {
            return Err(refused());
        }
        Ok(Self(origin))
    }
}

impl utoipa::PartialSchema for EmbedOrigin {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::Custom("uri".to_owned())))
            .max_length(Some(200))
            .description(Some(
                "`https://host[:port]`, nothing after it (`http` only for `localhost` and loopback addresses)",
            ))
            .examples(["https://www.lpp.no"])
            .into()
    }
}

impl utoipa::ToSchema for EmbedOrigin {}

/// What an organisation calls each kind of chapter, per language (e.g. `local` → `lokallag`).
// Read through a map keyed by chapter kind: derived, serde would also fill the struct from an
// array, which the schema does not allow. The field attributes still shape the schema.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Validate, ToSchema, PartialEq)]
#[serde(from = "BTreeMap<ChapterKind, BTreeMap<String, String>>", deny_unknown_fields)]
pub struct ChapterKindLabels {
    #[serde(default)]
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = Labels, example = json!({"nb": "Landsforeningen", "en": "National association"}))]
    pub national: BTreeMap<String, String>,
    #[serde(default)]
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = Labels, example = json!({"nb": "Fylkeslag", "en": "County chapter"}))]
    pub county: BTreeMap<String, String>,
    #[serde(default)]
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = Labels, example = json!({"nb": "Lokallag", "en": "Local chapter"}))]
    pub local: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganisation {
    /// Lower-case letters, digits and hyphens; used in URLs, cannot change later.
    #[validate(custom(function = "validate_slug"))]
    #[schema(pattern = "^[a-z0-9][a-z0-9-]{1,62}$", example = "lpp")]
    pub slug: String,
    pub name: Name,
    pub default_language: LanguageTag,
    /// Youngest age of the youth band (LPP Ung: 15, Unge LEVE: 16).
    #[validate(range(min = 1, max = 129))]
    #[schema(minimum = 1, maximum = 129, example = 15)]
    pub youth_age_min: i16,
    /// Oldest age of the youth band; not below `youth_age_min` (else `youth_band_order`).
    #[validate(range(min = 1, max = 129))]
    #[schema(minimum = 1, maximum = 129, example = 35)]
    pub youth_age_max: i16,
    #[serde(default)]
    #[validate(nested)]
    pub chapter_kind_labels: ChapterKindLabels,
    /// Name of the national chapter created with the organisation.
    pub root_chapter_name: Name,
}

/// Fields to change; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganisation {
    pub name: Option<Name>,
    pub default_language: Option<LanguageTag>,
    #[validate(range(min = 1, max = 129))]
    #[schema(minimum = 1, maximum = 129)]
    pub youth_age_min: Option<i16>,
    /// Not below the youth band's youngest age after the change (else `youth_band_order`).
    #[validate(range(min = 1, max = 129))]
    #[schema(minimum = 1, maximum = 129)]
    pub youth_age_max: Option<i16>,
    #[validate(nested)]
    pub chapter_kind_labels: Option<ChapterKindLabels>,
    /// Days after joining by which a new member's welcome follow-up is due.
    #[validate(range(min = 1, max = 365))]
    #[schema(minimum = 1, maximum = 365)]
    pub welcome_follow_up_days: Option<i16>,
    /// Days an unconfirmed e-mail sign-up waits for confirmation before it is purged.
    #[validate(range(min = 1, max = 90))]
    #[schema(minimum = 1, maximum = 90)]
    pub signup_expiry_days: Option<i16>,
    /// Days before a volunteer's qualification lapses that they get a reminder by e-mail.
    #[validate(range(min = 1, max = 365))]
    #[schema(minimum = 1, maximum = 365)]
    pub qualification_reminder_days: Option<i16>,
    /// The least number of each leader kind a group needs; `{}`: any one leader.
    #[validate(nested)]
    pub group_leadership_rule: Option<crate::groups::types::LeadershipRule>,
    /// Days ahead that targets look for known lapses: a target met today is `at_risk` when
    /// qualifications expiring or groups ending within them would break it.
    #[validate(range(min = 1, max = 365))]
    #[schema(minimum = 1, maximum = 365)]
    pub target_warning_days: Option<i16>,
    /// The colour of links and buttons on the served pages; `null` gives them back their own.
    #[serde(default, deserialize_with = "crate::http::present")]
    #[schema(value_type = Option<BrandColour>, nullable)]
    pub brand_colour: Option<Option<BrandColour>>,
    /// Origins whose pages may show the sign-up form (`/join/{org}`) in an `iframe`; at most 10.
    #[validate(length(max = 10))]
    #[schema(max_items = 10)]
    pub embed_origins: Option<Vec<EmbedOrigin>>,
    /// Hours a peer supporter has, once assigned a conversation request, to make first
    /// contact; halfway they are reminded, and when it passes the coordinator is told.
    #[validate(range(min = 1, max = 720))]
    #[schema(minimum = 1, maximum = 720)]
    pub first_contact_hours: Option<i16>,
    /// Days after a conversation request closes that the requester's contact details are
    /// removed.
    #[validate(range(min = 1, max = 3650))]
    #[schema(minimum = 1, maximum = 3650)]
    pub request_retention_days: Option<i16>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationResponse {
    pub id: crate::ids::OrgId,
    #[schema(example = "lpp")]
    pub slug: String,
    pub name: String,
    pub default_language: String,
    pub youth_age_min: i16,
    pub youth_age_max: i16,
    pub chapter_kind_labels: ChapterKindLabels,
    pub welcome_follow_up_days: i16,
    pub signup_expiry_days: i16,
    pub qualification_reminder_days: i16,
    /// The least number of each leader kind a group needs; empty: any one leader.
    pub group_leadership_rule: crate::groups::types::LeadershipRule,
    pub target_warning_days: i16,
    /// The national chapter at the root of the organisation's tree.
    pub root_chapter_id: crate::ids::ChapterId,
    /// The colour of links and buttons on the served pages, if the organisation chose one.
    pub brand_colour: Option<String>,
    /// Origins whose pages may show the sign-up form in an `iframe`.
    pub embed_origins: Vec<String>,
    pub first_contact_hours: i16,
    pub request_retention_days: i16,
    /// Send as `If-Match` when updating.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<(Organisation, crate::ids::ChapterId)> for OrganisationResponse {
    fn from((org, root_chapter_id): (Organisation, crate::ids::ChapterId)) -> Self {
        Self {
            id: org.id,
            slug: org.slug,
            name: org.name,
            default_language: org.default_language,
            youth_age_min: org.youth_age_min,
            youth_age_max: org.youth_age_max,
            chapter_kind_labels: serde_json::from_value(org.chapter_kind_labels).unwrap_or_default(),
            welcome_follow_up_days: org.welcome_follow_up_days,
            signup_expiry_days: org.signup_expiry_days,
            qualification_reminder_days: org.qualification_reminder_days,
            group_leadership_rule: serde_json::from_value(org.group_leadership_rule).unwrap_or_default(),
            target_warning_days: org.target_warning_days,
            root_chapter_id,
            brand_colour: org.brand_colour,
            embed_origins: org.embed_origins,
            first_contact_hours: org.first_contact_hours,
            request_retention_days: org.request_retention_days,
            version: org.version,
            created_at: org.created_at,
            updated_at: org.updated_at,
        }
    }
}

impl From<BTreeMap<ChapterKind, BTreeMap<String, String>>> for ChapterKindLabels {
    fn from(mut by_kind: BTreeMap<ChapterKind, BTreeMap<String, String>>) -> Self {
        let mut take = |kind| by_kind.remove(&kind).unwrap_or_default();
        Self {
            national: take(ChapterKind::National),
            county: take(ChapterKind::County),
            local: take(ChapterKind::Local),
        }
    }
}

/// Labels per language: at most 20, keyed by a language tag, each 1–100 characters.
pub struct Labels;

const LABEL_KEY_PATTERN: &str = "^[A-Za-z-]{2,8}$";

impl utoipa::PartialSchema for Labels {
    fn schema() -> RefOr<Schema> {
        let label = ObjectBuilder::new().schema_type(Type::String).min_length(Some(1)).max_length(Some(100));
        let key = ObjectBuilder::new().schema_type(Type::String).pattern(Some(LABEL_KEY_PATTERN));
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .additional_properties(Some(label))
            .property_names(Some(key))
            .max_properties(Some(20))
            .into()
    }
}

impl utoipa::ToSchema for Labels {}

pub use crate::i18n::LanguageTag;

pub fn validate_slug(slug: &str) -> Result<(), ValidationError> {
    let mut bytes = slug.bytes();
    let first_ok = bytes.next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    let rest_ok = bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if first_ok && rest_ok && (2..=63).contains(&slug.len()) { Ok(()) } else { Err(ValidationError::new("slug")) }
}

pub fn validate_labels(labels: &BTreeMap<String, String>) -> Result<(), ValidationError> {
    let ok = labels.len() <= 20
        && labels.iter().all(|(lang, label)| {
            (2..=8).contains(&lang.len())
                && lang.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && (1..=100).contains(&label.chars().count())
        });
    if ok { Ok(()) } else { Err(ValidationError::new("labels")) }
}

/// The youth band must not end before it starts.
pub fn check_youth_band(min: i16, max: i16) -> Result<(), crate::error::ApiError> {
    if min <= max { Ok(()) } else { Err(crate::error::ApiError::validation("youth_age_max", "youth_band_order")) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::Parse;

    /// The validator and the OpenAPI pattern must agree.
    #[test]
    fn slug_rule_matches_its_documented_pattern() {
        for ok in ["lpp", "leve", "a1", "my-org-2"] {
            assert!(validate_slug(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a", "-lpp", "LPP", "lpp_", "æøå", &"a".repeat(64)] {
            assert!(validate_slug(bad).is_err(), "{bad}");
        }
        assert_eq!(SLUG_PATTERN, "^[a-z0-9][a-z0-9-]{1,62}$");
    }

    #[test]
    fn only_languages_with_a_translation_file_are_accepted() {
        assert!(LanguageTag::parse("nb").is_ok());
        assert!(LanguageTag::parse("nn").is_ok());
        assert!(LanguageTag::parse("xx").is_err());
        assert!(LanguageTag::parse("no").is_err(), "aliases are not stored");
    }
}
