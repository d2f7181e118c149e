//! Which redirects the client follows, and what it re-sends when it does.
//!
//! The client follows redirects itself (its own `reqwest::Client` follows none), because the
//! rule depends on the request: credentials and bodies (which can hold passwords) never
//! cross to another origin.

/// How many redirects one attempt follows before the last `3xx` is returned as it is.
pub(crate) const MAX_REDIRECTS: usize = 10;

/// One request on its way: where it goes, how, and whether it still carries what only the
/// API's own origin may see.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hop {
    pub(crate) url: reqwest::Url,
    pub(crate) method: reqwest::Method,
    /// The request body goes along.
    pub(crate) body: bool,
    /// Still on the API's origin: credentials and header parameters go along.
    pub(crate) trusted: bool,
}

/// The hop a redirect response asks for, if the client follows it: `None` to return the
/// response as it is.
///
/// - `303`, and `301`/`302` after a `POST`, turn the request into a `GET` without a body (as
///   browsers do); `307` and `308` keep the method and the body.
/// - Within the API's origin (scheme, host and port), everything is re-sent.
/// - To another origin, a request without a body is followed without credentials or header
///   parameters; one with a body is not followed at all.
/// - A `Location` that is missing, not a URL, or not `http(s)` is not followed.
pub(crate) fn next(
    hop: &Hop,
    status: reqwest::StatusCode,
    location: Option<&reqwest::header::HeaderValue>,
) -> Option<Hop> {
    let keeps_method = match status.as_u16() {
        307 | 308 => true,
        301 | 302 => hop.method != reqwest::Method::POST,
        303 => hop.method == reqwest::Method::HEAD,
        _ => return None,
    };
    let location = location?.to_str().ok()?;
    let url = hop.url.join(location).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let (method, body) = if keeps_method {
        (hop.method.clone(), hop.body)
    } else if hop.method == reqwest::Method::HEAD {
        (reqwest::Method::HEAD, false)
    } else {
        (reqwest::Method::GET, false)
    };
    let trusted = hop.trusted && url.origin() == hop.url.origin();
    if body && !trusted {
        return None;
    }
    Some(Hop {
        url,
        method,
        body,
        trusted,
    })
}
