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
pub(crate) fn path(
    base: &str,
    segments: &[String],
    trailing_slash: bool,
) -> Result<String, Error> {
    let mut path = base.trim_end_matches('/').to_string();
    for segment in segments {
        if segment.is_empty() || segment == "." || segment == ".." {
            return Err(
                Error::Request(format!("a path parameter cannot be {segment:?}")),
            );
        }
        path.push('/');
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
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
    };
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    pairs.join("&")
}
