//! Contact details as stored: e-mail in lower case, phone numbers in E.164.

use validator::{ValidateEmail, ValidationError};

/// A phone number in E.164 (`+4791234567`). Norwegian numbers may be written locally:
/// eight digits, optionally after `0047` or `47`, with spaces, dots or hyphens anywhere.
pub fn normalise_phone(input: &str) -> Option<String> {
    let trimmed = input.trim();
    let international = trimmed.starts_with('+');
    let body = trimmed.strip_prefix('+').unwrap_or(trimmed);
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')')) {
        return None;
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let e164 = if international {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if digits.len() == 8 {
        format!("47{digits}")
    } else {
        return None;
    };
    let norwegian_ok = !e164.starts_with("47") || e164.len() == 10;
    let shape_ok = (8..=15).contains(&e164.len()) && !e164.starts_with('0');
    (norwegian_ok && shape_ok).then(|| format!("+{e164}"))
}

pub fn normalise_email(input: &str) -> String {
    input.trim().to_lowercase()
}

pub fn validate_phone(input: &str) -> Result<(), ValidationError> {
    normalise_phone(input).map(|_| ()).ok_or_else(|| ValidationError::new("phone"))
}

pub fn validate_email(input: &str) -> Result<(), ValidationError> {
    if normalise_email(input).validate_email() { Ok(()) } else { Err(ValidationError::new("email")) }
}

/// Four digits, as Norwegian postal codes are.
pub fn validate_postal_code(input: &str) -> Result<(), ValidationError> {
    if input.len() == 4 && input.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ValidationError::new("postal_code"))
    }
}

pub const POSTAL_CODE_PATTERN: &str = "^[0-9]{4}$";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_numbers_are_accepted_in_local_form() {
        for local in ["912 34 567", "91234567", "+47 912 34 567", "0047 91234567", "912.34.567"] {
            assert_eq!(normalise_phone(local).as_deref(), Some("+4791234567"), "{local}");
        }
    }

    #[test]
    fn foreign_numbers_need_their_country_code() {
        assert_eq!(normalise_phone("+48 123 456 789").as_deref(), Some("+48123456789"));
        assert_eq!(normalise_phone("0048123456789").as_deref(), Some("+48123456789"));
        for bad in ["123", "+47 912 34 56", "+0123456789", "ring meg", "9123456789012345678", ""] {
            assert_eq!(normalise_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn postal_codes_are_four_digits() {
        assert_eq!(POSTAL_CODE_PATTERN, "^[0-9]{4}$");
        assert!(validate_postal_code("7010").is_ok());
        assert!(validate_postal_code("701").is_err());
        assert!(validate_postal_code("70100").is_err());
    }
}
