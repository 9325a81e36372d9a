//! The conversation request form's description: what a front-end (or the served page) needs to
//! draw it in the requester's language — the chapters, the kinds of loss or relation, the age
//! groups, channels and preferences with their labels, and the consent text with its version.

use diesel::QueryResult;
use diesel_async::AsyncPgConnection;
use serde::Serialize;
use utoipa::ToSchema;

use super::queries::{AgeGroup, GenderPreference, RequestChannel};
use super::requests::CONSENT;
use crate::catalogues::queries::{self as catalogues, Catalogue};
use crate::catalogues::types::label;
use crate::chapters::queries as chapters;
use crate::i18n::{LANGUAGES, Lang, LanguageInfo};
use crate::organisations::queries::Organisation;
use crate::signup::form::{ChapterOption, Consent, FieldKind, FormField, TypeOption, consent_to, org_args};

/// Most chapters the form lists.
const MAX_CHAPTERS: i64 = 500;

#[derive(Debug, Serialize, ToSchema)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationForm {
    pub organisation: String,
    pub organisation_name: String,
    /// The language the texts are in, with its direction (`rtl` for Arabic).
    pub language: LanguageInfo,
    pub languages: Vec<LanguageInfo>,
    pub title: String,
    pub intro: String,
    /// The fields, in order, with labels and rules; a select's options are in the list its
    /// `options` names.
    pub fields: Vec<FormField>,
    /// Where the request may go: send one's `id` as `chapter_id`, or a county as `county_code`.
    pub chapters: Vec<ChapterOption>,
    /// Send one's `code` as `relation`.
    pub relations: Vec<TypeOption>,
    pub age_groups: Vec<Choice<AgeGroup>>,
    pub channels: Vec<Choice<RequestChannel>>,
    pub gender_preferences: Vec<Choice<GenderPreference>>,
    pub consent: Consent,
    pub submit_label: String,
    /// Show after a 202 answer.
    pub success_message: String,
}

const AGE_GROUPS: [AgeGroup; 5] =
    [AgeGroup::Under18, AgeGroup::From18To29, AgeGroup::From30To49, AgeGroup::From50To66, AgeGroup::From67];
const CHANNELS: [RequestChannel; 3] = [RequestChannel::Phone, RequestChannel::Video, RequestChannel::Meeting];
const PREFERENCES: [GenderPreference; 2] = [GenderPreference::Woman, GenderPreference::Man];

/// The form of `org` in `lang`: what the API returns and the served page draws.
pub async fn conversation_form(
    conn: &mut AsyncPgConnection,
    org: &Organisation,
    lang: &Lang,
) -> QueryResult<ConversationForm> {
    let chapters = chapters::open_for_signup(conn, org.id, MAX_CHAPTERS)
        .await?
        .into_iter()
        .map(|(id, name, kind, county_code)| ChapterOption { id, name, kind, county_code })
        .collect();
    let relations = catalogues::list(conn, org.id, Catalogue::PeerRelation)
        .await?
        .into_iter()
        .filter(|e| e.public && !e.retired)
        .map(|e| TypeOption { label: label(&e, lang), code: e.code })
        .collect();
    let choices = |key: &str, values: &[&str]| -> Vec<String> {
        values.iter().map(|v| lang.text(&format!("peer-{key}-{}", v.replace('_', "-")))).collect()
    };
    let ages = choices("age", &AGE_GROUPS.map(AgeGroup::as_str));
    let channels = choices("channel", &CHANNELS.map(RequestChannel::as_str));
    let preferences = choices("prefer", &PREFERENCES.map(GenderPreference::as_str));
    Ok(ConversationForm {
        organisation: org.slug.clone(),
        organisation_name: org.name.clone(),
        language: lang.info(),
        languages: LANGUAGES.to_vec(),
        title: lang.text_with("peer-form-title", &org_args(org)),
        intro: lang.text_with("peer-form-intro", &org_args(org)),
        fields: fields(lang),
        chapters,
        relations,
        age_groups: AGE_GROUPS.into_iter().zip(ages).map(|(value, label)| Choice { value, label }).collect(),
        channels: CHANNELS.into_iter().zip(channels).map(|(value, label)| Choice { value, label }).collect(),
        gender_preferences: PREFERENCES
            .into_iter()
            .zip(preferences)
            .map(|(value, label)| Choice { value, label })
            .collect(),
        consent: consent_to(org, lang, CONSENT),
        submit_label: lang.text("peer-form-submit"),
        success_message: lang.text("peer-form-received"),
    })
}

fn fields(lang: &Lang) -> Vec<FormField> {
    let field = |name: &'static str, kind: FieldKind, key: &str| FormField {
        name,
        kind,
        label: lang.text(&format!("peer-field-{key}")),
        help: None,
        required: false,
        max_length: None,
        pattern: None,
        min: None,
        max: None,
        autocomplete: None,
        options: None,
    };
    let select = |name: &'static str, key: &str, options: &'static str, required: bool| FormField {
        options: Some(options),
        required,
        ..field(name, FieldKind::Select, key)
    };
    vec![
        select("chapter_id", "chapter", "chapters", true),
        select("relation", "relation", "relations", true),
        select("age_group", "age-group", "age_groups", true),
        select("channel", "channel", "channels", true),
        FormField {
            help: Some(lang.text("peer-help-gender-preference")),
            ..select("gender_preference", "gender-preference", "gender_preferences", false)
        },
        FormField {
            max_length: Some(100),
            autocomplete: Some("given-name"),
            help: Some(lang.text("peer-help-name")),
            ..field("name", FieldKind::Text, "name")
        },
        FormField { max_length: Some(254), autocomplete: Some("email"), ..field("email", FieldKind::Email, "email") },
        FormField {
            max_length: Some(20),
            autocomplete: Some("tel"),
            help: Some(lang.text("signup-help-phone")),
            ..field("phone", FieldKind::Tel, "phone")
        },
        FormField { required: true, ..field("consent", FieldKind::Checkbox, "consent") },
        field("website", FieldKind::Hidden, "website"),
    ]
}
