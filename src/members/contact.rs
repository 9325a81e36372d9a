//! Contact details as stored, so that one address or number is one person: e-mail with the
//! local part in lower case and the domain in its ASCII form, phone numbers in E.164.
//!
//! Look-alikes in an e-mail address are refused rather than folded together: the local part
//! is ASCII (as the address check always required), no invisible character may stand
//! anywhere, and each label of the domain, read in Unicode, must be written in one script as
//! UTS #39 defines "highly restrictive" (one script, or Latin with Han and kana, Bopomofo or
//! Hangul), and may not be a word of another script that could pass for plain ASCII letters
//! (such as a Cyrillic `аре`).

use phonenumber::Mode;
use phonenumber::country::Id;
use unicode_script::Script;
use unicode_security::mixed_script::AugmentedScriptSet;
use unicode_security::{RestrictionLevel, RestrictionLevelDetection, skeleton};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use validator::{ValidateEmail, ValidationError};

use crate::field::{Parse, Refusal};

use crate::text::is_invisible;

/// Numbers written without a country code are Norwegian.
const HOME_REGION: Id = Id::NO;

/// What the schema allows a phone number to look like; the numbering plans then decide.
pub const PHONE_PATTERN: &str = "^\\+?[0-9 .()-]{8,29}$";

/// A phone number in E.164 (`+4791234567`), if it is a number the country's numbering plan
/// assigns (libphonenumber's metadata): with a `+` or `00` and the country code, or
/// Norwegian in local form. Spaces, dots, hyphens and brackets may stand anywhere.
pub fn normalise_phone(input: &str) -> Option<String> {
    let body = input.strip_prefix('+').unwrap_or(input);
    let shape_ok = (8..=29).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit() || b" .()-".contains(&b));
    if !shape_ok {
        return None;
    }
    let number = phonenumber::parse(Some(HOME_REGION), input.trim()).ok()?;
    phonenumber::is_valid(&number).then(|| number.format().mode(Mode::E164).to_string())
}

/// An e-mail address as stored: trimmed, in lower case, the domain processed by UTS #46 into
/// its ASCII form, so `Kari@Bølgen.no` and `kari@xn--blgen-vua.no` are one address. Input
/// that is not an address is only trimmed and lower-cased (it is then compared, never stored).
pub fn normalise_email(input: &str) -> String {
    let trimmed = input.trim();
    trimmed
        .rsplit_once('@')
        .and_then(|(local, domain)| {
            Some(format!("{}@{}", local.to_lowercase(), idna::domain_to_ascii_strict(domain).ok()?))
        })
        .unwrap_or_else(|| trimmed.to_lowercase())
}

pub fn validate_email(input: &str) -> Result<(), ValidationError> {
    if input.chars().any(is_invisible) {
        return Err(ValidationError::new("invisible_character"));
    }
    let normalised = normalise_email(input);
    if !normalised.validate_email() {
        return Err(ValidationError::new("email"));
    }
    match normalised.rsplit_once('@') {
        Some((local, domain)) if local.is_ascii() && !has_lookalikes(domain) => Ok(()),
        Some((local, _)) if local.is_ascii() => Err(ValidationError::new("lookalike_characters")),
        _ => Err(ValidationError::new("email")),
    }
}

/// Whether a domain (in ASCII form) spells, in Unicode, a label that mixes scripts or could
/// pass for an ASCII one.
fn has_lookalikes(ascii_domain: &str) -> bool {
    let (unicode, result) = idna::domain_to_unicode(ascii_domain);
    result.is_err()
        || unicode.split('.').any(|label| {
            let mixed = !label.check_restriction_level(RestrictionLevel::HighlyRestrictive);
            let passes_for_ascii = !label.is_ascii()
                && !AugmentedScriptSet::for_str(label).base.contains_script(Script::Latin)
                && skeleton(label).all(|c| c.is_ascii());
            mixed || passes_for_ascii
        })
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

/// An e-mail address, checked and in its stored form (see [`normalise_email`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

crate::parsed_text!(Email);

impl Parse for Email {
    fn parse(input: &str) -> Result<Self, Refusal> {
        const MAX: usize = 254;
        const STAND_IN: &str = "member@example.no";
        if input.chars().count() > MAX {
            return Err(Refusal::new("length", STAND_IN).with_arg("max", MAX));
        }
        match validate_email(input) {
            Ok(()) => Ok(Self(normalise_email(input))),
            Err(refused) => Err(Refusal::new(&refused.code, STAND_IN)),
        }
    }
}

impl utoipa::PartialSchema for Email {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Email)))
            .max_length(Some(254))
            .examples(["kari@example.no"])
            .into()
    }
}

impl utoipa::ToSchema for Email {}

/// A phone number, checked and in E.164 (see [`normalise_phone`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

crate::parsed_text!(Phone);

