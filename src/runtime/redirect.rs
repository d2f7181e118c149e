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

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::{Method, StatusCode};

    fn hop(url: &str, method: Method, body: bool) -> Hop {
        Hop {
            url: url.parse().unwrap(),
            method,
            body,
            trusted: true,
        }
    }

    fn redirect(hop: &Hop, status: u16, location: &str) -> Option<Hop> {
        let location = location.parse().unwrap();
        next(hop, StatusCode::from_u16(status).unwrap(), Some(&location))
    }

    #[test]
    fn same_origin_keeps_everything_on_307_and_308() {
        let from = hop("https://api.test/v1/users/1/password", Method::POST, true);
        for status in [307, 308] {
            let to = redirect(&from, status, "/v2/users/1/password").unwrap();
            assert_eq!(to.url.as_str(), "https://api.test/v2/users/1/password");
            assert_eq!((to.method, to.body, to.trusted), (Method::POST, true, true));
        }
    }

    #[test]
    fn a_body_never_goes_to_another_origin() {
        let from = hop("https://api.test/v1/password", Method::POST, true);
        for location in [
            "https://evil.test/collect",
            "http://api.test/v1/password",
            "https://api.test:8443/v1/password",
        ] {
            for status in [307, 308] {
                assert_eq!(
                    redirect(&from, status, location),
                    None,
                    "{status} {location}"
                );
            }
        }
    }

    #[test]
    fn another_origin_gets_no_credentials() {
        let from = hop("https://api.test/v1/files/1", Method::GET, false);
        let to = redirect(&from, 302, "https://cdn.test/blob?sig=1").unwrap();
        assert_eq!(to.url.as_str(), "https://cdn.test/blob?sig=1");
        assert_eq!(
            (to.method.clone(), to.body, to.trusted),
            (Method::GET, false, false)
        );
        // Back on the API's origin, the credentials stay off: the other origin chose the URL.
        let back = redirect(&to, 302, "https://api.test/v1/files/2").unwrap();
        assert!(!back.trusted);
    }

    #[test]
    fn see_other_and_post_redirects_become_gets_without_a_body() {
        let post = hop("https://api.test/a", Method::POST, true);
        for status in [301, 302, 303] {
            let to = redirect(&post, status, "https://elsewhere.test/b").unwrap();
            assert_eq!(
                (to.method, to.body, to.trusted),
                (Method::GET, false, false)
            );
        }
        let put = hop("https://api.test/a", Method::PUT, true);
        let to = redirect(&put, 303, "/b").unwrap();
        assert_eq!((to.method, to.body, to.trusted), (Method::GET, false, true));
        // 301 and 302 keep a PUT's method and body.
        let to = redirect(&put, 301, "/b").unwrap();
        assert_eq!((to.method, to.body), (Method::PUT, true));
    }

    #[test]
    fn unusable_locations_and_other_statuses_are_not_followed() {
        let from = hop("https://api.test/a", Method::GET, false);
        assert_eq!(redirect(&from, 302, "ftp://api.test/a"), None);
        assert_eq!(redirect(&from, 302, "javascript:alert(1)"), None);
        assert_eq!(redirect(&from, 300, "/b"), None);
        assert_eq!(redirect(&from, 304, "/b"), None);
        assert_eq!(next(&from, StatusCode::FOUND, None), None);
    }
}
