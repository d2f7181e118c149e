//! Shared helpers for the tests of the generated clients (`tests/*.rs`); no tests here.
//!
//! - [`RawServer`]: a tiny HTTP/1.1 listener on 127.0.0.1 that records each request exactly as
//!   it arrived (the raw request target, before any URL parsing could normalise it) and answers
//!   with a canned reply, or stalls. wiremock parses the request target into a `Url`, which
//!   turns `%2E%2E` into `..` and drops it, so path-encoding tests need the raw bytes.
//! - [`refused_base_url`]: a base URL on which nothing listens.
//! - [`spec`], [`example`], [`request_body_example`], [`media_example`],
//!   [`operation_examples`]: the specs and their examples, read at test time.
//! - [`percent_decode`], [`query_pairs`], [`path_matches`]: reading raw request targets.
//! - [`assert_no_secrets`]: search formatted output for secret strings.
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The Okta spec the `okta-user-credentials` crate was generated from.
pub const OKTA_SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../spec/okta-user-credentials.yaml"
);
/// The spec the `credential-operations` crate was generated from.
pub const CREDENTIAL_OPERATIONS_SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../spec/credential-operations.yaml"
);

/// A generous upper bound for anything that should be quick.
pub const QUICK: Duration = Duration::from_secs(10);

/// Await `future`, failing if it takes longer than [`QUICK`]; its output and how long it took.
pub async fn quickly<T>(future: impl std::future::IntoFuture<Output = T>) -> (T, Duration) {
    let start = std::time::Instant::now();
    let out = tokio::time::timeout(QUICK, future)
        .await
        .expect("took longer than the generous bound");
    (out, start.elapsed())
}

/// A spec file as JSON.
pub fn spec(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("parse {path}: {e}"))
}

/// The `value` of `components/examples/<name>` in the Okta spec.
pub fn example(name: &str) -> Value {
    spec(OKTA_SPEC)["components"]["examples"][name]["value"]
        .as_object()
        .map(|o| Value::Object(o.clone()))
        .unwrap_or_else(|| panic!("the Okta spec has no example {name:?} with an object value"))
}

/// The `example` of the `application/json` request body of `method path` in a spec.
pub fn request_body_example(spec_path: &str, path: &str, method: &str) -> Value {
    let spec = spec(spec_path);
    let example =
        &spec["paths"][path][method]["requestBody"]["content"]["application/json"]["example"];
    assert!(
        example.is_object(),
        "{spec_path}: {method} {path} has no JSON request example"
    );
    example.clone()
}

/// Panics, naming what leaked, if `text` (formatted output of `what`) contains any secret.
pub fn assert_no_secrets(what: &str, text: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(
            !text.contains(secret),
            "{what} shows the secret {secret:?}: {text}"
        );
    }
}

/// A base URL on 127.0.0.1 where nothing listens: connecting is refused.
pub fn refused_base_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

/// One request as it arrived at a [`RawServer`].
#[derive(Debug, Clone)]
pub struct RawRequest {
    /// The method, as sent.
    pub method: String,
    /// The request target exactly as sent on the request line (path and query, still encoded).
    pub target: String,
    /// Header names (lowercased) and values, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body (read by `Content-Length`).
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The path part of the target, still percent-encoded.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }
    /// The query part of the target, if there is a `?`.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }
    /// Every value of a header.
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// What a [`RawServer`] does once it has read a request.
#[derive(Debug, Clone)]
pub enum RawReply {
    /// Answer with this status, these headers and this body, then close.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Never answer; keep the connection open.
    Stall,
    /// Send a `200` head announcing a body, then never send the body.
    StallBody,
}