impl Parse for Phone {
    fn parse(input: &str) -> Result<Self, Refusal> {
        const MAX: usize = 30;
        const STAND_IN: &str = "+4791234567";
        if input.chars().count() > MAX {
            return Err(Refusal::new("length", STAND_IN).with_arg("max", MAX));
        }
        normalise_phone(input).map(Self).ok_or_else(|| Refusal::new("phone", STAND_IN))
    }
}

impl utoipa::PartialSchema for Phone {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .max_length(Some(30))
            .pattern(Some(PHONE_PATTERN))
            .description(Some("E.164, or a Norwegian number in local form (`912 34 567`)"))
            .examples(["912 34 567"])
            .into()
    }
}

impl utoipa::ToSchema for Phone {}

/// A Norwegian postal code (see [`validate_postal_code`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PostalCode(String);

crate::parsed_text!(PostalCode);

impl Parse for PostalCode {
    fn parse(input: &str) -> Result<Self, Refusal> {
        match validate_postal_code(input) {
            Ok(()) => Ok(Self(input.to_owned())),
            Err(_) => Err(Refusal::new("postal_code", "7010")),
        }
    }
}

impl utoipa::PartialSchema for PostalCode {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(Type::String).pattern(Some(POSTAL_CODE_PATTERN)).examples(["7010"]).into()
    }
}

impl utoipa::ToSchema for PostalCode {}

crate::bounded_text!(
    /// A given or family name: 1 to 100 characters.
    PersonName,
    1..=100,
    example = "Kari"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn code(input: &str) -> Option<String> {
        validate_email(input).err().map(|e| e.code.into_owned())
    }

    #[test]
    fn norwegian_numbers_are_accepted_in_local_form() {
        for local in [
            "912 34 567",
            "91234567",
            "+47 912 34 567",
            "0047 91234567",
            "912.34.567",
            "912-34-567",
            "+47 (912) 34 567",
        ] {
            assert_eq!(normalise_phone(local).as_deref(), Some("+4791234567"), "{local}");
        }
        assert_eq!(normalise_phone("22 12 34 56").as_deref(), Some("+4722123456"), "a landline");
    }

    #[test]
    fn foreign_numbers_need_their_country_code() {
        assert_eq!(normalise_phone("+46 70 123 45 67").as_deref(), Some("+46701234567"));
        assert_eq!(normalise_phone("0046 70 123 45 67").as_deref(), Some("+46701234567"));
        assert_eq!(normalise_phone("+48 512 345 678").as_deref(), Some("+48512345678"));
        assert_eq!(normalise_phone("70 123 45 67"), None, "a Swedish number without its country code");
    }

    #[test]
    fn numbers_no_numbering_plan_assigns_are_refused() {
        for bad in [
            "+999 12345678",
            "11111111",
            "+47 0000 0001",
            "123",
            "+47 912 34 56",
            "+0123456789",
            "ring meg",
            "9123456789012345678",
            "912 34 567 ext. 12",
            "",
        ] {
            assert_eq!(normalise_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_phone_rule_stays_inside_its_documented_pattern() {
        assert_eq!(PHONE_PATTERN, "^\\+?[0-9 .()-]{8,29}$");
        // Valid in Niue, but shorter than the pattern allows.
        assert_eq!(normalise_phone("+6834002"), None);
        assert_eq!(normalise_phone("+683 4002").as_deref(), Some("+6834002"));
    }

    #[test]
    fn one_address_has_one_spelling() {
        assert_eq!(normalise_email(" Kari@Example.NO "), "kari@example.no");
        assert_eq!(normalise_email("kari@Bølgen.no"), "kari@xn--blgen-vua.no");
        assert_eq!(normalise_email("kari@xn--blgen-vua.no"), "kari@xn--blgen-vua.no");
        assert_eq!(normalise_email("kari@ｅｘａｍｐｌｅ.no"), "kari@example.no", "full-width letters");
        assert_eq!(code("kari@bølgen.no"), None);
    }

    #[test]
    fn invisible_characters_are_refused_anywhere_in_an_address() {
        for bad in
            ["kari@example.no\u{200B}", "ka\u{200D}ri@example.no", "kari@exam\u{00AD}ple.no", "\u{FEFF}kari@example.no"]
        {
            assert_eq!(code(bad).as_deref(), Some("invisible_character"), "{bad:?}");
        }
    }

    #[test]
    fn look_alike_letters_from_another_script_are_refused() {
        assert_eq!(code("kari@ex\u{0430}mple.no").as_deref(), Some("lookalike_characters"), "Cyrillic a");
        assert_eq!(code("kari@xn--exmple-4nf.no").as_deref(), Some("lookalike_characters"), "the same, as ASCII");
        assert_eq!(code("kari@\u{0430}\u{0440}\u{0435}.no").as_deref(), Some("lookalike_characters"), "Cyrillic аре");
        assert_eq!(code("kari@\u{043F}\u{043E}\u{0447}\u{0442}\u{0430}.\u{0443}\u{043A}\u{0440}"), None, "Ukrainian");
        assert_eq!(code("k\u{0430}ri@example.no").as_deref(), Some("email"), "the local part is ASCII");
    }
}
