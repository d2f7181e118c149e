//! The client: where requests go, how they are authorized, retried and timed out.

use super::body::Body;
use super::encode;
use super::error::{Error, StatusError};
use super::params::PathPiece;
use super::redirect::{self, Hop, MAX_REDIRECTS};
use super::response::{ApiResponse, RawResponse};
use super::retry::{retry_delay, RetryPolicy};
use super::trace::RequestSpan;
use super::{
    Auth, Credentials, ErrorBody, BASE_URL_HOST_SECRET, BASE_URL_PATH_SECRET, OPERATION_SERVERS,
    USER_AGENT,
};
use std::fmt;
use std::time::{Duration, Instant};

/// How long a call may take, start to end, retries, waits and redirects included, unless
/// [`ClientBuilder::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// What sending a request returns: `.await` it for the decoded response (or the error).
pub type ResponseFuture<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, Error>> + Send + 'a>>;

/// The client. Cheap to clone: clones share one connection pool.
///
/// `Debug` never shows a token.
#[derive(Clone)]
pub struct Client {
    base_url: reqwest::Url,
    /// Where the operations with a server of their own go instead ([`ClientBuilder::server`]).
    servers: Vec<(&'static str, reqwest::Url)>,
    /// Every operation goes to the base URL ([`ClientBuilder::ignore_operation_servers`]).
    ignore_operation_servers: bool,
    http: reqwest::Client,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    /// Headers for every request to the API ([`ClientBuilder::header`]), marked sensitive.
    headers: Vec<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>,
    credentials: Credentials,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Client");
        d.field("base_url", &shown_url(self.base_url.as_str()));
        if !self.servers.is_empty() {
            d.field(
                "servers",
                &shown_servers(self.servers.iter().map(|(s, u)| (*s, u.as_str()))),
            );
        }
        d.field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent);
        if !self.headers.is_empty() {
            d.field(
                "headers",
                &header_names(self.headers.iter().map(|(n, _)| n.as_str())),
            );
        }
        self.credentials.debug_fields(&mut d);
        d.finish()
    }
}

/// The names of [`ClientBuilder::header`]'s headers, as `Debug` output shows them: their values
/// may be tokens.
fn header_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names.map(|name| format!("{name}: [redacted]")).collect()
}

impl Client {
    /// A client for `base_url` (such as [`DEFAULT_BASE_URL`](super::super::DEFAULT_BASE_URL)) with
    /// default settings.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Self::builder(base_url).build()
    }

    /// A builder for a client for `base_url`, to set tokens, timeouts and retries.
    pub fn builder(base_url: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.as_ref().to_string(),
            servers: Vec::new(),
            ignore_operation_servers: false,
            http: None,
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            user_agent: USER_AGENT.to_string(),
            headers: Vec::new(),
            credentials: Credentials::default(),
        }
    }

    /// The URL every path is relative to.
    pub fn base_url(&self) -> &reqwest::Url {
        &self.base_url
    }
}

// What the operations and paging use to send: functions, not methods, so that no name of the
// client's own is taken from the tags' accessors (a tag `Call` is `client.call()`).

/// Send a request, retrying `429`s as the retry policy allows and following redirects
/// as [`redirect::next`] allows, all within the client's timeout; a success comes back
/// raw, anything else as an error.
pub(crate) async fn send(client: &Client, request: Request) -> Result<RawResponse, Error> {
    let response = send_streaming(client, &request).await?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = read_body(client, request.auth, response).await?;
    Ok(RawResponse {
        status,
        headers,
        body,
    })
}

/// Send a request an operation built (or the error building it met) and decode its
/// success with `decode`: what every operation's `send_with_response` returns.
pub(crate) fn call<T: Send + 'static>(
    client: &Client,
    request: Result<Request, Error>,
    decode: fn(RawResponse) -> Result<ApiResponse<T>, Error>,
) -> ResponseFuture<'_, ApiResponse<T>> {
    Box::pin(async move { decode(send(client, request?).await?) })
}

