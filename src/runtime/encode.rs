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
// Used by the operations with such parameters: a spec may have none.
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
        // Every URL parser resolves `.` and `..` (even percent-encoded), and an empty
        // segment addresses another resource: no parameter can make one.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(values: &[&str]) -> Vec<Vec<PathPiece>> {
        values
            .iter()
            .map(|s| vec![PathPiece::Param("p", component(s))])
            .collect()
    }

    #[test]
    fn a_value_is_encoded_whole() {
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
    fn segments_mix_text_and_parameters() {
        let compare = vec![
            PathPiece::Param("p", component("main")),
            PathPiece::Text("..."),
            PathPiece::Param("p", component("feature/x")),
        ];
        let export = vec![
            PathPiece::Param("p", component("repo")),
            PathPiece::Text("-issues-"),
            PathPiece::Param("p", component("7")),
            PathPiece::Text(".zip"),
        ];
        let got = path(
            "/",
            &[vec![PathPiece::Text("compare")], compare, export],
            false,
        );
        assert_eq!(
            got.unwrap(),
            "/compare/main...feature%2Fx/repo-issues-7.zip"
        );
        // A value may be empty when text surrounds it, not when it would leave `.` alone.
        let ip = vec![
            PathPiece::Param("p", String::new()),
            PathPiece::Text(".txt"),
        ];
        assert_eq!(path("", &[ip], false).unwrap(), "/.txt");
        let dot = vec![PathPiece::Param("p", String::new()), PathPiece::Text(".")];
        assert!(path("", &[dot], false).is_err());
    }

    #[test]
    fn trailing_slash_and_root() {
        let a = vec![vec![PathPiece::Text("a")]];
        assert_eq!(path("/", &a, true).unwrap(), "/a/");
        assert_eq!(path("/", &[], false).unwrap(), "/");
        assert_eq!(path("/v1", &[], false).unwrap(), "/v1");
    }

    #[test]
    fn query_pairs_are_joined_as_given() {
        let q = query(&[
            ("q".into(), component("a b+c&d=e")),
            (component("filter[x]"), component("é")),
            ("empty".into(), String::new()),
        ]);
        assert_eq!(q, "q=a%20b%2Bc%26d%3De&filter%5Bx%5D=%C3%A9&empty=");
    }

    #[test]
    fn form_bodies_use_the_form_encoding() {
        let body = form(&[
            ("name".into(), "Jane Doe".into()),
            ("metadata[key]".into(), "a&b=c*d~".into()),
        ]);
        assert_eq!(body, "name=Jane+Doe&metadata%5Bkey%5D=a%26b%3Dc*d%7E");
    }
}
