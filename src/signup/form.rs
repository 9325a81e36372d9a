//! The sign-up form's description: everything a front-end needs to draw the sign-up form
//! in the member's language — fields with labels, help and rules, chapters, membership types,
//! the consent text with its version, the languages and the text direction.

use diesel::QueryResult;
use diesel_async::AsyncPgConnection;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::catalogues::queries as catalogues;
use crate::catalogues::types::{Catalogue, label};
use crate::chapters::queries as chapters;
use crate::i18n::{Args, LANGUAGES, Lang, LanguageInfo};
use crate::ids::ChapterId;
use crate::organisations::queries::{Organisation, logo_set_at};

/// Most chapters the form lists.
const MAX_CHAPTERS: i64 = 500;

#[derive(Debug, Deserialize, Validate, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FormParams {
    /// The language to show the form in (else `Accept-Language`, else English).
    #[validate(length(min = 2, max = 35))]
    #[param(min_length = 2, max_length = 35, example = "nb")]
    pub lang: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Text,
    Email,
    Tel,
    Number,
    Select,
    Checkbox,
    /// The honeypot: render it off-screen and out of the tab order, never visible.
    Hidden,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FormField {
    /// The property name in the sign-up request.
    pub name: &'static str,
    pub kind: FieldKind,
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    pub max_length: Option<u32>,
    pub pattern: Option<&'static str>,
    pub min: Option<i32>,
    pub max: Option<i32>,
    /// The HTML `autocomplete` value.
    pub autocomplete: Option<&'static str>,
    /// For selects: the list of this document that holds the options (`chapters`,
    /// `membership_types`; on the conversation form `relations`, `age_groups`, `channels`,
    /// `gender_preferences`).
    pub options: Option<&'static str>,
}