/// [`call`], for the body alone: what every operation's `send` returns.
pub(crate) fn call_body<T: Send + 'static>(
    client: &Client,
    request: Result<Request, Error>,
    decode: fn(RawResponse) -> Result<ApiResponse<T>, Error>,
) -> ResponseFuture<'_, T> {
    Box::pin(async move { decode(send(client, request?).await?).map(|response| response.body) })
}

/// [`send`], but a success comes back with its body not yet read, to be read
/// piece by piece (still within the timeout).
pub(crate) async fn send_streaming(
    client: &Client,
    request: &Request,
) -> Result<reqwest::Response, Error> {
    let template = encode::template(&request.path, request.trailing_slash);
    let span = RequestSpan::new(request.operation, &request.method, &template);
    let result = span.instrument(send_attempts(client, request, &span)).await;
    span.finish(match &result {
        Ok(response) => Some(response.status().as_u16()),
        Err(error) => error.status().map(|s| s.as_u16()),
    });
    result
}

/// The attempts of [`send_streaming`]: the first, and the retries of `429`s.
async fn send_attempts(
    client: &Client,
    request: &Request,
    span: &RequestSpan,
) -> Result<reqwest::Response, Error> {
    let deadline = Instant::now() + client.timeout;
    let first = Hop {
        url: url(client, request)?,
        method: request.method.clone(),
        body: request.body.is_some(),
        trusted: true,
    };
    let keys = client.credentials.cookies(request.auth);
    let headers = header_values(request, keys)?;
    let mut attempt = 0;
    loop {
        span.attempt(attempt + 1);
        let response = one_attempt(client, request, &first, &headers, deadline).await?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let response_headers = response.headers().clone();
        let body = read_body(client, request.auth, response).await?;
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS && attempt < client.retry.max_retries {
            let wait = retry_delay(&response_headers, attempt, client.retry.max_wait);
            // A wait that would end past the deadline is not started.
            if Instant::now() + wait < deadline {
                span.retry(attempt + 1, status.as_u16(), wait);
                tokio::time::sleep(wait).await;
                attempt += 1;
                continue;
            }
        }
        // A server that echoes a credential ("Incorrect API key provided: sk-...") must
        // not put it in an error a log shows: it is cut out before the model is decoded.
        let body = without_secrets(client, body);
        let model = (request.error_body)(status.as_u16(), &body);
        return Err(Error::Status(Box::new(StatusError {
            status,
            headers: response_headers,
            body,
            model,
        })));
    }
}

