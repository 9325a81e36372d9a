//! Catalogue codes: the stable names of catalogue entries, also used in paths.

use validator::ValidationError;

pub const CODE_PATTERN: &str = "^[a-z][a-z0-9_]{0,39}$";

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
