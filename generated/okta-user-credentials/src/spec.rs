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
pub const DEFAULT_BASE_URL: &str = "https://subdomain.okta.com";
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
pub const USER_AGENT: &str = "okta-user-credentials/5.1.0";
/// The security schemes of the spec: the ones an operation accepts, in order.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Auth {
    /// `apiToken`
    ApiToken,
    /// `oauth2`
    Oauth2Token,
}
/// The client's tokens, one per security scheme. Never shown by `Debug`.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    api_token: Option<String>,
    oauth2_token: Option<String>,
}
impl Credentials {
    /// Adds each token to a `Debug` output, redacted.
    pub(crate) fn debug_fields(&self, d: &mut fmt::DebugStruct<'_, '_>) {
        d.field("api_token", &self.api_token.as_ref().map(|_| "[redacted]"));
        d.field("oauth2_token", &self.oauth2_token.as_ref().map(|_| "[redacted]"));
    }
    /// The tokens this client has (a basic scheme's password), to cut out of error
    /// bodies that echo them.
    pub(crate) fn secrets(&self) -> Vec<&str> {
        let mut secrets = Vec::new();
        if let Some(token) = &self.api_token {
            secrets.push(token.as_str());
        }
        if let Some(token) = &self.oauth2_token {
            secrets.push(token.as_str());
        }
        secrets
    }
    /// The schemes a request uses: the first of the requirements its operation accepts
    /// (each a set of schemes sent together) that this client has every token for. Only
    /// that requirement's schemes are sent, never others.
    fn chosen(&self, auth: &[&'static [Auth]]) -> &'static [Auth] {
        auth.iter()
            .copied()
            .find(|requirement| {
                requirement
                    .iter()
                    .all(|scheme| match *scheme {
                        Auth::ApiToken => self.api_token.is_some(),
                        Auth::Oauth2Token => self.oauth2_token.is_some(),
                    })
            })
            .unwrap_or(&[])
    }
    /// Apply the chosen schemes to the request's headers.
    pub(crate) fn authorize(
        &self,
        mut builder: reqwest::RequestBuilder,
        auth: &[&'static [Auth]],
    ) -> Result<reqwest::RequestBuilder, Error> {
        for scheme in self.chosen(auth) {
            builder = match *scheme {
                Auth::ApiToken => {
                    match &self.api_token {
                        Some(token) => {
                            let mut value = reqwest::header::HeaderValue::try_from(
                                    format!("SSWS {token}"),
                                )
                                .map_err(|_| Error::Request(
                                    "the `apiToken` token is not a valid header value"
                                        .to_string(),
                                ))?;
                            value.set_sensitive(true);
                            builder.header("Authorization", value)
                        }
                        None => builder,
                    }
                }
                Auth::Oauth2Token => {
                    match &self.oauth2_token {
                        Some(token) => builder.bearer_auth(token),
                        None => builder,
                    }
                }
            };
        }
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
impl super::runtime::ClientBuilder {
    /// Authorize with `apiToken` (sent as `Authorization: SSWS <key>`).
    ///
    /// Pass the API token as the Authorization header value prefixed with SSWS: `Authorization: SSWS {API Token}`
    pub fn api_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.api_token = Some(token.into());
        self
    }
    /// Authorize with `oauth2`: an access token, sent as `Authorization: Bearer <token>`.
    ///
    /// Pass the access_token as the value of the Authorization header: `Authorization: Bearer {access_token}`
    pub fn oauth2_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.oauth2_token = Some(token.into());
        self
    }
}
/// The error models the spec declares, as decoded from an error response.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// A [`Error`](super::models::Error).
    Error(super::models::Error),
}
/// Decoders of error bodies by status, one per set of error responses operations declare.
impl ErrorBody {
    #[cfg(feature = "user-cred")]
    pub(crate) fn decode_400_403_404_429_error(
        status: u16,
        body: &[u8],
    ) -> Option<Self> {
        match status {
            400 | 403 | 404 | 429 => serde_json::from_slice(body).ok().map(Self::Error),
            _ => None,
        }
    }
    #[cfg(feature = "user-cred")]
    pub(crate) fn decode_403_404_429_error(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            403 | 404 | 429 => serde_json::from_slice(body).ok().map(Self::Error),
            _ => None,
        }
    }
}
