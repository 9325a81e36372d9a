//! What a served form posted, turned into the JSON the API takes, so that a page's post is
//! parsed, checked and refused exactly as the same input sent to the API would be.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::error::{ApiError, FieldError};
use crate::http::parse_json;
use crate::peer_support::types::NewConversationRequest;
use crate::signup::types::{LinkRequest, SignupRequest};

/// The fields of a posted form, by name; a name sent twice keeps its last value, blank values
/// count as not given.
#[derive(Debug, Default, Clone)]
pub struct Entered(HashMap<String, String>);

impl Entered {
    pub fn parse(body: &[u8]) -> Self {
        Self(form_urlencoded::parse(body).map(|(name, value)| (name.into_owned(), value.into_owned())).collect())
    }

    /// What the person typed into `name`, as they typed it, to show again beside its error.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }

    fn given(&self, name: &str) -> Option<&str> {
        Some(self.get(name).trim()).filter(|value| !value.is_empty())
    }

    /// Whether a checkbox was ticked: browsers send a ticked box's value and omit an unticked one.
    pub fn ticked(&self, name: &str) -> bool {
        self.given(name).is_some()
    }

    /// The named fields that were given, as JSON strings.
    fn strings(&self, names: &[&str]) -> Map<String, Value> {
        names.iter().filter_map(|name| Some((name.to_string(), Value::from(self.given(name)?)))).collect()
    }
}

/// The text fields of the sign-up form; the others need a type of their own.
const SIGNUP_TEXT: &[&str] = &[
    "given_name",
    "family_name",
    "email",
    "phone",
    "chapter_id",
    "postal_code",
    "membership_type",
    "language",
    "consent_version",
    "website",
];

/// The sign-up the form describes; the names the API requires are sent even when blank. A
/// birth year that is not a number is refused beside the other fields' errors, where the API
/// would stop at its type.
pub fn signup_request(entered: &Entered) -> Result<SignupRequest, ApiError> {
    let mut body = entered.strings(SIGNUP_TEXT);
    for required in ["given_name", "family_name"] {
        body.entry(required).or_insert_with(|| Value::from(""));
    }
    let year = entered.given("birth_year").map(|year| year.parse::<i16>());
    if let Some(Ok(year)) = year {
        body.insert("birth_year".into(), Value::from(year));
    }
    body.insert("consent".into(), Value::Bool(entered.ticked("consent")));
    let parsed = parse(body);
    if !matches!(year, Some(Err(_))) {
        return parsed;
    }
    let not_a_year = FieldError::new("birth_year", "range").with_arg("min", 1900).with_arg("max", 2100);
    let mut errors = match parsed {
        Err(ApiError::Validation(errors) | ApiError::BadRequest { errors, .. }) => errors,
        _ => Vec::new(),
    };
    errors.push(not_a_year);
    Err(ApiError::Validation(errors))
}

/// The text fields of the conversation request form.
const TALK_TEXT: &[&str] = &[
    "chapter_id",
    "relation",
    "age_group",
    "language",
    "gender_preference",
    "channel",
    "name",
    "email",
    "phone",
    "consent_version",
    "website",
];

/// The conversation request the form describes.
pub fn conversation_request(entered: &Entered) -> Result<NewConversationRequest, ApiError> {
    let mut body = entered.strings(TALK_TEXT);
    body.insert("consent".into(), Value::Bool(entered.ticked("consent")));
    parse(body)
}

/// The request for a self-service link the form describes.
pub fn link_request(entered: &Entered) -> Result<LinkRequest, ApiError> {
    let mut body = entered.strings(&["email", "purpose", "language"]);
    body.entry("email").or_insert_with(|| Value::from(""));
    parse(body)
}

fn parse<T: serde::de::DeserializeOwned + validator::Validate>(body: Map<String, Value>) -> Result<T, ApiError> {
    let bytes = serde_json::to_vec(&Value::Object(body)).map_err(anyhow::Error::from)?;
    parse_json(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(error: ApiError) -> Vec<(String, String)> {
        let problem = error.problem(&crate::i18n::Lang::default(), None);
        problem.errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_complete_form_is_the_sign_up_the_api_takes() {
        let entered = Entered::parse(
            b"given_name=Kari&family_name=Nordmann&email=kari%40example.no&phone=&postal_code=0150\
              &birth_year=1980&consent=true&language=nb&consent_version=nb-1&website=",
        );
        let signup = signup_request(&entered).expect("a valid sign-up");
        assert_eq!(signup.birth_year, Some(1980));
        assert!(signup.consent && signup.phone.is_none() && signup.website.is_none());
        assert_eq!(signup.email.map(String::from).as_deref(), Some("kari@example.no"));
    }

    #[test]
    fn each_bad_field_is_refused_by_name() {
        let entered = Entered::parse(b"given_name=&birth_year=nineteen&language=nb&consent_version=nb-1");
        let refused = codes(signup_request(&entered).expect_err("refused"));
        assert!(refused.iter().any(|(field, _)| field == "given_name"), "{refused:?}");
        assert!(refused.iter().any(|(field, _)| field == "birth_year"), "{refused:?}");
    }

    #[test]
    fn an_unticked_consent_is_refused_and_so_is_an_identity_number() {
        let entered = Entered::parse(b"given_name=Kari&family_name=01010150074&language=nb&consent_version=v");
        let refused = codes(signup_request(&entered).expect_err("refused"));
        assert_eq!(refused, [("family_name".to_owned(), "national_id_number".to_owned())]);
        let unticked = Entered::parse(
            b"given_name=Kari&family_name=N&language=nb&consent_version=v&email=k%40e.no&postal_code=0150",
        );
        let refused = codes(signup_request(&unticked).expect_err("refused"));
        assert_eq!(refused, [("consent".to_owned(), "consent_required".to_owned())]);
    }

    #[test]
    fn a_link_request_needs_an_address_and_a_purpose() {
        let refused = codes(link_request(&Entered::parse(b"purpose=export")).expect_err("refused"));
        assert_eq!(refused.first().map(|(field, _)| field.as_str()), Some("email"));
        let asked = link_request(&Entered::parse(b"email=kari%40example.no&purpose=erase&language=ar")).expect("valid");
        assert_eq!(asked.purpose.as_str(), "erase");
    }
}
