//! The client: where requests go, how they are authorized, retried and timed out.
use super::encode;
use super::error::{Error, StatusError};
use super::response::RawResponse;
use super::retry::{retry_delay, RetryPolicy};
use super::{Auth, Credentials, ErrorBody, USER_AGENT};
use std::fmt;
use std::time::Duration;
/// How long a request may take, start to end, unless [`ClientBuilder::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The client. Cheap to clone: clones share one connection pool.
///
/// `Debug` never shows a token.
#[derive(Clone)]
pub struct Client {
    base_url: reqwest::Url,
    http: reqwest::Client,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    credentials: Credentials,
}
impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Client");
        d.field("base_url", &self.base_url.as_str())
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent);
        self.credentials.debug_fields(&mut d);
        d.finish()
    }
}
impl Client {
    /// A client for `base_url` (such as [`DEFAULT_BASE_URL`](super::super::DEFAULT_BASE_URL)) with
    /// default settings.
    pub fn new(base_url: &str) -> Result<Self, Error> {
        Self::builder(base_url).build()
    }
    /// A builder for a client for `base_url`, to set tokens, timeouts and retries.
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.to_string(),
            http: None,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            user_agent: USER_AGENT.to_string(),
            credentials: Credentials::default(),
        }
    }
    /// The URL every path is relative to.
    pub fn base_url(&self) -> &reqwest::Url {
        &self.base_url
    }
    /// Send a request, retrying `429`s as the retry policy allows; a success comes back
    /// raw, anything else as an error.
    pub(crate) async fn send(&self, request: Request) -> Result<RawResponse, Error> {
        let url = self.url(&request)?;
        let mut attempt = 0;
        loop {
            let mut builder = self
                .http
                .request(request.method.clone(), url.clone())
                .timeout(self.timeout)
                .header(reqwest::header::USER_AGENT, &self.user_agent);
            if let Some(accept) = request.accept {
                builder = builder.header(reqwest::header::ACCEPT, accept);
            }
            for (name, value) in &request.headers {
                builder = builder.header(*name, value);
            }
            if let Some((content_type, body)) = &request.body {
                builder = builder
                    .header(reqwest::header::CONTENT_TYPE, *content_type)
                    .body(body.clone());
            }
            let empty = request.body.as_ref().is_none_or(|(_, body)| body.is_empty());
            let sends_body = matches!(
                request.method, reqwest::Method::POST | reqwest::Method::PUT |
                reqwest::Method::PATCH
            );
            if empty && sends_body {
                builder = builder.header(reqwest::header::CONTENT_LENGTH, "0");
            }
            builder = self.credentials.authorize(builder, request.auth)?;
            let response = builder
                .send()
                .await
                .map_err(|error| self.transport_error(request.auth, error))?;
            let status = response.status();
            let headers = response.headers().clone();
            let body = response
                .bytes()
                .await
                .map_err(|error| self.transport_error(request.auth, error))?
                .to_vec();
            if status.is_success() {
                return Ok(RawResponse {
                    status,
                    headers,
                    body,
                });
            }
            if status == reqwest::StatusCode::TOO_MANY_REQUESTS
                && attempt < self.retry.max_retries
            {
                tokio::time::sleep(retry_delay(&headers, attempt, self.retry.max_wait))
                    .await;
                attempt += 1;
                continue;
            }
            let model = (request.error_body)(status.as_u16(), &body);
            return Err(
                Error::Status(
                    Box::new(StatusError {
                        status,
                        headers,
                        body,
                        model,
                    }),
                ),
            );
        }
    }
    /// The request's URL: the base URL, the encoded path, the query (with an API key, when
    /// the chosen scheme sends one there).
    fn url(&self, request: &Request) -> Result<reqwest::Url, Error> {
        let mut url = self.base_url.clone();
        let path = encode::path(url.path(), &request.path, request.trailing_slash)?;
        url.set_path(&path);
        let mut query = request.query.clone();
        query.extend(self.credentials.query(request.auth));
        if !query.is_empty() {
            url.set_query(Some(&encode::query(&query)));
        }
        Ok(url)
    }
    /// A transport error. reqwest's errors show the request URL; when an API key rides in
    /// the query, the URL is dropped so the key never reaches a log.
    fn transport_error(&self, auth: &[Auth], error: reqwest::Error) -> Error {
        if self.credentials.in_url(auth) {
            Error::Transport(error.without_url())
        } else {
            Error::Transport(error)
        }
    }
}
/// Sets up a [`Client`].
///
/// `Debug` never shows a token.
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    /// The tokens, set by the setters the spec's security schemes give this builder.
    pub(crate) credentials: Credentials,
}
impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ClientBuilder");
        d.field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent);
        self.credentials.debug_fields(&mut d);
        d.finish()
    }
}
impl ClientBuilder {
    /// How long one request may take, from sending to the end of the body
    /// (default [`DEFAULT_TIMEOUT`]). Each retry gets the full time again.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// Use this `reqwest::Client` (for proxies, TLS settings, connection pools).
    /// The timeout, `User-Agent` and authorization are still applied to each request.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }
    /// How `429 Too Many Requests` is retried (default: twice, waiting at most 60s);
    /// [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// The `User-Agent` header (default [`USER_AGENT`](super::USER_AGENT)).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }
    /// The client, or an error if the base URL is not a URL that can take a path.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = reqwest::Url::parse(&self.base_url)
            .map_err(|e| Error::Request(
                format!("invalid base URL {:?}: {e}", self.base_url),
            ))?;
        if base_url.cannot_be_a_base() {
            return Err(
                Error::Request(
                    format!("the base URL {:?} cannot take a path", self.base_url),
                ),
            );
        }
        let http = match self.http {
            Some(http) => http,
            None => {
                reqwest::Client::builder()
                    .connect_timeout(Duration::from_secs(10))
                    .build()
                    .map_err(Error::Transport)?
            }
        };
        Ok(Client {
            base_url,
            http,
            timeout: self.timeout,
            retry: self.retry,
            user_agent: self.user_agent,
            credentials: self.credentials,
        })
    }
}
/// A request the builders hand to [`Client::send`].
pub(crate) struct Request {
    pub(crate) method: reqwest::Method,
    /// Path segments, not yet encoded.
    pub(crate) path: Vec<String>,
    /// The path ends with `/`.
    pub(crate) trailing_slash: bool,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Content type and bytes.
    pub(crate) body: Option<(&'static str, Vec<u8>)>,
    pub(crate) accept: Option<&'static str>,
    pub(crate) auth: &'static [Auth],
    /// Decodes an error body into the model the spec declares for its status.
    pub(crate) error_body: fn(u16, &[u8]) -> Option<ErrorBody>,
}