/// One attempt: the request, then the redirects the policy follows. A redirect it does
/// not follow comes back as the response.
async fn one_attempt(
    client: &Client,
    request: &Request,
    first: &Hop,
    headers: &[(&'static str, reqwest::header::HeaderValue)],
    deadline: Instant,
) -> Result<reqwest::Response, Error> {
    let mut hop = first.clone();
    let mut redirects = 0;
    loop {
        let response = send_hop(client, request, &hop, headers, deadline).await?;
        let location = response.headers().get(reqwest::header::LOCATION);
        match redirect::next(&hop, response.status(), location) {
            Some(next) if redirects < MAX_REDIRECTS => {
                hop = next;
                redirects += 1;
            }
            _ => return Ok(response),
        }
    }
}

/// Send one hop, with what it may carry, in the time left before the deadline.
async fn send_hop(
    client: &Client,
    request: &Request,
    hop: &Hop,
    headers: &[(&'static str, reqwest::header::HeaderValue)],
    deadline: Instant,
) -> Result<reqwest::Response, Error> {
    let mut builder = client
        .http
        .request(hop.method.clone(), hop.url.clone())
        .timeout(deadline.saturating_duration_since(Instant::now()))
        .header(reqwest::header::USER_AGENT, &client.user_agent);
    if let Some(accept) = request.accept {
        builder = builder.header(reqwest::header::ACCEPT, accept);
    }
    if hop.trusted {
        for (name, value) in headers {
            builder = builder.header(*name, value.clone());
        }
        // The client's own headers, unless the request sets one of the same name.
        let set = |name: &reqwest::header::HeaderName| {
            headers
                .iter()
                .any(|(n, _)| name.as_str().eq_ignore_ascii_case(n))
        };
        for (name, value) in client.headers.iter().filter(|(name, _)| !set(name)) {
            builder = builder.header(name.clone(), value.clone());
        }
    }
    let body = request.body.as_ref().filter(|_| hop.body);
    if let Some(body) = body {
        builder = body.apply(builder)?;
    }
    // An empty POST, PUT or PATCH says so: some proxies refuse one without a length.
    let empty = body.is_none_or(Body::is_empty);
    let sends_body = matches!(
        hop.method,
        reqwest::Method::POST | reqwest::Method::PUT | reqwest::Method::PATCH
    );
    if empty && sends_body {
        builder = builder.header(reqwest::header::CONTENT_LENGTH, "0");
    }
    if hop.trusted {
        builder = client.credentials.authorize(builder, request.auth)?;
    }
    builder
        .send()
        .await
        .map_err(|error| transport_error(client, request.auth, error))
}

/// The request's URL: the base URL, the encoded path, the query (with an API key, when
/// the chosen scheme sends one there).
pub(crate) fn url(client: &Client, request: &Request) -> Result<reqwest::Url, Error> {
    if let Some(url) = &request.url {
        // A next page's link: as the server gave it, with the API key a scheme puts in
        // the query unless the link carries it already.
        let mut url = url.clone();
        for (name, key) in client.credentials.query(request.auth) {
            if !url.query_pairs().any(|(n, _)| n == name) {
                url.query_pairs_mut().append_pair(name, &key);
            }
        }
        return Ok(url);
    }
    let mut url = server_url(client, request.server)?;
    let path = encode::path(url.path(), &request.path, request.trailing_slash)?;
    url.set_path(&path);
    let mut query = request.query.clone();
    for (name, key) in client.credentials.query(request.auth) {
        query.push((encode::component(name), encode::component(&key)));
    }
    if !query.is_empty() {
        url.set_query(Some(&encode::query(&query)));
    }
    Ok(url)
}

/// Where an operation goes: the base URL, or its own server (absolute, or a path on the
/// base URL's origin) unless [`ClientBuilder::server`] moved it.
pub(crate) fn server_url(
    client: &Client,
    server: Option<&'static str>,
) -> Result<reqwest::Url, Error> {
    let Some(server) = server.filter(|_| !client.ignore_operation_servers) else {
        return Ok(client.base_url.clone());
    };
    if let Some((_, url)) = client.servers.iter().find(|(s, _)| *s == server) {
        return Ok(url.clone());
    }
    client
        .base_url
        .join(server)
        .map_err(|e| Error::Request(format!("invalid server URL {server:?}: {e}")))
}

/// An error response's body with every token of this client (and every value of
/// [`ClientBuilder::header`]) in it replaced by `[redacted]`.
fn without_secrets(client: &Client, body: Vec<u8>) -> Vec<u8> {
    let headers = client.headers.iter().map(|(_, value)| value.as_bytes());
    let secrets = client.credentials.secrets().into_iter().map(str::as_bytes);
    secrets.chain(headers).fold(body, super::error::redacted)
}

/// The whole body of `response`; a failure to read it is a [`transport_error`].
async fn read_body(
    client: &Client,
    auth: &[&'static [Auth]],
    response: reqwest::Response,
) -> Result<Vec<u8>, Error> {
    let bytes = response.bytes().await;
    Ok(bytes
        .map_err(|error| transport_error(client, auth, error))?
        .to_vec())
}

/// A transport error. reqwest's errors show the request URL; when it may hold a secret (an
/// API key in the query, a password in the base URL or a moved server's, a token in the
/// base URL's host or path), the URL is dropped so the secret never reaches a log.
fn transport_error(client: &Client, auth: &[&'static [Auth]], error: reqwest::Error) -> Error {
    if client.credentials.in_url(auth)
        || BASE_URL_PATH_SECRET
        || client.base_url.password().is_some()
        || client
            .servers
            .iter()
            .any(|(_, url)| url.password().is_some())
    {
        Error::Transport(error.without_url())
    } else {
        Error::Transport(error)
    }
}

/// The servers [`ClientBuilder::server`] moved, as `Debug` output shows them: the spec's, and
/// where it went ([`shown_url`]).
fn shown_servers<'a>(servers: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(&'a str, String)> {
    servers.map(|(spec, url)| (spec, shown_url(url))).collect()
}

/// A base URL as `Debug` output and errors show it: a password in it redacted, and its path too
/// when the spec says a server variable there is a secret ([`BASE_URL_PATH_SECRET`]), or all
/// but its scheme when one in the host is ([`BASE_URL_HOST_SECRET`]).
fn shown_url(base_url: &str) -> String {
    if BASE_URL_HOST_SECRET {
        return match base_url.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://[redacted]"),
            None => "[redacted]".to_string(),
        };
    }
    let Ok(mut url) = reqwest::Url::parse(base_url) else {
        return match BASE_URL_PATH_SECRET || base_url.contains('@') {
            true => "[redacted]".to_string(),
            false => base_url.to_string(),
        };
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("[redacted]"));
    }
    if BASE_URL_PATH_SECRET && url.path() != "/" {
        url.set_path("/[redacted]");
        url.set_query(None);
    }
    url.to_string()
}

/// Sets up a [`Client`].
///
/// `Debug` never shows a token.
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    servers: Vec<(String, String)>,
    ignore_operation_servers: bool,
    http: Option<reqwest::Client>,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: String,
    headers: Vec<(String, String)>,
    /// The tokens, set by the setters the spec's security schemes give this builder.
    pub(crate) credentials: Credentials,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ClientBuilder");
        d.field("base_url", &shown_url(&self.base_url));
        if !self.servers.is_empty() {
            d.field(
                "servers",
                &shown_servers(self.servers.iter().map(|(s, u)| (s.as_str(), u.as_str()))),
            );
        }
        d.field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent);
        if !self.headers.is_empty() {
            d.field(
                "headers",
                &header_names(self.headers.iter().map(|(n, _)| n.as_str())),
            );
        }
        self.credentials.debug_fields(&mut d);
        d.finish()
    }
}

