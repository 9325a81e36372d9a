//! Request and response types of the public endpoints.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;
use validator::Validate;

use crate::catalogues::codes::validate_code;
use crate::members::contact::{validate_email, validate_phone, validate_postal_code};
use crate::organisations::types::validate_language;

/// A sign-up, as the public form sends it. Give an e-mail address or a phone number (or both),
/// and a chapter or a postal code.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100, example = "Kari")]
    pub given_name: String,
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100, example = "Nordmann")]
    pub family_name: String,
    #[validate(custom(function = "validate_email"), length(max = 254))]
    #[schema(format = "email", max_length = 254, example = "kari@example.no")]
    pub email: Option<String>,
    #[validate(custom(function = "validate_phone"), length(max = 30))]
    #[schema(max_length = 30, pattern = "^\\+?[0-9 .()-]{8,29}$", example = "912 34 567")]
    pub phone: Option<String>,
    /// One of the form's chapters.
    pub chapter_id: Option<Uuid>,
    /// Without a chapter, the member starts in the national chapter and is placed by staff.
    #[validate(custom(function = "validate_postal_code"))]
    #[schema(pattern = "^[0-9]{4}$", example = "7010")]
    pub postal_code: Option<String>,
    #[validate(range(min = 1900, max = 2100))]
    #[schema(minimum = 1900, maximum = 2100, example = 1980)]
    pub birth_year: Option<i16>,
    /// One of the form's membership types (default: the first offered).
    #[validate(custom(function = "validate_code"))]
    #[schema(pattern = "^[a-z][a-z0-9_]{0,39}$", example = "ordinary")]
    pub membership_type: Option<String>,
    /// The language the form was shown in; e-mails follow it.
    #[validate(custom(function = "validate_language"))]
    #[schema(value_type = crate::organisations::types::LanguageTag, example = "nb")]
    pub language: String,
    /// The person agreed to the consent text shown.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SelfServicePurpose {
    Export,
    Erase,
}

impl SelfServicePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Erase => "erase",
        }
    }
}

/// Ask for a one-time link by e-mail.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkRequest {
    #[validate(custom(function = "validate_email"), length(max = 254))]
    #[schema(format = "email", max_length = 254)]
    pub email: String,
    pub purpose: SelfServicePurpose,
    /// The language of the e-mail (default: the one the member registered with).
    #[validate(custom(function = "validate_language"))]
    #[schema(value_type = Option<crate::organisations::types::LanguageTag>)]
    pub language: Option<String>,
}
