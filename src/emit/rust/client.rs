//! The `client` module: settings, authorization, retries, and the one place requests are sent.

use super::tokens::{docs, ident};
use crate::ir::{Api, SecurityKind, SecurityScheme};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

pub fn client_module(api: &Api) -> TokenStream {
    let user_agent = format!("{}/{}", api.crate_name, api.crate_version);
    let base_url = &api.base_url;
    let schemes = &api.security_schemes;
    let token_fields: Vec<_> = schemes.iter().map(token_field).collect();
    let token_debug: Vec<_> = schemes.iter().map(token_debug).collect();
    let setters = schemes.iter().map(setter);
    let auth_variants = schemes.iter().map(|s| {
        let variant = ident(&s.variant);
        let doc = format!(" `{}`", s.api_name);
        quote! { #[doc = #doc] #variant, }
    });
    let is_set = schemes.iter().map(is_set);
    let apply_header = schemes.iter().map(apply_header);
    let apply_query = schemes.iter().filter_map(apply_query);
    let accessors = api.tags.iter().map(|tag| {
        let accessor = ident(&tag.module);
        let module = ident(&tag.module);
        let api_struct = ident(&tag.struct_name);
        let doc = format!(" The operations tagged `{}`.", tag.api_name);
        let more = docs(&[tag.description.as_deref()]);
        quote! {
            #[doc = #doc]
            #[doc = ""]
            #more
            pub fn #accessor(&self) -> super::apis::#module::#api_struct<'_> {
                super::apis::#module::#api_struct::new(self)
            }
        }
    });
    let field_names: Vec<_> = schemes.iter().map(|s| ident(&s.name)).collect();
    let query_mut = schemes
        .iter()
        .any(|s| matches!(s.kind, SecurityKind::ApiKeyQuery { .. }))
        .then(|| quote!(mut));
    let allows = super::tokens::prose_allows();
    let (transport, transport_error) = transport_error(schemes);
    quote! {
        //! The client: where requests go, how they are authorized, retried and timed out.
        #allows

        use super::error::{Error, ErrorBody, StatusError};
        use std::fmt;
        use std::time::{Duration, SystemTime, UNIX_EPOCH};

        /// The server the spec names: where requests go unless told otherwise.
        pub const DEFAULT_BASE_URL: &str = #base_url;

        /// The `User-Agent` sent with every request unless [`ClientBuilder::user_agent`] sets another.
        pub const USER_AGENT: &str = #user_agent;

        /// How long a request may take, start to end, unless [`ClientBuilder::timeout`] says otherwise.
        pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

        /// How `429 Too Many Requests` answers are retried.
        ///
        /// The wait before a retry is what the server asks for in `Retry-After` (seconds) or, for
        /// Okta, until `X-Rate-Limit-Reset` (epoch seconds); without either, a short backoff.
        /// It is never longer than `max_wait`. Other statuses are never retried.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RetryPolicy {
            /// Retries after the first attempt (default 2).
            pub max_retries: u32,
            /// The longest wait before one retry (default 60 seconds).
            pub max_wait: Duration,
        }

        impl RetryPolicy {
            /// Never retry.
            pub const fn none() -> Self {
                RetryPolicy { max_retries: 0, max_wait: Duration::ZERO }
            }
        }

        impl Default for RetryPolicy {
            fn default() -> Self {
                RetryPolicy { max_retries: 2, max_wait: Duration::from_secs(60) }
            }
        }

        /// A success response: the decoded body with the status and headers it came with.
        #[derive(Debug, Clone)]
        pub struct ApiResponse<T> {
            /// The response status.
            pub status: reqwest::StatusCode,
            /// The response headers (for Okta, the rate-limit headers among them).
            pub headers: reqwest::header::HeaderMap,
            /// The decoded body.
            pub body: T,
        }

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
            #( #token_fields )*
        }

        impl fmt::Debug for Client {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut d = f.debug_struct("Client");
                d.field("base_url", &self.base_url.as_str())
                    .field("timeout", &self.timeout)
                    .field("retry", &self.retry)
                    .field("user_agent", &self.user_agent);
                #( #token_debug )*
                d.finish()
            }
        }

        impl Client {
            /// A client for `base_url` (such as [`DEFAULT_BASE_URL`]) with default settings.
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
                    #( #field_names: None, )*
                }
            }

            /// The URL every path is relative to.
            pub fn base_url(&self) -> &reqwest::Url {
                &self.base_url
            }

            #( #accessors )*

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
                    // An empty POST, PUT or PATCH says so: some proxies refuse one without a length.
                    let empty = request.body.as_ref().is_none_or(|(_, body)| body.is_empty());
                    let sends_body = matches!(request.method, reqwest::Method::POST | reqwest::Method::PUT | reqwest::Method::PATCH);
                    if empty && sends_body {
                        builder = builder.header(reqwest::header::CONTENT_LENGTH, "0");
                    }
                    builder = self.authorize(builder, request.auth)?;
                    let response = builder.send().await.map_err(#transport)?;
                    let status = response.status();
                    let headers = response.headers().clone();
                    let body = response.bytes().await.map_err(#transport)?.to_vec();
                    if status.is_success() {
                        return Ok(RawResponse { status, headers, body });
                    }
                    if status == reqwest::StatusCode::TOO_MANY_REQUESTS && attempt < self.retry.max_retries {
                        tokio::time::sleep(retry_delay(&headers, attempt, self.retry.max_wait)).await;
                        attempt += 1;
                        continue;
                    }
                    let model = (request.error_body)(status.as_u16(), &body);
                    return Err(Error::Status(Box::new(StatusError { status, headers, body, model })));
                }
            }

            fn url(&self, request: &Request) -> Result<reqwest::Url, Error> {
                let mut url = self.base_url.clone();
                let mut path = url.path().trim_end_matches('/').to_string();
                for segment in &request.path {
                    // Every URL parser resolves `.` and `..` (even percent-encoded), and an empty
                    // segment addresses another resource: none can be sent as a value.
                    if segment.is_empty() || segment == "." || segment == ".." {
                        return Err(Error::Request(format!("a path parameter cannot be {segment:?}")));
                    }
                    path.push('/');
                    // Percent-encoded whole: a `/`, `?`, `#`, space or control character in a
                    // value stays inside its segment.
                    path.extend(percent_encoding::utf8_percent_encode(segment, COMPONENT));
                }
                if request.trailing_slash || path.is_empty() {
                    path.push('/');
                }
                url.set_path(&path);
                let #query_mut query = request.query.clone();
                #( #apply_query )*
                if !query.is_empty() {
                    // `%20` for a space, not the form encoding's `+`, which only form decoders read
                    // as a space.
                    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, COMPONENT).to_string();
                    let pairs: Vec<String> = query
                        .iter()
                        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
                        .collect();
                    url.set_query(Some(&pairs.join("&")));
                }
                Ok(url)
            }

            #transport_error

            /// The scheme a request uses: the first of those its operation accepts that this
            /// client has a token for. Only that one is sent, never several.
            fn chosen(&self, auth: &[Auth]) -> Option<Auth> {
                auth.iter().copied().find(|scheme| match *scheme {
                    #( #is_set )*
                })
            }

            /// Apply the chosen scheme to the request's headers.
            fn authorize(&self, builder: reqwest::RequestBuilder, auth: &[Auth]) -> Result<reqwest::RequestBuilder, Error> {
                Ok(match self.chosen(auth) {
                    #( #apply_header )*
                    None => builder,
                })
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
            #( #token_fields )*
        }

        impl fmt::Debug for ClientBuilder {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut d = f.debug_struct("ClientBuilder");
                d.field("base_url", &self.base_url)
                    .field("timeout", &self.timeout)
                    .field("retry", &self.retry)
                    .field("user_agent", &self.user_agent);
                #( #token_debug )*
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

            /// The `User-Agent` header (default [`USER_AGENT`]).
            pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
                self.user_agent = user_agent.into();
                self
            }

            #( #setters )*

            /// The client, or an error if the base URL is not a URL that can take a path.
            pub fn build(self) -> Result<Client, Error> {
                let base_url = reqwest::Url::parse(&self.base_url)
                    .map_err(|e| Error::Request(format!("invalid base URL {:?}: {e}", self.base_url)))?;
                if base_url.cannot_be_a_base() {
                    return Err(Error::Request(format!("the base URL {:?} cannot take a path", self.base_url)));
                }
                let http = match self.http {
                    Some(http) => http,
                    None => reqwest::Client::builder()
                        .connect_timeout(Duration::from_secs(10))
                        .build()
                        .map_err(Error::Transport)?,
                };
                Ok(Client {
                    base_url,
                    http,
                    timeout: self.timeout,
                    retry: self.retry,
                    user_agent: self.user_agent,
                    #( #field_names: self.#field_names, )*
                })
            }
        }

        /// The security schemes of the spec: the ones an operation accepts, in order.
        // A scheme the spec defines may be named by no operation that was generated.
        #[allow(dead_code)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Auth {
            #( #auth_variants )*
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

        /// A success response, not yet decoded.
        // Which of `json` and `empty` a client uses depends on its spec's operations.
        #[allow(dead_code)]
        pub(crate) struct RawResponse {
            status: reqwest::StatusCode,
            headers: reqwest::header::HeaderMap,
            body: Vec<u8>,
        }

        #[allow(dead_code)]
        impl RawResponse {
            /// Decode the body as JSON.
            pub(crate) fn json<T: serde::de::DeserializeOwned>(self) -> Result<ApiResponse<T>, Error> {
                match serde_json::from_slice(&self.body) {
                    Ok(body) => Ok(ApiResponse { status: self.status, headers: self.headers, body }),
                    Err(source) => Err(Error::Decode(Box::new(super::error::DecodeError {
                        status: self.status,
                        headers: self.headers,
                        body: self.body,
                        source,
                    }))),
                }
            }

            /// A response whose body, if any, carries nothing documented.
            pub(crate) fn empty(self) -> ApiResponse<()> {
                ApiResponse { status: self.status, headers: self.headers, body: () }
            }
        }

        /// What a path segment or a query name or value keeps as is: RFC 3986's unreserved
        /// characters. Everything else is percent-encoded.
        const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');

        /// How long to wait before retrying a `429`.
        fn retry_delay(headers: &reqwest::header::HeaderMap, attempt: u32, max_wait: Duration) -> Duration {
            let number = |name: &str| {
                headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
            };
            let wait = if let Some(seconds) = number("retry-after") {
                Duration::from_secs(seconds)
            } else if let Some(reset) = number("x-rate-limit-reset") {
                let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
                Duration::from_secs(reset).saturating_sub(now)
            } else {
                Duration::from_millis(250u64 << attempt.min(8))
            };
            wait.min(max_wait)
        }
    }
}

