//! Request and response types of the public endpoints.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::{Validate, ValidationError};

use crate::catalogues::codes::Code;
use crate::field::{agreed, between_fields};
use crate::i18n::LanguageTag;
use crate::ids::ChapterId;
use crate::members::contact::{Email, PersonName, Phone, PostalCode};

/// A sign-up, as the public form sends it. Give an e-mail address or a phone number (or both),
/// and a chapter or a postal code.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
// Two rules, each its own error, both reported beside the fields' own: the lint takes the
// repeated `skip_on_field_errors` of the second for a copy of the first.
#[allow(clippy::duplicated_attributes)]
#[validate(
    schema(function = "reachable", skip_on_field_errors = false),
    schema(function = "placed", skip_on_field_errors = false)
)]
pub struct SignupRequest {
    pub given_name: PersonName,
    pub family_name: PersonName,
    /// This, `phone` or both (else `contact_required`, reported on this field).
    pub email: Option<Email>,
    /// This, `email` or both.
    pub phone: Option<Phone>,
    /// One of the form's chapters; this or `postal_code` (else `place_required`, reported on
    /// this field).
    pub chapter_id: Option<ChapterId>,
    /// Without a chapter, the member starts in the national chapter and is placed by staff.
    pub postal_code: Option<PostalCode>,
    #[validate(range(min = 1900, max = 2100))]
    #[schema(minimum = 1900, maximum = 2100, example = 1980)]
    pub birth_year: Option<i16>,
    /// One of the form's membership types (default: the first offered).
    pub membership_type: Option<Code>,
    /// The language the form was shown in; e-mails follow it.
    pub language: LanguageTag,
    /// The person agreed to the consent text shown: only `true` is taken (else
    /// `consent_required`).
    #[validate(custom(function = "agreed"))]
    #[schema(schema_with = crate::field::always_true)]
    pub consent: bool,
    /// The `consent.version` of the form that was shown.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub consent_version: String,
    /// The honeypot: hidden from people, so it stays empty. Anything in it and the sign-up is
    /// quietly dropped.
    #[validate(length(max = 200))]
    #[schema(max_length = 200)]
    pub website: Option<String>,
}

/// Neither an e-mail address nor a phone number: the error stands beside the e-mail field.
fn reachable(signup: &SignupRequest) -> Result<(), ValidationError> {
    match (&signup.email, &signup.phone) {
        (None, None) => Err(between_fields("email", "contact_required")),
        _ => Ok(()),
    }
}

/// Neither a chapter nor a postal code: the error stands beside the chapter field.
fn placed(signup: &SignupRequest) -> Result<(), ValidationError> {
    match (&signup.chapter_id, &signup.postal_code) {
        (None, None) => Err(between_fields("chapter_id", "place_required")),
        _ => Ok(()),
    }
}

/// What a public request gets back; it never says whether the person was known.
#[derive(Debug, Serialize, ToSchema)]
pub struct Receipt {
    #[schema(example = "received")]
    pub status: String,
    /// A message for the person, in their language.
    pub message: String,
}

/// A one-time token from an e-mailed link.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    #[validate(length(min = 16, max = 200))]
    #[schema(min_length = 16, max_length = 200, format = "password")]
    pub token: String,
}

crate::text_enum! {
    pub enum SelfServicePurpose: "self-service purpose" {
        Export => "export",
        Erase => "erase",
    }
}

/// Ask for a one-time link by e-mail.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkRequest {
    pub email: Email,
    pub purpose: SelfServicePurpose,
    /// The language of the e-mail (default: the one the member registered with).
    pub language: Option<LanguageTag>,
}
