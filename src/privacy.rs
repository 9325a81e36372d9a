//! Recognises Norwegian national identity numbers (fødselsnummer, D- and H-numbers), which the
//! registry must never store. Every JSON body is scanned (see `http::extract`), and so are the
//! headers and path segments whose values are kept (see `http::middleware` and the sign-up's
//! `Idempotency-Key`), so no value can carry one in, wherever it came from.

use unicode_normalization::UnicodeNormalization;

use crate::text::{decimal_digit, is_ignorable_between_digits, is_separator};

/// Whether `text` holds eleven digits that form a valid identity number, however they are
/// spelt. The text is read in NFKC (full-width and other compatibility digits become plain
/// ones), invisible characters and marks are dropped, digits of every script count, and any
/// run of white space and punctuation between digits only separates groups of one number.
/// A number is the whole run of digits joined that way: it must have exactly eleven digits
/// (so a longer number is not taken for one), and not follow a `+` (an international phone
/// number). An id written as a UUID is no identity number, though the digits between its
/// letters and hyphens can pass for one (about one random UUID in a few million).
pub fn contains_national_id(text: &str) -> bool {
    if is_uuid(text) {
        return false;
    }
    let mut number = Number::default();
    let mut after_plus = false;
    for c in text.nfkc() {
        if let Some(digit) = decimal_digit(c) {
            if number.len == 0 {
                number.phone = after_plus;
            }
            number.push(digit);
        } else if !(is_separator(c) || is_ignorable_between_digits(c)) {
            if number.is_national_id() {
                return true;
            }
            number = Number::default();
            after_plus = c == '+';
        }
    }
    number.is_national_id()
}

/// The hyphenated form only: the others (32 bare hex digits, braces, `urn:uuid:`) are not how
/// the API writes ids, and a bare form could frame eleven digits in plain text.
fn is_uuid(text: &str) -> bool {
    text.len() == 36 && uuid::Uuid::try_parse(text).is_ok()
}

/// One run of digits being read: its first eleven digits and how many there were.
#[derive(Default)]
struct Number {
    digits: [u8; 11],
    len: usize,
    phone: bool,
}

impl Number {
    fn push(&mut self, digit: u8) {
        if let Some(slot) = self.digits.get_mut(self.len) {
            *slot = digit;
        }
        self.len = self.len.saturating_add(1);
    }

    fn is_national_id(&self) -> bool {
        self.len == 11 && !self.phone && is_valid_national_id(&self.digits)
    }
}

/// A plausible date (D-numbers add 40 to the day, H-numbers and test numbers to the month)
/// and both mod-11 check digits.
pub fn is_valid_national_id(d: &[u8; 11]) -> bool {
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    let day_ok = (1..=31).contains(&day) || (41..=71).contains(&day);
    let month_ok = [0, 40, 80].iter().any(|offset| (1..=12).contains(&month.wrapping_sub(*offset)));
    day_ok && month_ok && check_digit(d, &[3, 7, 6, 1, 8, 9, 4, 5, 2]) == Some(d[9]) && {
        check_digit(d, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[10])
    }
}

