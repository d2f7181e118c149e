//! The text a docs example parses into a date, a date-time, a UUID or base64: the spec's
//! example when the generated crate's parser takes it, so that the example runs.
//!
//! Specs often carry an example that does not fit its format: a date-time for a `date`
//! (converters turn YAML dates into timestamps), a date for a `date-time`, a placeholder
//! (`"string"`) for a UUID. A date is then the example's own date where it starts with one,
//! a date-time that date at midnight UTC, and anything else a plain value of the type.
//!
//! The checks are at most as lenient as the parsers they stand for (chrono's `NaiveDate` and
//! `DateTime<Utc>`, uuid's `Uuid`, the runtime's `Base64`), never more.

use crate::ir::TypeRef;

/// The text to parse as `ty`: `example` itself, what of it parses, or a plain value.
pub(super) fn parsable(ty: &TypeRef, example: Option<&str>) -> String {
    let fitted = example.and_then(|text| match ty {
        TypeRef::Date => date_in(text).map(str::to_owned),
        TypeRef::DateTime if is_date_time(text) => Some(text.to_owned()),
        TypeRef::DateTime => is_date(text).then(|| format!("{text}T00:00:00Z")),
        TypeRef::Uuid => is_uuid(text).then(|| text.to_owned()),
        TypeRef::Base64 => is_base64(text).then(|| text.to_owned()),
        _ => Some(text.to_owned()),
    });
    fitted.unwrap_or_else(|| {
        match ty {
            TypeRef::DateTime => "2024-01-01T00:00:00Z",
            TypeRef::Date => "2024-01-01",
            TypeRef::Base64 => "ZXhhbXBsZQ==",
            _ => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        }
        .to_owned()
    })
}

/// The date `text` is, or starts with before a time (`2025-10-15T13:51:00Z`).
fn date_in(text: &str) -> Option<&str> {
    let date = text.get(..10)?;
    let rest = &text[10..];
    let before_time = rest.is_empty() || rest.starts_with(['T', 't', ' ']);
    (is_date(date) && before_time).then_some(date)
}

/// `YYYY-MM-DD`, a day the calendar has.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) =
        (number(&text[..4]), number(&text[5..7]), number(&text[8..]))
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// RFC 3339: `YYYY-MM-DDTHH:MM:SS`, a fraction, then `Z` or `±HH:MM`.
fn is_date_time(text: &str) -> bool {
    let Some(date) = date_in(text) else {
        return false;
    };
    let rest = &text[date.len()..];
    let Some(time) = rest.strip_prefix(['T', 't', ' ']) else {
        return false;
    };
    let clock = |t: &str| {
        let b = t.as_bytes();
        b.len() == 8
            && b[2] == b':'
            && b[5] == b':'
            && number(&t[..2]).is_some_and(|h| h < 24)
            && number(&t[3..5]).is_some_and(|m| m < 60)
            && number(&t[6..]).is_some_and(|s| s < 60)
    };
    let Some(hms) = time.get(..8).filter(|t| clock(t)) else {
        return false;
    };
    let mut offset = &time[hms.len()..];
    if let Some(fraction) = offset.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        offset = &fraction[digits..];
    }
    match offset.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', ..] if offset.len() == 6 && offset.as_bytes()[3] == b':' => {
            number(&offset[1..3]).is_some_and(|h| h < 24)
                && number(&offset[4..]).is_some_and(|m| m < 60)
        }
        _ => false,
    }
}

/// Hyphenated (`8-4-4-4-12` hex digits) or 32 hex digits.
fn is_uuid(text: &str) -> bool {
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    match text.len() {
        32 => hex(text),
        36 => {
            let groups: Vec<&str> = text.split('-').collect();
            groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|g| hex(g))
        }
        _ => false,
    }
}

/// The runtime's base64: either alphabet, padding only at the end, no dangling sextet.
fn is_base64(text: &str) -> bool {
    let body = text.trim_end_matches('=');
    let digits = body
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .try_fold(0usize, |n, b| {
            (b.is_ascii_alphanumeric() || b"+-/_".contains(&b)).then_some(n + 1)
        });
    digits.is_some_and(|n| n % 4 != 1) && text.len() - body.len() <= 2
}

/// All digits, as a number.
fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fitting_example_is_kept() {
        assert_eq!(parsable(&TypeRef::Date, Some("2024-02-29")), "2024-02-29");
        let at = "2025-10-15T13:51:00.926+02:00";
        assert_eq!(parsable(&TypeRef::DateTime, Some(at)), at);
        let id = "123e4567-e89b-12d3-a456-426614174000";
        assert_eq!(parsable(&TypeRef::Uuid, Some(id)), id);
        assert_eq!(parsable(&TypeRef::Base64, Some("aGk=")), "aGk=");
    }

    #[test]
    fn a_date_and_a_date_time_lend_each_other_their_date() {
        let at = "2025-10-15T13:51:00.926Z";
        assert_eq!(parsable(&TypeRef::Date, Some(at)), "2025-10-15");
        assert_eq!(
            parsable(&TypeRef::DateTime, Some("2025-10-15")),
            "2025-10-15T00:00:00Z"
        );
    }

    #[test]
    fn anything_else_is_a_plain_value() {
        for (ty, text) in [
            (TypeRef::Date, "2023-02-29"),
            (TypeRef::Date, "15/10/2025"),
            (TypeRef::Date, "2025-10-15x"),
            (TypeRef::DateTime, "2025-10-15T25:00:00Z"),
            (TypeRef::DateTime, "2025-10-15T13:51:00"),
            (TypeRef::DateTime, "2025-10-15T13:51:00."),
            (TypeRef::Uuid, "string"),
            (TypeRef::Uuid, "123e4567-e89b-12d3-a456-42661417400g"),
            (TypeRef::Base64, "a"),
            (TypeRef::Base64, "ab=c"),
            (TypeRef::Base64, "not base64!"),
        ] {
            let plain = parsable(&ty, None);
            assert_eq!(parsable(&ty, Some(text)), plain, "{ty:?} {text:?}");
        }
    }
}