fn token_field(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    match scheme.kind {
        SecurityKind::Basic => quote! { #name: Option<(String, String)>, },
        _ => quote! { #name: Option<String>, },
    }
}

fn token_debug(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let label = naming::bare(&scheme.name).to_string();
    quote! {
        d.field(#label, &self.#name.as_ref().map(|_| "[redacted]"));
    }
}

fn setter(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let what = match &scheme.kind {
        SecurityKind::ApiKeyHeader {
            header,
            prefix: Some(prefix),
        } => {
            format!(
                " Authorize with `{}` (sent as `{header}: {prefix} <key>`).",
                scheme.api_name
            )
        }
        SecurityKind::ApiKeyHeader {
            header,
            prefix: None,
        } => {
            format!(
                " Authorize with `{}` (sent as the `{header}` header).",
                scheme.api_name
            )
        }
        SecurityKind::ApiKeyQuery { param } => {
            format!(
                " Authorize with `{}` (sent as the `{param}` query parameter).",
                scheme.api_name
            )
        }
        SecurityKind::Bearer => {
            format!(
                " Authorize with `{}`: an access token, sent as `Authorization: Bearer <token>`.",
                scheme.api_name
            )
        }
        SecurityKind::Basic => format!(
            " Authorize with `{}`: HTTP basic authentication.",
            scheme.api_name
        ),
    };
    let more = docs(&[scheme.description.as_deref()]);
    let doc = quote! { #[doc = #what] #[doc = ""] #more };
    match scheme.kind {
        SecurityKind::Basic => quote! {
            #doc
            pub fn #name(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
                self.#name = Some((username.into(), password.into()));
                self
            }
        },
        _ => quote! {
            #doc
            pub fn #name(mut self, token: impl Into<String>) -> Self {
                self.#name = Some(token.into());
                self
            }
        },
    }
}

/// How `send` turns a reqwest error into ours. reqwest's errors show the request URL; when an
/// API key rides in the query, the URL is dropped from the error so the key never reaches a
/// log. Returns the mapping expression and, for query keys, the method it calls.
fn transport_error(schemes: &[SecurityScheme]) -> (TokenStream, Option<TokenStream>) {
    let in_query: Vec<_> = schemes
        .iter()
        .filter(|s| matches!(s.kind, SecurityKind::ApiKeyQuery { .. }))
        .map(|s| ident(&s.variant))
        .collect();
    if in_query.is_empty() {
        return (quote!(Error::Transport), None);
    }
    let method = quote! {
        /// A transport error, without the request URL when the URL carries an API key.
        fn transport_error(&self, auth: &[Auth], error: reqwest::Error) -> Error {
            match self.chosen(auth) {
                #( Some(Auth::#in_query) )|* => Error::Transport(error.without_url()),
                _ => Error::Transport(error),
            }
        }
    };
    (
        quote!(|error| self.transport_error(request.auth, error)),
        Some(method),
    )
}

/// Whether the client has a token for a scheme (for `Client::chosen`).
fn is_set(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    quote! { Auth::#variant => self.#name.is_some(), }
}

/// The `authorize` arm that applies one scheme to a request's headers.
fn apply_header(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    let label = &scheme.api_name;
    let apply = match &scheme.kind {
        SecurityKind::ApiKeyHeader { header, prefix } => {
            let value = match prefix {
                Some(prefix) => {
                    let fmt = format!("{prefix} {{token}}");
                    quote!(format!(#fmt))
                }
                None => quote!(token.clone()),
            };
            let message = format!("the `{label}` token is not a valid header value");
            quote! {
                let mut value = reqwest::header::HeaderValue::try_from(#value)
                    .map_err(|_| Error::Request(#message.to_string()))?;
                // Kept out of reqwest's own Debug output and HTTP/2 header compression.
                value.set_sensitive(true);
                builder.header(#header, value)
            }
        }
        SecurityKind::Bearer => quote! { builder.bearer_auth(token) },
        SecurityKind::Basic => quote! { builder.basic_auth(&token.0, Some(&token.1)) },
        // Sent in the URL instead: see `Client::url`.
        SecurityKind::ApiKeyQuery { .. } => return quote! { Some(Auth::#variant) => builder, },
    };
    quote! {
        Some(Auth::#variant) => match &self.#name {
            Some(token) => { #apply }
            None => builder,
        },
    }
}

/// The `url` arm that adds a query-parameter API key.
fn apply_query(scheme: &SecurityScheme) -> Option<TokenStream> {
    let SecurityKind::ApiKeyQuery { param } = &scheme.kind else {
        return None;
    };
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    Some(quote! {
        if let (Some(Auth::#variant), Some(token)) = (self.chosen(request.auth), &self.#name) {
            query.push((#param, token.clone()));
        }
    })
}