impl RawReply {
    /// `status` with no headers and no body.
    pub fn empty(status: u16) -> Self {
        RawReply::Respond {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// `200` with a JSON body.
    pub fn json(body: &str) -> Self {
        RawReply::Respond {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

/// A minimal HTTP/1.1 server on 127.0.0.1 that records requests raw; stops when dropped.
pub struct RawServer {
    base_url: String,
    requests: Arc<Mutex<Vec<RawRequest>>>,
    accept: JoinHandle<()>,
}

impl RawServer {
    /// Listen on a free port, answering every request with `reply`.
    pub async fn start(reply: RawReply) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&requests);
        let accept = tokio::spawn(async move {
            // Connections live in the set, so aborting the accept loop ends them too.
            let mut connections = JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                connections.spawn(serve(stream, reply.clone(), Arc::clone(&recorded)));
            }
        });
        RawServer {
            base_url,
            requests,
            accept,
        }
    }

    /// `http://127.0.0.1:<port>`, no trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<RawRequest> {
        self.requests.lock().expect("lock").clone()
    }

    /// The only request received; panics unless there was exactly one.
    pub fn single_request(&self) -> RawRequest {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected one request: {requests:#?}");
        requests.into_iter().next().expect("one")
    }
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn serve(mut stream: TcpStream, reply: RawReply, recorded: Arc<Mutex<Vec<RawRequest>>>) {
    let Some(request) = read_request(&mut stream).await else {
        return;
    };
    recorded.lock().expect("lock").push(request);
    match reply {
        RawReply::Respond {
            status,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} Canned\r\n");
            for (name, value) in &headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str(&format!(
                "Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            ));
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body).await;
            let _ = stream.shutdown().await;
        }
        RawReply::Stall => hold(stream).await,
        RawReply::StallBody => {
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.flush().await;
            hold(stream).await;
        }
    }
}

/// Keep a connection open without answering (bounded, so nothing outlives a test for long).
async fn hold(stream: TcpStream) {
    tokio::time::sleep(Duration::from_secs(60)).await;
    drop(stream);
}

/// Read one request head and its `Content-Length` body.
async fn read_request(stream: &mut TcpStream) -> Option<RawRequest> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let target = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buffer[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(RawRequest {
        method,
        target,
        headers,
        body,
    })
}

/// Percent-decode one path segment (`+` stays `+`: it is a space only in form-encoded queries).
pub fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8 after decoding")
}

/// The query of a raw target as sorted `(name, value)` pairs, values form-decoded.
pub fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (n, v) = p.split_once('=').unwrap_or((p, ""));
            let form = |s: &str| percent_decode(&s.replace('+', " "));
            (form(n), form(v))
        })
        .collect();
    pairs.sort();
    pairs
}

/// The example of a media type object of `spec` (`content: {type: {example | examples}}`): its
/// `example`, or the value of its first `examples` entry (following a `$ref` into
/// `components/examples`). `None` when it has neither.
pub fn media_example(spec: &Value, media: &Value) -> Option<Value> {
    if let Some(example) = media.get("example") {
        return Some(example.clone());
    }
    let (_, first) = media.get("examples")?.as_object()?.iter().next()?;
    let example = match first.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.strip_prefix("#/components/examples/")?;
            &spec["components"]["examples"][name]
        }
        None => first,
    };
    example.get("value").cloned()
}

/// The JSON request-body example and the JSON `200` example of `method path` in `spec`.
pub fn operation_examples(
    spec: &Value,
    path: &str,
    method: &str,
) -> (Option<Value>, Option<Value>) {
    let operation = &spec["paths"][path][method.to_ascii_lowercase()];
    assert!(operation.is_object(), "the spec has no {method} {path}");
    let request = media_example(
        spec,
        &operation["requestBody"]["content"]["application/json"],
    );
    let response = media_example(
        spec,
        &operation["responses"]["200"]["content"]["application/json"],
    );
    (request, response)
}

/// Whether a request path matches a path template, each `{param}` standing for one segment.
pub fn path_matches(template: &str, path: &str) -> bool {
    let template: Vec<&str> = template.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    template.len() == path.len()
        && template
            .iter()
            .zip(&path)
            .all(|(t, p)| (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t == p)
}

/// `value` with every RFC 3339 date-time written one way: a `DateTime<Utc>` re-encodes the
/// same instant, but not always the same text (`.000Z` becomes `Z`, `+00:00` becomes `Z`).
pub fn same_instants(value: &Value) -> Value {
    use chrono::{DateTime, SecondsFormat, Utc};
    match value {
        Value::String(text) => match text.parse::<DateTime<Utc>>() {
            Ok(instant) => Value::String(instant.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            Err(_) => value.clone(),
        },
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), same_instants(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(same_instants).collect()),
        other => other.clone(),
    }
}