impl ClientBuilder {
    /// How long a call may take, from sending to the end of the body, retries, their waits
    /// and redirects included (default [`DEFAULT_TIMEOUT`]). A retry whose wait would end
    /// past it is not started: the `429` is returned instead.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Use this `reqwest::Client` (for proxies, TLS settings, connection pools).
    /// The timeout, `User-Agent` and authorization are still applied to each request.
    ///
    /// Redirects: the client's own `reqwest::Client` follows none, so that this client can
    /// follow them itself, and never re-send credentials, header parameters or a body to
    /// another origin (see the crate's README). A `reqwest::Client` of yours applies its own
    /// redirect policy first (reqwest's default follows up to 10, with the body); build it
    /// with `.redirect(reqwest::redirect::Policy::none())` to keep this client's rule.
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

    /// Send the operations the spec sends to `spec_server` (a server of their own, such as an
    /// upload host: the crate's `OPERATION_SERVERS` lists them) to `url`
    /// instead, e.g. a test server. `build` refuses a `spec_server` no operation names.
    pub fn server(mut self, spec_server: impl Into<String>, url: impl Into<String>) -> Self {
        self.servers.push((spec_server.into(), url.into()));
        self
    }

    /// Send every operation to the base URL, those with a server of their own too: for a test
    /// server, or a gateway, that answers for all of them.
    pub fn ignore_operation_servers(mut self) -> Self {
        self.ignore_operation_servers = true;
        self
    }

