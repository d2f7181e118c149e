//! A string for a docs example that a schema's `pattern` allows: the made-up placeholder when
//! the pattern already allows it, else one made from the regular expression itself (the first
//! of each alternation, the fewest repetitions, a digit or letter of each class), checked
//! against the pattern. Readme's `branch` (`(v{0,1})(stable|([0-9]+)...)`) becomes `stable`,
//! a Mongo id (`[a-f\d]{24}`) 24 `0`s.

use regex_syntax::hir::{Class, Hir, HirKind};

/// `placeholder` if `pattern` matches it (a pattern matches anywhere in the string, as JSON
/// Schema's do), else a string made from `pattern` that it matches, else `placeholder` (a
/// pattern this cannot read, or one whose made-up string does not match).
pub fn allowed(pattern: &str, placeholder: String) -> String {
    let Ok(regex) = regex::Regex::new(pattern) else {
        return placeholder;
    };
    if regex.is_match(&placeholder) {
        return placeholder;
    }
    let Ok(hir) = regex_syntax::parse(pattern) else {
        return placeholder;
    };
    let mut made = String::new();
    if make(&hir, &mut made) && regex.is_match(&made) {
        made
    } else {
        placeholder
    }
}

/// The longest string made: an example is for reading, and nested repetitions
/// (`((a{256}){256}){256}`) would otherwise make millions of characters.
const MAX_MADE: usize = 1024;

/// Appends a string `hir` matches to `out`; false where it cannot make one (or not within
/// [`MAX_MADE`] characters).
fn make(hir: &Hir, out: &mut String) -> bool {
    if out.len() > MAX_MADE {
        return false;
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(text) => {
                out.push_str(text);
                true
            }
            Err(_) => false,
        },
        HirKind::Class(Class::Unicode(class)) => {
            let ranges = class.ranges();
            // A digit or letter where the class has one (not the `\x00` of `[^_]`).
            let nice = ranges.iter().find_map(|r| {
                (r.start()..=r.end())
                    .take(128)
                    .find(|c| c.is_ascii_alphanumeric())
            });
            match nice.or_else(|| ranges.first().map(|r| r.start())) {
                Some(c) => {
                    out.push(c);
                    true
                }
                None => false,
            }
        }
        HirKind::Class(Class::Bytes(_)) => false,
        HirKind::Repetition(repetition) => (0..repetition.min).all(|_| make(&repetition.sub, out)),
        HirKind::Capture(capture) => make(&capture.sub, out),
        HirKind::Concat(parts) => parts.iter().all(|part| make(part, out)),
        HirKind::Alternation(alternatives) => {
            alternatives.first().is_some_and(|first| make(first, out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn a_string_the_pattern_allows() {
        let made = |pattern: &str| allowed(pattern, "branch_example".to_string());
        // The placeholder where the pattern allows it.
        assert_eq!(made("[a-z_]+"), "branch_example");
        assert_eq!(made("example"), "branch_example");
        // Else one the pattern makes: Readme's branch, a Mongo id, a colour, a slug.
        assert_eq!(
            made("(v{0,1})(stable|([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(-.*)?)(_(.*))?"),
            "stable"
        );
        assert_eq!(made("^[a-f\\d]{24}$"), "0".repeat(24));
        assert_eq!(made("^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6})$"), "#000");
        assert_eq!(made("^[A-Z]{2}-\\d+$"), "AA-0");
        assert_eq!(made("\\/projects\\/(me|[a-zA-Z0-9]+)"), "/projects/me");
        assert_eq!(made("^[^_]+$"), "0");
        // A pattern the regex crate cannot read (look-around) keeps the placeholder.
        assert_eq!(made("^(?!x)\\d+$"), "branch_example");
        // Too long a string to read: the placeholder, quickly.
        assert_eq!(made("^((a{256}){256}){256}$"), "branch_example");
        assert_eq!(made("^(a{40}){40}$"), "branch_example");
        assert_eq!(made("^[0-9]{1000}$"), "0".repeat(1000));
    }
}
