//! Errors of every operation, and how they are shown without leaking secrets.

use super::ErrorBody;
use std::fmt;

/// How the start of a body is shown in error messages, at most.
const BODY_EXCERPT: usize = 200;

/// Everything that can go wrong with a call.
///
/// Nothing here ever holds the client's tokens or a request body, so errors are safe
/// to log.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response not read: connection refused, DNS,
    /// TLS, or the request timed out.
    Transport(reqwest::Error),
    /// The server answered with a status that is not a success.
    Status(Box<StatusError>),
    /// A success response whose body does not decode into the documented type.
    Decode(Box<DecodeError>),
    /// The request could not be built (a base URL that cannot take a path, a body that does
    /// not serialize).
    Request(String),
}

impl Error {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Status(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.status(),
            Error::Request(_) => None,
        }
    }

    /// The response headers, when there was a response (rate-limit headers live here).
    pub fn headers(&self) -> Option<&reqwest::header::HeaderMap> {
        match self {
            Error::Status(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Status(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Request(message) => write!(f, "invalid request: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode(e) => Some(&e.source),
            _ => None,
        }
    }
}

/// A response with a status that is not a success.
///
/// `Debug` shows the body's length, not the body, and no cookie or authorization
/// header; `Display` shows the start of the body.
pub struct StatusError {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The raw response body.
    pub body: Vec<u8>,
    /// The body decoded as the error model the spec declares for this status, if it
    /// declares one and the body decodes.
    pub model: Option<ErrorBody>,
}

impl StatusError {
    /// The body as text (invalid UTF-8 replaced).
    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the server answered {}", self.status)?;
        if !self.body.is_empty() {
            write!(f, ": {}", excerpt(&self.body))?;
        }
        Ok(())
    }
}

/// A success response whose body does not decode into the documented type.
///
/// `Debug` shows the body's length, not the body, and no cookie or authorization
/// header; `Display` shows the start of the body.
pub struct DecodeError {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The raw response body.
    pub body: Vec<u8>,
    /// Where in the body it did not decode: the field path, such as `profile.created` or
    /// `[2].id` (empty for the body as a whole).
    pub path: String,
    /// Why it did not decode.
    pub source: serde_json::Error,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the {} response body does not decode", self.status)?;
        if !self.path.is_empty() {
            write!(f, " at `{}`", self.path)?;
        }
        write!(
            f,
            ": {}; the body starts with: {}",
            self.source,
            excerpt(&self.body)
        )
    }
}

impl fmt::Debug for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusError")
            .field("status", &self.status)
            .field("headers", &Headers(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .field("model", &self.model)
            .finish()
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("headers", &Headers(&self.headers))
            .field("body", &format_args!("[{} bytes]", self.body.len()))
            .field("path", &self.path)
            .field("source", &self.source)
            .finish()
    }
}

/// Response headers for `Debug`, cookies and credentials redacted.
struct Headers<'a>(&'a reqwest::header::HeaderMap);

impl fmt::Debug for Headers<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const REDACTED: &[&str] = &[
            "authorization",
            "cookie",
            "proxy-authorization",
            "set-cookie",
        ];
        f.debug_map()
            .entries(self.0.iter().map(|(name, value)| {
                let shown: &dyn fmt::Debug = if REDACTED.contains(&name.as_str()) {
                    &"[redacted]"
                } else {
                    value
                };
                (name, shown)
            }))
            .finish()
    }
}

/// `body` with each occurrence of `secret` replaced by `[redacted]`. Values shorter than four
/// bytes are left alone: they would match too much that is no secret.
pub(crate) fn redacted(body: Vec<u8>, secret: &[u8]) -> Vec<u8> {
    if secret.len() < 4 || body.len() < secret.len() {
        return body;
    }
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body.as_slice();
    while let Some(at) = rest.windows(secret.len()).position(|w| w == secret) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(b"[redacted]");
        rest = &rest[at + secret.len()..];
    }
    if out.is_empty() && rest.len() == body.len() {
        return body;
    }
    out.extend_from_slice(rest);
    out
}

/// The start of a body, as text, for messages.
fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    match text.char_indices().nth(BODY_EXCERPT) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.into_owned(),
    }
}