    /// A header to send with every request to the API: a token the spec declares no security
    /// scheme for (`.header("authorization", format!("Bearer {token}"))`), an API version. As
    /// the spec's credentials do, it goes to the API's servers and on redirects within their
    /// origin, never to another; `Debug` output shows its name, never its value. A header
    /// parameter of the same name, when a request sets it, is sent instead. `build` refuses
    /// a name or value that is not a valid header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The `User-Agent` header (default [`USER_AGENT`](super::USER_AGENT)).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The client, or an error if the base URL is not a URL that can take a path.
    pub fn build(self) -> Result<Client, Error> {
        let base_url = reqwest::Url::parse(&self.base_url).map_err(|e| {
            Error::Request(format!(
                "invalid base URL {:?}: {e}",
                shown_url(&self.base_url)
            ))
        })?;
        if base_url.cannot_be_a_base() {
            return Err(Error::Request(format!(
                "the base URL {:?} cannot take a path",
                shown_url(&self.base_url)
            )));
        }
        let mut servers = Vec::new();
        for (spec_server, url) in &self.servers {
            let Some(known) = OPERATION_SERVERS
                .iter()
                .find(|s| **s == spec_server.as_str())
            else {
                return Err(Error::Request(format!(
                    "no operation is sent to the server {spec_server:?}; the spec's own \
                     servers are {OPERATION_SERVERS:?}"
                )));
            };
            let parsed = reqwest::Url::parse(url)
                .ok()
                .filter(|u| !u.cannot_be_a_base())
                .ok_or_else(|| {
                    Error::Request(format!(
                        "the URL for the server {spec_server:?}, {:?}, is not a URL that can \
                         take a path",
                        shown_url(url)
                    ))
                })?;
            servers.push((*known, parsed));
        }
        let mut headers = Vec::new();
        for (name, value) in &self.headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::Request(format!("{name:?} is not a valid header name")))?;
            // The value is never shown: it may be a token.
            let mut value = reqwest::header::HeaderValue::from_str(value).map_err(|_| {
                Error::Request(format!(
                    "the `{name}` header cannot be sent: a header value cannot hold control \
                     characters such as CR, LF or NUL"
                ))
            })?;
            value.set_sensitive(true);
            headers.push((name, value));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(10))
                // Redirects are followed by `one_attempt`, which knows what each request
                // carries.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(Error::Transport)?,
        };
        Ok(Client {
            base_url,
            servers,
            ignore_operation_servers: self.ignore_operation_servers,
            http,
            timeout: self.timeout,
            retry: self.retry,
            user_agent: self.user_agent,
            headers,
            credentials: self.credentials,
        })
    }
}

/// Header and cookie parameters (and a cookie API key) as header values, or an error that names the header that
/// cannot be sent (a CR, LF, NUL or other control character). The value itself is never
/// shown: it may be a secret.
fn header_values(
    request: &Request,
    keys: Vec<(&'static str, String)>,
) -> Result<Vec<(&'static str, reqwest::header::HeaderValue)>, Error> {
    // An API key in a cookie goes as it is; parameters are already encoded.
    let pairs: Vec<String> = request
        .cookies
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .chain(keys.into_iter().map(|(name, key)| format!("{name}={key}")))
        .collect();
    let cookies = (!pairs.is_empty()).then(|| ("Cookie", pairs.join("; ")));
    request
        .headers
        .iter()
        .cloned()
        .chain(cookies)
        .map(
            |(name, value)| match reqwest::header::HeaderValue::from_str(&value) {
                Ok(value) => Ok((name, value)),
                Err(_) => Err(Error::Request(format!(
                    "the `{name}` header parameter cannot be sent: a header value cannot hold \
                 control characters such as CR, LF or NUL"
                ))),
            },
        )
        .collect()
}

/// A request the builders hand to [`send`].
#[derive(Clone)]
pub struct Request {
    /// The spec's `operationId`, for tracing.
    pub(crate) operation: &'static str,
    pub(crate) method: reqwest::Method,
    /// The whole URL, instead of the base URL, path and query: a next page's link.
    pub(crate) url: Option<reqwest::Url>,
    /// The operation's own server, when the spec gives it one ([`server_url`]).
    pub(crate) server: Option<&'static str>,
    /// The path's segments, each of template text and encoded parameters.
    pub(crate) path: Vec<Vec<PathPiece>>,
    /// The path ends with `/`.
    pub(crate) trailing_slash: bool,
    /// Encoded `name=value` pairs.
    pub(crate) query: Vec<(String, String)>,
    /// Header parameters, not encoded.
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Cookie parameters: encoded `name=value` pairs.
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) body: Option<Body>,
    pub(crate) accept: Option<&'static str>,
    pub(crate) auth: &'static [&'static [Auth]],
    /// Decodes an error body into the model the spec declares for its status.
    pub(crate) error_body: fn(u16, &[u8]) -> Option<ErrorBody>,
}

