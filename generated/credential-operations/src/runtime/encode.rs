//! Percent-encoding: path segments, query strings and form bodies.

use super::error::Error;
use super::params::PathPiece;

/// What a path segment or a query name or value keeps as is: RFC 3986's unreserved
/// characters. Everything else is percent-encoded.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What `application/x-www-form-urlencoded` keeps as is (the WHATWG URL standard's set);
/// a space becomes `+`.
const FORM: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b' ');

/// `text` percent-encoded as one path segment or query component.
pub(crate) fn component(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
}

/// What a query value with `allowReserved` keeps as is besides [`COMPONENT`]'s: RFC 3986's
/// reserved characters, except those that would end the query (`#`) or split it into other
/// pairs (`&`, `=`), `+`, which servers read as a space, and `'`, which the URL standard
/// encodes in an http(s) query whatever the client sends.
const RESERVED: &percent_encoding::AsciiSet = &COMPONENT
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b',')
    .remove(b';');

/// `text` percent-encoded as a query value that allows reserved characters ([`RESERVED`]).
#[allow(dead_code)]
pub(crate) fn reserved_component(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, RESERVED).to_string()
}

/// The path of `base` (its trailing `/` dropped) followed by `segments`, each made of
/// template text and encoded parameter values.
pub(crate) fn path(
    base: &str,
    segments: &[Vec<PathPiece>],
    trailing_slash: bool,
) -> Result<String, Error> {
    let mut path = base.trim_end_matches('/').to_string();
    for pieces in segments {
        let mut segment = String::new();
        let mut has_param = false;
        for piece in pieces {
            match piece {
                PathPiece::Text(text) => segment.push_str(text),
                PathPiece::Param(_, value) => {
                    has_param = true;
                    segment.push_str(value);
                }
            }
        }
        if has_param && (segment.is_empty() || segment == "." || segment == "..") {
            return Err(Error::Request(format!(
                "a path parameter cannot make the segment {segment:?}"
            )));
        }
        path.push('/');
        path.push_str(&segment);
    }
    if trailing_slash || path.is_empty() {
        path.push('/');
    }
    Ok(path)
}

/// The path as the spec writes it, parameters unexpanded (`/users/{id}`): what tracing shows.
pub(crate) fn template(segments: &[Vec<PathPiece>], trailing_slash: bool) -> String {
    let mut path = String::new();
    for pieces in segments {
        path.push('/');
        for piece in pieces {
            match piece {
                PathPiece::Text(text) => path.push_str(text),
                PathPiece::Param(name, _) => {
                    path.push('{');
                    path.push_str(name);
                    path.push('}');
                }
            }
        }
    }
    if trailing_slash || path.is_empty() {
        path.push('/');
    }
    path
}

/// A query string of already encoded `name=value` pairs.
pub(crate) fn query(pairs: &[(String, String)]) -> String {
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    pairs.join("&")
}

/// An `application/x-www-form-urlencoded` body of `name=value` pairs.
pub(crate) fn form(pairs: &[(String, String)]) -> String {
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, FORM)
            .to_string()
            .replace(' ', "+")
    };
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    pairs.join("&")
}
