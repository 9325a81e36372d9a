//! Unicode character classes that the registry's rules share: what is a digit, what only
//! separates, and what cannot be seen, whichever script or keyboard produced the text.

use icu_properties::props::{Dash, DefaultIgnorableCodePoint, GeneralCategory, GeneralCategoryGroup};
use icu_properties::{CodePointMapData, CodePointSetData};

fn category(c: char) -> GeneralCategory {
    CodePointMapData::<GeneralCategory>::new().get(c)
}

/// Characters that show nothing where they stand: Default_Ignorable_Code_Point (zero-width
/// spaces and joiners, the soft hyphen, bidirectional marks, variation selectors, Hangul
/// fillers, tags), every other format character, and control characters other than white
/// space.
pub fn is_invisible(c: char) -> bool {
    CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || match category(c) {
            GeneralCategory::Format => true,
            GeneralCategory::Control => !c.is_whitespace(),
            _ => false,
        }
}

/// Characters that add nothing to a run of digits: invisible ones, marks (combining accents,
/// the keycap around an emoji digit) and unassigned code points.
pub fn is_ignorable_between_digits(c: char) -> bool {
    is_invisible(c) || GeneralCategoryGroup::Mark.contains(category(c)) || category(c) == GeneralCategory::Unassigned
}

/// White space, punctuation (dots, slashes, underscores, brackets …) and dashes, the minus
/// sign included: what people put between groups of digits.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || GeneralCategoryGroup::Punctuation.contains(category(c))
        || CodePointSetData::new::<Dash>().contains(c)
}

/// The value of a decimal digit in any script (`7`, `٧`, `७` …). Unicode encodes every set
/// of decimal digits as ten consecutive code points from zero up, so the value is the
/// distance from the start of the run of digits the character stands in, modulo ten.
pub fn decimal_digit(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    let is_digit = |cp: u32| char::from_u32(cp).is_some_and(|c| category(c) == GeneralCategory::DecimalNumber);
    let cp = u32::from(c);
    if !is_digit(cp) {
        return None;
    }
    let start = (0..cp).rev().take_while(|&p| is_digit(p)).last().unwrap_or(cp);
    u8::try_from((cp - start) % 10).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_have_their_value() {
        for (digit, value) in [('7', 7), ('\u{0667}', 7), ('\u{096D}', 7), ('\u{FF17}', 7), ('\u{1D7D5}', 7), ('0', 0)]
        {
            assert_eq!(decimal_digit(digit), Some(value), "{digit:?}");
        }
        assert_eq!(decimal_digit('a'), None);
        assert_eq!(decimal_digit('\u{00B2}'), None, "a superscript is not a decimal digit");
    }

    #[test]
    fn invisible_characters_are_told_from_visible_ones() {
        for c in [
            '\u{200B}',
            '\u{200D}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{200E}',
            '\u{3164}',
            '\u{FE0F}',
            '\u{E0041}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', 'ø', ' ', '\t', '.', '\u{0301}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn separators_are_space_and_punctuation_but_not_plus() {
        for c in [' ', '\u{00A0}', '\u{202F}', '/', '_', '.', '-', '\u{2013}', '\u{2212}', '(', ','] {
            assert!(is_separator(c), "{c:?}");
        }
        for c in ['+', 'a', '5', '\u{200B}'] {
            assert!(!is_separator(c), "{c:?}");
        }
    }
}
