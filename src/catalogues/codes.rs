//! Catalogue codes: the stable names of catalogue entries, also used in paths.

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use crate::field::{Parse, Refusal};

pub const CODE_PATTERN: &str = "^[a-z][a-z0-9_]{0,39}$";

/// A catalogue code: a lowercase letter, then up to 39 lowercase letters, digits or `_`.
pub fn is_code(code: &str) -> bool {
    let mut bytes = code.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && code.len() <= 40
}

/// A catalogue code, checked (see [`is_code`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(String);

crate::parsed_text!(Code);

impl Parse for Code {
    fn parse(input: &str) -> Result<Self, Refusal> {
        if is_code(input) { Ok(Self(input.to_owned())) } else { Err(Refusal::new("code", "code")) }
    }
}

impl utoipa::PartialSchema for Code {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(CODE_PATTERN))
            .description(Some("A code from one of the organisation's catalogues"))
            .examples(["peer_supporter"])
            .into()
    }
}

impl utoipa::ToSchema for Code {}
