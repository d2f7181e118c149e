//! Encoding path segments and query strings.

use super::error::Error;

/// What a path segment or a query name or value keeps as is: RFC 3986's unreserved
/// characters. Everything else is percent-encoded.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The path of `base` (its trailing `/` dropped) followed by `segments`, each encoded whole.
pub(crate) fn path(base: &str, segments: &[String], trailing_slash: bool) -> Result<String, Error> {
    let mut path = base.trim_end_matches('/').to_string();
    for segment in segments {
        // Every URL parser resolves `.` and `..` (even percent-encoded), and an empty
        // segment addresses another resource: none can be sent as a value.
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(Error::Request(format!(
                "a path parameter cannot be {segment:?}"
            )));
        }
        path.push('/');
        // Percent-encoded whole: a `/`, `?`, `#`, space or control character in a
        // value stays inside its segment.
        path.extend(percent_encoding::utf8_percent_encode(segment, COMPONENT));
    }
    if trailing_slash || path.is_empty() {
        path.push('/');
    }
    Ok(path)
}

/// A query string of `name=value` pairs, both percent-encoded: `%20` for a space, not the
/// form encoding's `+`, which only form decoders read as a space.
pub(crate) fn query(pairs: &[(&str, String)]) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, COMPONENT).to_string();
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    pairs.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(values: &[&str]) -> Vec<String> {
        values.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_segment_is_encoded_whole() {
        let path = path(
            "/api/v1/",
            &segments(&["users", "a/b?c#d e", "x\t\r\n"]),
            false,
        );
        assert_eq!(path.unwrap(), "/api/v1/users/a%2Fb%3Fc%23d%20e/x%09%0D%0A");
    }

    #[test]
    fn unreserved_characters_and_unicode() {
        let path = path("", &segments(&["A-z_0.9~", "é"]), false).unwrap();
        assert_eq!(path, "/A-z_0.9~/%C3%A9");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let err = path("/api", &segments(&["users", bad]), false).unwrap_err();
            assert!(
                matches!(&err, Error::Request(m) if m.contains("path parameter")),
                "{bad:?}: {err}"
            );
        }
        // Dots inside a value are only text.
        assert_eq!(path("", &segments(&["..."]), false).unwrap(), "/...");
    }

    #[test]
    fn trailing_slash_and_root() {
        assert_eq!(path("/", &segments(&["a"]), true).unwrap(), "/a/");
        assert_eq!(path("/", &[], false).unwrap(), "/");
        assert_eq!(path("/v1", &[], false).unwrap(), "/v1");
    }

    #[test]
    fn query_pairs_are_percent_encoded() {
        let q = query(&[
            ("q", "a b+c&d=e".to_string()),
            ("filter[x]", "é".to_string()),
            ("empty", String::new()),
        ]);
        assert_eq!(q, "q=a%20b%2Bc%26d%3De&filter%5Bx%5D=%C3%A9&empty=");
    }
}
