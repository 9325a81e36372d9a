//! Recognises Norwegian national identity numbers (fødselsnummer, D- and H-numbers), which the
//! registry must never store. Every JSON body is scanned (see `http::extract`), so no field
//! can carry one in, whatever its name.

/// Whether `text` holds eleven digits that form a valid identity number: written together or
/// as `ddmmyy nnnnn`, not part of a longer number, and not an international phone number
/// (which starts with `+`).
pub fn contains_national_id(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        if !chars[start].is_ascii_digit()
            || (start > 0 && (chars[start - 1].is_ascii_digit() || chars[start - 1] == '+'))
        {
            start += 1;
            continue;
        }
        if let Some(digits) = candidate_at(&chars[start..])
            && is_valid_national_id(&digits)
        {
            return true;
        }
        start += 1;
    }
    false
}

/// The eleven digits starting here, if they stand alone: `ddmmyynnnnn` or `ddmmyy nnnnn`
/// (with a space, hyphen or dot between the date and the personal number).
fn candidate_at(chars: &[char]) -> Option<[u8; 11]> {
    let run = |from: usize| chars[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let first = run(0);
    let digits: String = if first == 11 {
        chars[..11].iter().collect()
    } else if first == 6 && chars.get(6).is_some_and(|c| matches!(c, ' ' | '-' | '.')) && run(7) == 5 {
        chars[..6].iter().chain(&chars[7..12]).collect()
    } else {
        return None;
    };
    let mut out = [0u8; 11];
    for (slot, byte) in out.iter_mut().zip(digits.bytes()) {
        *slot = byte - b'0';
    }
    Some(out)
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
    use super::*;

    // Synthetic numbers that satisfy the checksum rules; no real person's.
    const VALID: &str = "01010150074";

    #[test]
    fn valid_numbers_are_found_in_text_in_either_spelling() {
        assert!(contains_national_id(VALID));
        assert!(contains_national_id("mitt nummer er 010101 50074, takk"));
        assert!(contains_national_id("010101-50074"));
    }

    #[test]
    fn other_numbers_are_not_mistaken_for_one() {
        assert!(!contains_national_id("01010150075"), "wrong check digit");
        assert!(!contains_national_id("+4801010150074"), "phone number");
        assert!(!contains_national_id("901010150074"), "part of a longer number");
        assert!(!contains_national_id("Ring 912 34 567 etter kl. 16"));
        assert!(!contains_national_id("postnummer 7010, født 1985"));
    }
}
