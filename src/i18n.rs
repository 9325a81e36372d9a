//! Translations and language negotiation. Each language is one Fluent file under `locales/`
//! (`locales/nb.ftl` …), compiled into the binary; English is the last fallback.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks keep a left-to-right value (a name, an e-mail address) from
        // reordering the punctuation of right-to-left text around it; in left-to-right text
        // they would only be invisible noise in e-mails and plain-text clients.
        customise: |bundle| {
            let right_to_left = bundle.locales.iter().any(is_right_to_left);
            bundle.set_use_isolating(right_to_left);
        },
    };
}

fn is_right_to_left(lang: &LanguageIdentifier) -> bool {
    LANGUAGES.iter().any(|l| l.direction == Direction::Rtl && l.code == lang.language.as_str())
}

/// Arguments interpolated into a message.
pub type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// The language a response is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang(LanguageIdentifier);

impl Default for Lang {
    fn default() -> Self {
        Self(langid!("en"))
    }
}

impl Lang {
    /// The BCP 47 tag, as sent in `Content-Language`.
    pub fn tag(&self) -> String {
        self.0.to_string()
    }

    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &Args::new())
    }

    /// Looks the message up in this language, then along its fallback chain; a missing
    /// message yields its id, so a gap shows up in tests rather than as an empty string.
    pub fn text_with(&self, id: &str, args: &Args) -> String {
        self.fallback_chain()
            .iter()
            .find_map(|lang| LOCALES.lookup_single_language(lang, id, Some(args)).ok())
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether this language's file defines the message. Formatting it without its
    /// arguments fails, but still proves it is there (the error type is not exported).
    pub fn has(&self, id: &str) -> bool {
        match LOCALES.lookup_single_language::<&str>(&self.0, id, None) {
            Ok(_) => true,
            Err(err) => err.to_string().starts_with("Fluent errors"),
        }
    }

    /// Nynorsk and Northern Sami readers are better served by bokmål than by English.
    pub fn fallback_chain(&self) -> Vec<LanguageIdentifier> {
        let mut chain = vec![self.0.clone()];
        if matches!(self.0.language.as_str(), "nn" | "se") {
            chain.push(langid!("nb"));
        }
        if self.0.language.as_str() != "en" {
            chain.push(langid!("en"));
        }
        chain
    }

    /// Parses a tag if it names a language we have; `no` is taken as bokmål.
    pub fn parse_supported(tag: &str) -> Option<Self> {
        let requested: LanguageIdentifier = tag.trim().parse().ok()?;
        negotiate(&[requested])
    }

    /// Picks the language for a request: an explicit `?lang=` wins over `Accept-Language`.
    pub fn negotiate(query: Option<&str>, accept_language: Option<&str>) -> Self {
        query
            .and_then(Self::parse_supported)
            .or_else(|| accept_language.and_then(|header| negotiate(&fluent_langneg::parse_accepted_languages(header))))
            .unwrap_or_default()
    }
}

/// Which way a language is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Whether a native speaker has checked the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// Every message, checked.
    Complete,
    /// Every message, waiting for a native speaker's review.
    AwaitingReview,
}

/// A language with a translation file: its tag, its name in itself, direction and review state.
#[derive(Debug, Clone, Copy, serde::Serialize, utoipa::ToSchema)]
pub struct LanguageInfo {
    /// What a sign-up sends back as its `language`.
    #[schema(value_type = LanguageTag)]
    pub code: &'static str,
    #[schema(example = "norsk bokmål")]
    pub name: &'static str,
    pub direction: Direction,
    pub review: Review,
}

const fn language(code: &'static str, name: &'static str, direction: Direction, review: Review) -> LanguageInfo {
    LanguageInfo { code, name, direction, review }
}

/// Every language, in the order a language picker shows them.
pub const LANGUAGES: [LanguageInfo; 8] = [
    language("nb", "norsk bokmål", Direction::Ltr, Review::Complete),
    language("nn", "norsk nynorsk", Direction::Ltr, Review::Complete),
    language("en", "English", Direction::Ltr, Review::Complete),
    language("se", "davvisámegiella", Direction::Ltr, Review::AwaitingReview),
    language("pl", "polski", Direction::Ltr, Review::AwaitingReview),
    language("uk", "українська", Direction::Ltr, Review::AwaitingReview),
    language("ar", "العربية", Direction::Rtl, Review::AwaitingReview),
    language("so", "Soomaali", Direction::Ltr, Review::AwaitingReview),
];