/// A `GET` of the base URL, nothing more: operations set what they need and leave the rest.
impl Default for Request {
    fn default() -> Self {
        Request {
            operation: "",
            method: reqwest::Method::GET,
            url: None,
            server: None,
            path: Vec::new(),
            trailing_slash: false,
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: None,
            accept: None,
            auth: &[],
            error_body: |_, _| None,
        }
    }
}

impl Request {
    /// The request an operation built, named by its `operationId` (for tracing): written once
    /// here rather than once per operation.
    pub(crate) fn named(
        operation: &'static str,
        request: Result<Request, Error>,
    ) -> Result<Request, Error> {
        let mut request = request?;
        request.operation = operation;
        Ok(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_url_that_cannot_take_a_path_is_refused() {
        for bad in ["not a url", "mailto:someone@example.com"] {
            let err = Client::new(bad).unwrap_err();
            assert!(matches!(err, Error::Request(_)), "{bad}: {err}");
        }
    }

    #[test]
    fn a_header_value_that_cannot_be_sent_is_named_not_shown() {
        for bad in ["a\r\nX-Injected: 1", "nul\0", "bell\u{7}", "del\u{7f}"] {
            let mut request = request();
            request.headers.push(("X-Secret-Token", bad.to_string()));
            let err = header_values(&request, Vec::new()).unwrap_err();
            let shown = format!("{err} {err:?}");
            assert!(
                shown.contains("`X-Secret-Token` header parameter"),
                "{shown}"
            );
            assert!(!shown.contains(bad), "{shown}");
        }
        // Tabs, spaces and text beyond ASCII (sent as its UTF-8 bytes) are fine.
        let mut request = request();
        request.headers.push(("X-Tag", "a b\tc é".to_string()));
        let ok = header_values(&request, Vec::new()).unwrap();
        assert_eq!(ok[0].1.as_bytes(), "a b\tc é".as_bytes());
    }

    #[test]
    fn cookies_are_one_header() {
        let mut request = request();
        request.cookies.push(("session".into(), "a%20b".into()));
        request.cookies.push(("theme".into(), "dark".into()));
        let headers = header_values(&request, vec![("api_key", "k-1".into())]).unwrap();
        assert_eq!(headers.len(), 1);
        assert_eq!(headers[0].0, "Cookie");
        assert_eq!(headers[0].1, "session=a%20b; theme=dark; api_key=k-1");
    }

    fn request() -> Request {
        Request::default()
    }

    #[test]
    fn urls_keep_the_base_path() {
        let client = Client::new("http://api.test/v1/").unwrap();
        let mut request = request();
        request.path = vec![
            vec![PathPiece::Text("users")],
            vec![PathPiece::Param("id", encode::component("a b"))],
        ];
        request.query = vec![("q".into(), encode::component("x y"))];
        assert_eq!(
            url(&client, &request).unwrap().as_str(),
            "http://api.test/v1/users/a%20b?q=x%20y"
        );
    }
}
