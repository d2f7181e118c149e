//! What the spec declares: its server, its security schemes and its error models.
//! The client's fixed code (`runtime`) reaches the spec only through this module.
#![allow(
    rustdoc::bare_urls,
    rustdoc::invalid_html_tags,
    rustdoc::broken_intra_doc_links
)]
use super::runtime::Error;
use std::fmt;
/// The server the spec names: where requests go unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "http://okta.local";
/// Whether the base URL's path holds a secret (a server variable the spec says is one):
/// `Debug` output and errors then leave the path out.
pub(crate) const BASE_URL_PATH_SECRET: bool = false;
/// Whether the base URL's host holds a secret: `Debug` output and errors then leave
/// out all but its scheme.
pub(crate) const BASE_URL_HOST_SECRET: bool = false;
/// The servers some operations are sent to instead of the base URL, as the spec names
/// them (an absolute URL, or a path on the base URL's origin): each operation's docs say
/// which; [`ClientBuilder::server`](super::ClientBuilder::server) moves one.
pub const OPERATION_SERVERS: &[&str] = &[];
/// The `User-Agent` sent with every request unless [`ClientBuilder::user_agent`](super::ClientBuilder::user_agent) sets another.
pub const USER_AGENT: &str = "credential-operations/1.0.0";
/// The security schemes of the spec: the ones an operation accepts, in order.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Auth {}
/// The client's tokens, one per security scheme. Never shown by `Debug`.
#[derive(Clone, Default)]
pub(crate) struct Credentials {}
impl Credentials {
    /// Adds each token to a `Debug` output, redacted.
    pub(crate) fn debug_fields(&self, _d: &mut fmt::DebugStruct<'_, '_>) {}
    /// The tokens this client has (a basic scheme's password), to cut out of error
    /// bodies that echo them.
    pub(crate) fn secrets(&self) -> Vec<&str> {
        Vec::new()
    }
    /// Apply the chosen schemes to the request's headers.
    pub(crate) fn authorize(
        &self,
        builder: reqwest::RequestBuilder,
        _auth: &[&'static [Auth]],
    ) -> Result<reqwest::RequestBuilder, Error> {
        Ok(builder)
    }
    /// The query parameters that carry the chosen schemes' API keys, if any ride there.
    pub(crate) fn query(
        &self,
        _auth: &[&'static [Auth]],
    ) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// The cookies that carry the chosen schemes' API keys, if any ride in one.
    pub(crate) fn cookies(
        &self,
        _auth: &[&'static [Auth]],
    ) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// Whether a chosen scheme puts a key in the URL (errors then drop the URL).
    pub(crate) fn in_url(&self, _auth: &[&'static [Auth]]) -> bool {
        false
    }
}
/// The error models the spec declares, as decoded from an error response.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {}
