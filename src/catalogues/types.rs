//! Request and response types for catalogues.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use super::queries::Entry;
use crate::i18n::Lang;
use crate::organisations::types::validate_labels;

/// Which vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Catalogue {
    MembershipType,
    Relation,
    VolunteerRole,
    GroupKind,
    ActivityKind,
}

impl Catalogue {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MembershipType => "membership_type",
            Self::Relation => "relation",
            Self::VolunteerRole => "volunteer_role",
            Self::GroupKind => "group_kind",
            Self::ActivityKind => "activity_kind",
        }
    }
}

pub const CODE_PATTERN: &str = "^[a-z][a-z0-9_]{0,39}$";

/// Most entries one catalogue may hold, so that its list needs no paging.
pub const MAX_ENTRIES: i64 = 100;

#[derive(Debug, Serialize, ToSchema)]
pub struct EntryResponse {
    #[schema(example = "ordinary")]
    pub code: String,
    #[schema(value_type = crate::organisations::types::Labels)]
    pub labels: BTreeMap<String, String>,
    /// Offered on the public sign-up form.
    pub public: bool,
    /// Kept for history, no longer offered.
    pub retired: bool,
    pub position: i16,
}

impl From<Entry> for EntryResponse {
    fn from(e: Entry) -> Self {
        Self {
            code: e.code,
            labels: serde_json::from_value(e.labels).unwrap_or_default(),
            public: e.public,
            retired: e.retired,
            position: e.position,
        }
    }
}

/// The entry's label in `lang`, falling back as the translations do, then to its code.
pub fn label(entry: &Entry, lang: &Lang) -> String {
    label_in(&entry.labels, lang, &entry.code)
}

/// A label from a `{"<language>": "<label>"}` object in `lang`, falling back as the
/// translations do, then to `code`.
pub fn label_in(labels: &serde_json::Value, lang: &Lang, code: &str) -> String {
    lang.fallback_chain()
        .iter()
        .find_map(|l| labels.get(l.to_string()).and_then(|v| v.as_str()).map(str::to_owned))
        .unwrap_or_else(|| code.to_owned())
}

/// An entry as it should be; creates it or replaces it.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutEntry {
    #[validate(custom(function = "validate_labels"))]
    #[schema(value_type = crate::organisations::types::Labels, example = json!({"nb": "Ordinært medlem", "en": "Ordinary member"}))]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub public: bool,
    #[serde(default)]
    pub retired: bool,
    #[serde(default)]
    #[validate(range(min = 0, max = 1000))]
    #[schema(minimum = 0, maximum = 1000)]
    pub position: i16,
}

/// A catalogue code: a lowercase letter, then up to 39 lowercase letters, digits or `_`.
pub fn is_code(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && code.len() <= 40
}

pub fn validate_code(code: &str) -> Result<(), ValidationError> {
    if is_code(code) { Ok(()) } else { Err(ValidationError::new("code")) }
}

pub fn validate_codes<T: AsRef<str>>(codes: &[T]) -> Result<(), ValidationError> {
    codes.iter().try_for_each(|c| validate_code(c.as_ref()))
}