fn check_digit(digits: &[u8; 11], weights: &[u32]) -> Option<u8> {
    let sum: u32 = weights.iter().zip(digits).map(|(w, d)| w * u32::from(*d)).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => u8::try_from(k).ok(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::collection::vec;
    use proptest::option::weighted;
    use proptest::prelude::*;
    use proptest::sample::select;

    use super::*;

    // Synthetic numbers that satisfy the checksum rules; no real person's.
    const VALID: &str = "01010150074";

    /// The first digit of each way of writing digits: ASCII, full-width, Arabic-Indic,
    /// Devanagari, mathematical bold.
    const ZEROS: &[char] = &['0', '\u{FF10}', '\u{0660}', '\u{0966}', '\u{1D7CE}'];
    /// What people (and keyboards, and copy-paste) put between groups of digits.
    const SEPARATORS: &[char] = &[
        ' ', '\u{00A0}', '\u{202F}', '\u{2009}', '\u{3000}', '\t', '/', '_', '.', '-', '\u{2010}', '\u{2013}',
        '\u{2212}', ',', ':', '(', ')',
    ];
    /// Characters that cannot be seen: zero-width space, non-joiner and joiner, word joiner,
    /// byte order mark, soft hyphen, direction marks, function application, combining
    /// grapheme joiner, emoji variation selector, Mongolian vowel separator, Hangul filler,
    /// the keycap that encloses an emoji digit.
    const INVISIBLE: &[char] = &[
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{00AD}', '\u{200E}', '\u{200F}', '\u{2061}',
        '\u{034F}', '\u{FE0F}', '\u{180E}', '\u{3164}', '\u{20E3}',
    ];

    /// Valid identity numbers: birth numbers, D-numbers (day + 40) and H- or test numbers
    /// (month + 40 or + 80), every check digit computed.
    fn national_ids() -> impl Strategy<Value = [u8; 11]> {
        (1u8..=28, select(&[0u8, 40][..]), 1u8..=12, select(&[0u8, 40, 80][..]), 0u8..=99, 0u16..=999).prop_filter_map(
            "a check digit would be 10",
            |(day, day_offset, month, month_offset, year, person)| {
                let (day, month) = (day + day_offset, month + month_offset);
                let person = [person / 100, person / 10 % 10, person % 10].map(|d| d as u8);
                let mut d = [
                    day / 10,
                    day % 10,
                    month / 10,
                    month % 10,
                    year / 10,
                    year % 10,
                    person[0],
                    person[1],
                    person[2],
                    0,
                    0,
                ];
                d[9] = check_digit(&d, &[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
                d[10] = check_digit(&d, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
                Some(d)
            },
        )
    }

    /// How to write eleven digits: each digit in some script, and between any two of them a
    /// run of separators, an invisible character, both or nothing.
    #[derive(Debug, Clone)]
    struct Spelling {
        scripts: Vec<char>,
        separators: Vec<Option<Vec<char>>>,
        invisible: Vec<Option<char>>,
    }

    fn spellings() -> impl Strategy<Value = Spelling> {
        (
            vec(select(ZEROS), 11),
            vec(weighted(0.3, vec(select(SEPARATORS), 1..=3)), 10),
            vec(weighted(0.2, select(INVISIBLE)), 10),
        )
            .prop_map(|(scripts, separators, invisible)| Spelling { scripts, separators, invisible })
    }

    fn spell(digits: &[u8], how: &Spelling) -> String {
        let mut out = String::new();
        for (i, digit) in digits.iter().enumerate() {
            let zero = how.scripts[i % how.scripts.len()];
            out.push(char::from_u32(u32::from(zero) + u32::from(*digit)).expect("a digit"));
            if i + 1 < digits.len() {
                out.extend(how.invisible[i % 10]);
                out.extend(how.separators[i % 10].iter().flatten());
            }
        }
        out
    }

    fn texts_around() -> impl Strategy<Value = (&'static str, &'static str)> {
        (
            select(&["", "fnr ", "Mitt nummer er ", "nr: ", "a", "«"][..]),
            select(&["", ", takk", " er mitt", "x", "»"][..]),
        )
    }

    #[test]
    fn a_uuid_whose_digits_pass_for_a_number_is_an_id() {
        let id = format!("a{}-{}-abcd-8def-0123456789ab", &VALID[..7], &VALID[7..]);
        assert!(contains_national_id(&format!("{}-{}", &VALID[..7], &VALID[7..])));
        assert!(!contains_national_id(&id), "{id}");
        assert!(contains_national_id(&format!("{id} {VALID}")), "an id beside a number is still text");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn no_uuid_is_an_identity_number(bytes in any::<[u8; 16]>()) {
            let id = uuid::Uuid::from_bytes(bytes).hyphenated().to_string();
            prop_assert!(!contains_national_id(&id), "{id}");
        }

        #[test]
        fn every_spelling_of_a_valid_number_is_found(id in national_ids(), how in spellings(), (before, after) in texts_around()) {
            let text = format!("{before}{}{after}", spell(&id, &how));
            prop_assert!(contains_national_id(&text), "{text:?}");
        }

        #[test]
        fn a_wrong_check_digit_is_not_an_identity_number(id in national_ids(), off in 1u8..=9, how in spellings()) {
            let mut wrong = id;
            wrong[10] = (wrong[10] + off) % 10;
            let text = spell(&wrong, &how);
            prop_assert!(!contains_national_id(&text), "{text:?}");
        }

        #[test]
        fn a_number_after_a_plus_is_a_phone_number(id in national_ids(), how in spellings(), gap in vec(select(SEPARATORS), 0..=2)) {
            let text = format!("tlf +{}{}", gap.iter().collect::<String>(), spell(&id, &how));
            prop_assert!(!contains_national_id(&text), "{text:?}");
        }

        #[test]
        fn eleven_digits_inside_a_longer_number_are_not_one(
            id in national_ids(),
            how in spellings(),
            extra in vec(0u8..=9, 1..=4),
            gap in vec(select(SEPARATORS), 0..=2),
            extra_first in any::<bool>(),
        ) {
            let extra: String = extra.iter().map(|d| char::from(b'0' + d)).collect();
            let gap: String = gap.iter().collect();
            let number = spell(&id, &how);
            let text = if extra_first { format!("nr {extra}{gap}{number}") } else { format!("nr {number}{gap}{extra}") };
            prop_assert!(!contains_national_id(&text), "{text:?}");
        }
    }

    #[test]
    fn valid_numbers_are_found_in_text_in_any_spelling() {
        assert!(contains_national_id(VALID));
        assert!(contains_national_id("mitt nummer er 010101 50074, takk"));
        assert!(contains_national_id("010101-50074"));
        assert!(contains_national_id("010101  50074"), "two spaces");
        assert!(contains_national_id("010101\u{00A0}50074"), "no-break space");
        assert!(contains_national_id("01/01/01/500/74"));
        assert!(contains_national_id("010101_50074"));
        assert!(contains_national_id("01.01.01 500 74"));
        assert!(contains_national_id("０１０１０１５００７４"), "full-width digits");
        assert!(contains_national_id("010101\u{200B}50074"), "zero-width space");
        assert!(contains_national_id("x01010150074"), "a code ending in one");
    }

    #[test]
    fn other_numbers_are_not_mistaken_for_one() {
        assert!(!contains_national_id("01010150075"), "wrong check digit");
        assert!(!contains_national_id("+4801010150074"), "phone number");
        assert!(!contains_national_id("+47 010101 50074"), "phone number with spaces");
        assert!(!contains_national_id("901010150074"), "part of a longer number");
        assert!(!contains_national_id("9 01010150074"), "part of a longer spaced number");
        assert!(!contains_national_id("Ring 912 34 567 etter kl. 16"));
        assert!(!contains_national_id("+47 912 34 567"));
        assert!(!contains_national_id("postnummer 7010, født 1985"));
        assert!(!contains_national_id("født 01.01.2001, medlem fra 2020-03-01"));
    }
}
