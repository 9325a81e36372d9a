//! Values parsed once, where they enter: an e-mail address, a phone number, a catalogue code, a
//! person's name. Each is a type whose `parse` holds its rule and whose schema states that rule
//! in the OpenAPI document, so a handler only ever holds values that passed, in the form they
//! are stored in.
//!
//! A value that breaks its rule fails deserialisation with a [`Refusal`]. The extractors in
//! `http::extract` turn it into a field error, put the type's stand-in where the value was and
//! read on, so that one answer names every field that is wrong, together with what the
//! `validator` checks of the rest of the body find.

use serde::{Deserialize, Serialize};

/// Why a value was refused: the stable code of the rule, its parameters (as the field error's
/// message uses them), and a value of the same type that passes, to read on with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub code: String,
    pub args: Vec<(String, String)>,
    pub stand_in: String,
}

/// Starts a serde error message that carries a refusal. serde's own messages start with
/// their own words ("unknown variant `…`" quotes the input only after them), so no input can
/// make one that starts with this.
const MARK: &str = "\u{1}refusal:";

impl Refusal {
    pub fn new(code: &str, stand_in: impl Into<String>) -> Self {
        Self { code: code.to_owned(), args: Vec::new(), stand_in: stand_in.into() }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }

    /// As the error of a serde `Deserialize` implementation.
    pub fn into_error<E: serde::de::Error>(self) -> E {
        let carried = serde_json::to_string(&self).unwrap_or_default();
        E::custom(format!("{MARK}{carried}"))
    }

    /// The refusal a serde error message carries, if it carries one.
    pub fn carried_by(message: &str) -> Option<Self> {
        let carried = message.strip_prefix(MARK)?;
        serde_json::Deserializer::from_str(carried).into_iter().next()?.ok()
    }
}

/// A value written as one string.
pub trait Parse: Sized {
    /// The value `input` stands for, or the rule it breaks.
    fn parse(input: &str) -> Result<Self, Refusal>;
}

/// Gives a newtype over `String` that implements [`Parse`] its serde implementations (read
/// through `parse`, written as held), `Display`, `Deref<Target = str>` and the conversion to
/// `String`.
#[macro_export]
macro_rules! parsed_text {
    ($name:ident) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let input = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                <Self as $crate::field::Parse>::parse(&input).map_err($crate::field::Refusal::into_error)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl ::std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }
    };
}

/// Text of `min..=max` characters that may be stored anywhere: no NUL (PostgreSQL cannot hold
/// it) and no national identity number (the registry never holds one).
pub fn bounded_text(input: &str, min: usize, max: usize) -> Result<String, Refusal> {
    let stand_in = "x".repeat(min.max(1));
    let length = input.chars().count();
    if length < min || length > max {
        let refusal = Refusal::new("length", stand_in);
        return Err(if min > 0 { refusal.with_arg("min", min) } else { refusal }.with_arg("max", max));
    }
    if input.contains('\0') {
        return Err(Refusal::new("nul_character", stand_in));
    }
    if crate::privacy::contains_national_id(input) {
        return Err(Refusal::new("national_id_number", stand_in));
    }
    Ok(input.to_owned())
}

/// Declares a newtype for text of a bounded length (see [`bounded_text`]), with its schema.
#[macro_export]
macro_rules! bounded_text {
    ($(#[$meta:meta])* $name:ident, $min:literal ..= $max:literal, example = $example:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        $crate::parsed_text!($name);

        impl $crate::field::Parse for $name {
            fn parse(input: &str) -> Result<Self, $crate::field::Refusal> {
                $crate::field::bounded_text(input, $min, $max).map(Self)
            }
        }

        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                ::utoipa::openapi::ObjectBuilder::new()
                    .schema_type(::utoipa::openapi::schema::Type::String)
                    .min_length(if $min > 0 { Some($min) } else { None })
                    .max_length(Some($max))
                    .examples([$example])
                    .into()
            }
        }

        impl ::utoipa::ToSchema for $name {}
    };
}

crate::bounded_text!(
    /// The name of something the registry keeps: an organisation, a chapter, a group, a
    /// project. 1 to 200 characters.
    Name,
    1..=200,
    example = "LPP Trondheim"
);

crate::bounded_text!(
    /// A note kept with a record: up to 2,000 characters, short and factual.
    Note,
    0..=2000,
    example = "Ringte tilbake etter en uke."
);

/// The schema of a box that must be ticked: a boolean whose only allowed value is `true` (the
/// document states it as `const`).
pub fn always_true() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::Boolean)
        .enum_values(Some([true]))
        .description(Some("Only `true` is taken: the box must be ticked."))
        .build()
}

/// The check of a box that must be ticked (see [`always_true`]): anything else is
/// `consent_required`.
pub fn agreed(consent: &bool) -> Result<(), validator::ValidationError> {
    if *consent { Ok(()) } else { Err(validator::ValidationError::new("consent_required")) }
}

/// An error of a rule between fields, naming the field it is shown beside (see
/// `crate::http::extract::field_errors`).
pub fn between_fields(field: &'static str, code: &'static str) -> validator::ValidationError {
    let mut error = validator::ValidationError::new(code);
    error.add_param("field".into(), &field);
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::bounded_text!(Word, 1..=5, example = "ord");

    fn refusal(input: &str) -> Refusal {
        let error = serde_json::from_value::<Word>(serde_json::json!(input)).unwrap_err();
        Refusal::carried_by(&error.to_string()).expect("the error carries its refusal")
    }

    #[test]
    fn a_value_in_bounds_reads_and_writes_as_itself() {
        let word: Word = serde_json::from_value(serde_json::json!("ordet")).unwrap();
        assert_eq!(&*word, "ordet");
        assert_eq!(serde_json::to_value(&word).unwrap(), "ordet");
    }

    #[test]
    fn a_refused_value_says_which_rule_and_offers_a_stand_in() {
        let long = refusal("ordene");
        assert_eq!(long.code, "length");
        assert_eq!(long.args, [("min".to_owned(), "1".to_owned()), ("max".to_owned(), "5".to_owned())]);
        assert!(Word::parse(&long.stand_in).is_ok());
        assert_eq!(refusal("").code, "length");
        assert_eq!(refusal("a\0b").code, "nul_character");
        assert_eq!(Word::parse("01010150074").unwrap_err().code, "length");
        assert_eq!(bounded_text("01010150074", 1, 20).unwrap_err().code, "national_id_number");
    }

    #[test]
    fn only_a_marked_message_carries_a_refusal() {
        assert_eq!(Refusal::carried_by("invalid type: integer `1`, expected a string"), None);
        let quoted = format!("unknown variant `{MARK}{{}}`, expected `a`");
        assert_eq!(Refusal::carried_by(&quoted), None);
        let marked = Refusal::new("code", "a").into_error::<serde_json::Error>().to_string();
        assert_eq!(Refusal::carried_by(&marked), Some(Refusal::new("code", "a")));
    }
}
