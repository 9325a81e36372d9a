//! Request and response types for catalogues.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

pub use super::queries::Catalogue;
use super::queries::Entry;
use crate::i18n::Lang;
use crate::organisations::types::validate_labels;

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