impl Lang {
    pub fn info(&self) -> LanguageInfo {
        let tag = self.tag();
        LANGUAGES.into_iter().find(|l| l.code == tag).unwrap_or(LANGUAGES[2])
    }
}

/// Every language with a translation file, as tags, sorted.
pub fn available() -> Vec<String> {
    let mut tags: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
    tags.sort();
    tags
}

fn negotiate(requested: &[LanguageIdentifier]) -> Option<Lang> {
    let requested: Vec<LanguageIdentifier> = requested.iter().map(alias_norwegian).collect();
    let available: Vec<&LanguageIdentifier> = LOCALES.locales().collect();
    fluent_langneg::negotiate_languages(&requested, &available, None, fluent_langneg::NegotiationStrategy::Filtering)
        .first()
        .map(|lang| Lang((**lang).clone()))
}

/// `no` (Norwegian, unspecified) and `nb-NO`-style tags resolve to bokmål.
fn alias_norwegian(lang: &LanguageIdentifier) -> LanguageIdentifier {
    if lang.language.as_str() == "no" { langid!("nb") } else { lang.clone() }
}

/// The tag of a language this service has a translation file for, exactly as listed
/// (`nb`, not `nb-NO` or `NB`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

crate::parsed_text!(LanguageTag);

impl crate::field::Parse for LanguageTag {
    fn parse(input: &str) -> Result<Self, crate::field::Refusal> {
        match Lang::parse_supported(input) {
            Some(lang) if lang.tag() == input => Ok(Self(input.to_owned())),
            _ => Err(crate::field::Refusal::new("language", "nb")),
        }
    }
}

impl utoipa::PartialSchema for LanguageTag {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(available()))
            .description(Some("A language this service has a translation file for"))
            .into()
    }
}

impl utoipa::ToSchema for LanguageTag {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_without_written_form_means_bokmal() {
        assert_eq!(Lang::negotiate(None, Some("no-NO,no;q=0.9")).tag(), "nb");
        assert_eq!(Lang::negotiate(Some("no"), None).tag(), "nb");
    }

    #[test]
    fn regional_tags_fall_to_their_language() {
        assert_eq!(Lang::negotiate(None, Some("nn-NO")).tag(), "nn");
        assert_eq!(Lang::negotiate(None, Some("fr-FR, nb;q=0.5")).tag(), "nb");
    }

    #[test]
    fn query_parameter_wins_and_unknown_languages_fall_back_to_english() {
        assert_eq!(Lang::negotiate(Some("nn"), Some("nb")).tag(), "nn");
        assert_eq!(Lang::negotiate(Some("xx"), None).tag(), "en");
        assert_eq!(Lang::negotiate(None, Some("fr")).tag(), "en");
    }

    #[test]
    fn every_language_has_every_message_of_english() {
        let english = include_str!("../locales/en.ftl");
        let ids: Vec<&str> = english
            .lines()
            .filter(|l| !l.starts_with([' ', '#', '-']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap_or_default())
            .collect();
        for info in LANGUAGES {
            let lang = Lang::parse_supported(info.code).expect("language file present");
            let missing: Vec<&&str> = ids.iter().filter(|id| !lang.has(id)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", info.code);
        }
    }

    #[test]
    fn values_are_isolated_in_right_to_left_text_only() {
        let mut args = Args::new();
        args.insert("org".into(), "LPP".into());
        let arabic = Lang::parse_supported("ar").unwrap().text_with("signup-title", &args);
        assert!(arabic.contains("\u{2068}LPP\u{2069}"), "{arabic}");
        let bokmal = Lang::parse_supported("nb").unwrap().text_with("signup-title", &args);
        assert!(!bokmal.contains('\u{2068}'), "{bokmal}");
    }

    #[test]
    fn the_language_table_lists_exactly_the_translation_files() {
        let mut listed: Vec<String> = LANGUAGES.iter().map(|l| l.code.to_owned()).collect();
        listed.sort();
        assert_eq!(listed, available());
    }
}