/// A rule between fields.
#[derive(Debug, Serialize, ToSchema)]
pub struct FormRule {
    /// At least one of these fields must be filled in.
    pub one_of: Vec<&'static str>,
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChapterOption {
    pub id: ChapterId,
    pub name: String,
    pub kind: String,
    pub county_code: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TypeOption {
    pub code: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Consent {
    /// Send back as `consent_version`; it changes whenever the text does.
    pub version: String,
    pub text: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignupForm {
    pub organisation: String,
    pub organisation_name: String,
    /// The language the texts are in, with its direction (`rtl` for Arabic) and review state.
    pub language: LanguageInfo,
    /// Every language the form is offered in.
    pub languages: Vec<LanguageInfo>,
    pub title: String,
    pub intro: String,
    pub fields: Vec<FormField>,
    pub rules: Vec<FormRule>,
    pub chapters: Vec<ChapterOption>,
    pub membership_types: Vec<TypeOption>,
    pub consent: Consent,
    pub submit_label: String,
    /// Show after a 202 answer.
    pub success_message: String,
    /// The organisation's colour for links and buttons (`#rrggbb`), if it chose one.
    pub brand_colour: Option<String>,
    /// Where the organisation's logo is (`/pages/orgs/{org}/logo`), if it has one.
    pub logo: Option<String>,
}

/// The sign-up form of `org` in `lang`: what the API returns and the served page draws.
pub async fn signup_form(conn: &mut AsyncPgConnection, org: &Organisation, lang: &Lang) -> QueryResult<SignupForm> {
    let chapters = chapters::open_for_signup(conn, org.id, MAX_CHAPTERS)
        .await?
        .into_iter()
        .map(|(id, name, kind, county_code)| ChapterOption { id, name, kind, county_code })
        .collect();
    let types = catalogues::list(conn, org.id, Catalogue::MembershipType)
        .await?
        .into_iter()
        .filter(|e| e.public && !e.retired)
        .map(|e| TypeOption { label: label(&e, lang), code: e.code })
        .collect();
    Ok(SignupForm {
        organisation: org.slug.clone(),
        organisation_name: org.name.clone(),
        language: lang.info(),
        languages: LANGUAGES.to_vec(),
        title: lang.text_with("signup-title", &org_args(org)),
        intro: lang.text_with("signup-intro", &org_args(org)),
        fields: fields(lang),
        rules: vec![
            FormRule { one_of: vec!["email", "phone"], message: lang.text("signup-rule-contact") },
            FormRule { one_of: vec!["chapter_id", "postal_code"], message: lang.text("signup-rule-place") },
        ],
        chapters,
        membership_types: types,
        consent: consent(org, lang),
        submit_label: lang.text("signup-submit"),
        success_message: lang.text("signup-received"),
        brand_colour: org.brand_colour.clone(),
        logo: logo_set_at(conn, org.id).await?.map(|set_at| logo_path(org, set_at)),
    })
}

/// Where the served pages show the organisation's logo set at `set_at`.
pub fn logo_path(org: &Organisation, set_at: chrono::DateTime<chrono::Utc>) -> String {
    format!("/pages/orgs/{}/logo?v={}", org.slug, set_at.timestamp_micros())
}

pub fn org_args(org: &Organisation) -> Args {
    let mut args = Args::new();
    args.insert("org".into(), org.name.clone().into());
    args
}

/// The consent text in `lang`, and its version: a digest of exactly that text, so a changed
/// translation is a new version without anyone having to remember to bump one.
pub fn consent(org: &Organisation, lang: &Lang) -> Consent {
    consent_to(org, lang, "consent-membership")
}

/// The consent text of message `key` in `lang`, versioned as [`consent`]'s: the version starts
/// with the language's tag.
pub fn consent_to(org: &Organisation, lang: &Lang, key: &str) -> Consent {
    let text = lang.text_with(key, &org_args(org));
    let digest = Sha256::digest(text.as_bytes());
    let version = format!("{}-{}", lang.tag(), digest.iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    Consent { version, text }
}

fn fields(lang: &Lang) -> Vec<FormField> {
    let field = |name: &'static str, kind: FieldKind, key: &str| FormField {
        name,
        kind,
        label: lang.text(&format!("signup-field-{key}")),
        help: None,
        required: false,
        max_length: None,
        pattern: None,
        min: None,
        max: None,
        autocomplete: None,
        options: None,
    };
    let help = |key: &str| Some(lang.text(&format!("signup-help-{key}")));
    vec![
        FormField {
            required: true,
            max_length: Some(100),
            autocomplete: Some("given-name"),
            ..field("given_name", FieldKind::Text, "given-name")
        },
        FormField {
            required: true,
            max_length: Some(100),
            autocomplete: Some("family-name"),
            ..field("family_name", FieldKind::Text, "family-name")
        },
        FormField {
            max_length: Some(254),
            autocomplete: Some("email"),
            help: help("email"),
            ..field("email", FieldKind::Email, "email")
        },
        FormField {
            max_length: Some(30),
            autocomplete: Some("tel"),
            help: help("phone"),
            ..field("phone", FieldKind::Tel, "phone")
        },
        FormField {
            options: Some("chapters"),
            help: help("chapter"),
            ..field("chapter_id", FieldKind::Select, "chapter")
        },
        FormField {
            pattern: Some("^[0-9]{4}$"),
            max_length: Some(4),
            autocomplete: Some("postal-code"),
            ..field("postal_code", FieldKind::Text, "postal-code")
        },
        FormField {
            min: Some(1900),
            max: Some(2100),
            autocomplete: Some("bday-year"),
            help: help("birth-year"),
            ..field("birth_year", FieldKind::Number, "birth-year")
        },
        FormField {
            options: Some("membership_types"),
            ..field("membership_type", FieldKind::Select, "membership-type")
        },
        FormField { required: true, ..field("consent", FieldKind::Checkbox, "consent") },
        FormField {
            autocomplete: Some("off"),
            max_length: Some(200),
            ..field("website", FieldKind::Hidden, "website")
        },
    ]
}
