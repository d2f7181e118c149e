//! Issue 4, client behaviour: `429` retries (count, `Retry-After`, `X-Rate-Limit-Reset`,
//! `max_wait`, off), no retry of other statuses, the default and configured timeouts against a
//! server that stalls, a caller's own `reqwest::Client`, the `User-Agent` setter, invalid base
//! URLs. Mostly on `okta-user-credentials`; the retry and timeout basics also on
//! `credential-operations`, whose client module is generated separately.
//!
//! Timing: waits in these tests are zero or a few milliseconds. Elapsed times are only bounded
//! from above, generously, with one exception: `retry_after_is_waited_for` checks a 1 s
//! `Retry-After` was waited for. That is a lower bound on a `tokio::time::sleep`, which never
//! wakes early, so it cannot flake under load.
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use client_tests::{QUICK, RawReply, RawServer, example, quickly};
use okta_user_credentials::{
    Client, DEFAULT_TIMEOUT, Error, ErrorBody, RetryPolicy, StatusError, models,
};
use reqwest::StatusCode;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "retry-token";
const USER: &str = "00ub0oNGTSWTBKOLGLNR";

fn body() -> models::ChangePasswordRequest {
    models::ChangePasswordRequest {
        new_password: Some(models::PasswordCredential {
            value: Some("uTVM,TPw55".into()),
            ..Default::default()
        }),
        old_password: Some(models::PasswordCredential {
            value: Some("tlpWENT2m".into()),
            ..Default::default()
        }),
        revoke_sessions: Some(true),
    }
}

fn too_many(headers: &[(&str, String)]) -> ResponseTemplate {
    let mut response = ResponseTemplate::new(429).set_body_json(example("ErrorTooManyRequests"));
    for (name, value) in headers {
        response = response.insert_header(*name, value.as_str());
    }
    response
}

async fn always(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

async fn request_count(server: &MockServer) -> usize {
    server.received_requests().await.expect("recording").len()
}

fn client(server: &MockServer, retry: RetryPolicy) -> Client {
    Client::builder(server.uri())
        .api_token(TOKEN)
        .retry(retry)
        .build()
        .unwrap()
}

fn policy(max_retries: u32, max_wait: Duration) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        max_wait,
    }
}

fn status_error(error: Error) -> Box<StatusError> {
    match error {
        Error::Status(e) => e,
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

fn epoch_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

// Guards: the default policy is 2 retries, at most 60 s each; none() is 0 retries.
#[test]
fn retry_policy_defaults() {
    assert_eq!(RetryPolicy::default(), policy(2, Duration::from_secs(60)));
    assert_eq!(RetryPolicy::none().max_retries, 0);
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(30));
}

// Guards: a 429 is retried and a later success returned; each retry resends the same method,
// path, query, body and authorization.
#[tokio::test]
async fn retried_429_then_success() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(too_many(&[("Retry-After", "0".into())]))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(example("ChangePwdResponse")))
        .with_priority(2)
        .mount(&server)
        .await;
    let c = client(&server, RetryPolicy::default());
    let (result, _) = quickly(c.user_cred().change_password(USER, body()).strict(true)).await;
    let credentials = result.expect("success after two 429s");
    assert!(credentials.recovery_question.is_some());
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    for r in &requests {
        assert_eq!(r.method.as_str(), "POST");
        assert_eq!(
            r.url.path(),
            format!("/api/v1/users/{USER}/credentials/change_password")
        );
        assert_eq!(r.url.query(), Some("strict=true"));
        assert_eq!(r.body, requests[0].body);
        assert_eq!(
            r.body_json::<serde_json::Value>().unwrap(),
            example("ChangePwdRequest")
        );
        assert_eq!(r.headers["authorization"], format!("SSWS {TOKEN}"));
        assert_eq!(r.headers["content-type"], "application/json");
    }
}

// Guards: the default policy gives up after 2 retries (3 requests); the last 429 comes back as
// `Error::Status` with its decoded model and rate-limit headers.
#[tokio::test]
async fn default_policy_stops_after_three_requests() {
    let server = always(too_many(&[
        ("Retry-After", "0".into()),
        ("X-Rate-Limit-Remaining", "0".into()),
    ]))
    .await;
    let c = client(&server, RetryPolicy::default());
    let (result, _) = quickly(c.user_cred().expire_password(USER)).await;
    let e = status_error(result.unwrap_err());
    assert_eq!(e.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(e.headers["x-rate-limit-remaining"], "0");
    assert!(
        matches!(e.model, Some(ErrorBody::Error(ref m)) if m.error_code.as_deref() == Some("E0000047"))
    );
    assert_eq!(request_count(&server).await, 3);
}

// Guards: `ClientBuilder::retry` sets the number of retries; `RetryPolicy::none()` turns
// retrying off.
#[tokio::test]
async fn retry_count_is_configurable_and_can_be_off() {
    for (retry, expected) in [
        (RetryPolicy::none(), 1),
        (policy(1, Duration::from_secs(1)), 2),
        (policy(5, Duration::from_secs(1)), 6),
    ] {
        let server = always(too_many(&[("Retry-After", "0".into())])).await;
        let (result, _) = quickly(client(&server, retry).user_cred().forgot_password(USER)).await;
        assert_eq!(
            result.unwrap_err().status(),
            Some(StatusCode::TOO_MANY_REQUESTS)
        );
        assert_eq!(request_count(&server).await, expected, "{retry:?}");
    }
}

// Guards: `Retry-After` (seconds) decides the wait: `0` means retry at once. Without reading it
// the fallback backoff (0.25 s, 0.5 s, 1 s, ...) would take ~16 s for six retries.
#[tokio::test]
async fn retry_after_zero_retries_at_once() {
    let server = always(too_many(&[("Retry-After", "0".into())])).await;
    let c = client(&server, policy(6, Duration::from_secs(60)));
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    assert!(result.is_err());
    assert_eq!(request_count(&server).await, 7);
    assert!(elapsed < QUICK, "{elapsed:?}");
}

// Guards: a `Retry-After` of 1 s is waited for before the retry (not retried at once).
#[tokio::test]
async fn retry_after_is_waited_for() {
    let server = always(too_many(&[("Retry-After", "1".into())])).await;
    let c = client(&server, policy(1, Duration::from_secs(60)));
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    assert!(result.is_err());
    assert_eq!(request_count(&server).await, 2);
    assert!(
        elapsed >= Duration::from_secs(1),
        "retried after {elapsed:?}"
    );
}

// Guards: `X-Rate-Limit-Reset` is read as epoch seconds: a reset already past means retry at
// once. Ignoring it (backoff, ~16 s for six retries) or reading it as a number of seconds to
// wait (capped at 60 s) would both blow the bound.
#[tokio::test]
async fn rate_limit_reset_is_epoch_seconds() {
    let past = (epoch_seconds() - 5).to_string();
    let server = always(too_many(&[("X-Rate-Limit-Reset", past)])).await;
    let c = client(&server, policy(6, Duration::from_secs(60)));
    let (result, elapsed) = quickly(c.user_cred().reset_password(USER, false)).await;
    assert!(result.is_err());
    assert_eq!(request_count(&server).await, 7);
    assert!(elapsed < QUICK, "{elapsed:?}");
}

// Guards: `max_wait` bounds the wait, whatever the server asks for (`Retry-After: 60`, or a
// reset an hour away): the call ends quickly, after the configured retries.
#[tokio::test]
async fn max_wait_bounds_the_wait() {
    let in_an_hour = (epoch_seconds() + 3600).to_string();
    for header in [
        ("Retry-After", "60".to_string()),
        ("X-Rate-Limit-Reset", in_an_hour),
    ] {
        let server = always(too_many(std::slice::from_ref(&header))).await;
        let c = client(&server, policy(2, Duration::from_millis(5)));
        let (result, elapsed) = quickly(c.user_cred().forgot_password(USER)).await;
        assert_eq!(
            result.unwrap_err().status(),
            Some(StatusCode::TOO_MANY_REQUESTS)
        );
        assert_eq!(request_count(&server).await, 3, "{header:?}");
        assert!(elapsed < QUICK, "{header:?}: {elapsed:?}");
    }
}

// Guards: only 429 is retried: 5xx (even with a Retry-After), 408 and 4xx are sent once.
#[tokio::test]
async fn other_statuses_are_not_retried() {
    for status in [500u16, 502, 503, 504, 408, 400, 401, 403, 404] {
        let server = always(
            ResponseTemplate::new(status)
                .insert_header("Retry-After", "0")
                .set_body_string("no"),
        )
        .await;
        let c = client(&server, RetryPolicy::default());
        let (result, _) = quickly(c.user_cred().change_password(USER, body())).await;
        assert_eq!(result.unwrap_err().status().unwrap().as_u16(), status);
        assert_eq!(request_count(&server).await, 1, "{status} was retried");
    }
}

// Guards: the client's default timeout is `DEFAULT_TIMEOUT` (shown in its Debug, which is the
// configuration the requests use) and `ClientBuilder::timeout` replaces it.
#[test]
fn default_timeout_is_configured() {
    let client = Client::new("http://127.0.0.1:9").unwrap();
    assert!(format!("{client:?}").contains("timeout: 30s"), "{client:?}");
    let builder = Client::builder("http://127.0.0.1:9");
    assert!(
        format!("{builder:?}").contains("timeout: 30s"),
        "{builder:?}"
    );
    let client = builder
        .timeout(Duration::from_millis(1500))
        .build()
        .unwrap();
    assert!(
        format!("{client:?}").contains("timeout: 1.5s"),
        "{client:?}"
    );
}

// Guards: `ClientBuilder::timeout` ends a request to a server that accepts and never answers,
// as `Error::Transport` with `is_timeout()`.
#[tokio::test]
async fn timeout_against_a_stalled_server() {
    let server = RawServer::start(RawReply::Stall).await;
    let c = Client::builder(server.base_url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    let error = result.unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(error.is_timeout(), "{error:?}");
    assert!(elapsed < QUICK);
    assert_eq!(server.requests().len(), 1, "the request reached the server");
}

// Guards: the timeout also covers reading the body (the head arrives, the body never does).
#[tokio::test]
async fn timeout_covers_a_stalled_body() {
    let server = RawServer::start(RawReply::StallBody).await;
    let c = Client::builder(server.base_url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let (result, _) = quickly(c.user_cred().expire_password(USER)).await;
    let error = result.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}

// Guards: a timed-out attempt is not retried (only a 429 answer is).
#[tokio::test]
async fn timed_out_attempt_is_not_retried() {
    let server = RawServer::start(RawReply::Stall).await;
    let c = Client::builder(server.base_url())
        .timeout(Duration::from_millis(100))
        .retry(policy(3, Duration::ZERO))
        .build()
        .unwrap();
    let (result, _) = quickly(c.user_cred().forgot_password(USER)).await;
    assert!(result.unwrap_err().is_timeout());
    assert_eq!(server.requests().len(), 1);
}

// Guards: `ClientBuilder::http_client`: the caller's client is used (its default header
// arrives) while our User-Agent, authorization and timeout still apply to each request.
#[tokio::test]
async fn own_http_client_is_used_with_our_headers() {
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("x-custom", "from-my-client".parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(defaults)
        .user_agent("my-own-agent/9")
        .build()
        .unwrap();

    let server = RawServer::start(RawReply::json("{}")).await;
    let c = Client::builder(server.base_url())
        .http_client(http.clone())
        .oauth2_token("bearer-1")
        .build()
        .unwrap();
    c.user_cred().forgot_password(USER).await.unwrap();
    let request = server.single_request();
    assert_eq!(request.header_values("x-custom"), ["from-my-client"]);
    assert_eq!(
        request.header_values("user-agent"),
        ["okta-user-credentials/5.1.0"]
    );
    assert_eq!(request.header_values("authorization"), ["Bearer bearer-1"]);
    assert_eq!(request.header_values("accept"), ["application/json"]);

    // The builder's timeout applies to the caller's client (which has none of its own).
    let stalled = RawServer::start(RawReply::Stall).await;
    let c = Client::builder(stalled.base_url())
        .http_client(http)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let (result, _) = quickly(c.user_cred().expire_password(USER)).await;
    assert!(result.unwrap_err().is_timeout());
}

// Guards: `ClientBuilder::user_agent` replaces the default User-Agent.
#[tokio::test]
async fn user_agent_is_configurable() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let c = Client::builder(server.base_url())
        .user_agent("my-app/2.0 okta-user-credentials/5.1.0")
        .build()
        .unwrap();
    c.user_cred().expire_password(USER).await.unwrap();
    assert_eq!(
        server.single_request().header_values("user-agent"),
        ["my-app/2.0 okta-user-credentials/5.1.0"]
    );
}

// Guards: a base URL that is not a URL, or cannot take a path, is `Error::Request` at build.
#[test]
fn invalid_base_urls_are_request_errors() {
    for base in ["not a url", "mailto:someone@example.com", ""] {
        match Client::new(base) {
            Err(Error::Request(message)) => assert!(!message.is_empty()),
            other => panic!("{base:?}: expected Error::Request, got {other:?}"),
        }
    }
    assert_eq!(
        Client::new(okta_user_credentials::DEFAULT_BASE_URL)
            .unwrap()
            .base_url()
            .as_str(),
        "https://subdomain.okta.com/"
    );
}

// Guards: the same retry and timeout behaviour in credential-operations' own client module.
#[tokio::test]
async fn credential_operations_retries_429_and_times_out() {
    use credential_operations::{Client as CoClient, RetryPolicy as CoRetry};
    let server = always(ResponseTemplate::new(429).insert_header("Retry-After", "0")).await;
    let c = CoClient::new(server.uri()).unwrap();
    let (result, _) = quickly(c.credential_operations().change_recovery_question(USER)).await;
    assert_eq!(
        result.unwrap_err().status(),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    assert_eq!(request_count(&server).await, 3);

    let server = always(ResponseTemplate::new(429).insert_header("Retry-After", "60")).await;
    let c = CoClient::builder(server.uri())
        .retry(CoRetry {
            max_retries: 1,
            max_wait: Duration::from_millis(5),
        })
        .build()
        .unwrap();
    let (result, _) = quickly(c.credential_operations().change_password(USER)).await;
    assert!(result.is_err());
    assert_eq!(request_count(&server).await, 2);

    let server = always(ResponseTemplate::new(503).insert_header("Retry-After", "0")).await;
    let c = CoClient::new(server.uri()).unwrap();
    let (result, _) = quickly(c.credential_operations().change_password(USER)).await;
    assert!(result.is_err());
    assert_eq!(request_count(&server).await, 1);

    let stalled = RawServer::start(RawReply::Stall).await;
    let c = CoClient::builder(stalled.base_url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let (result, _) = quickly(c.credential_operations().change_password(USER)).await;
    let error = result.unwrap_err();
    assert!(
        matches!(error, credential_operations::Error::Transport(_)) && error.is_timeout(),
        "{error:?}"
    );
    assert_eq!(
        credential_operations::DEFAULT_TIMEOUT,
        Duration::from_secs(30)
    );
}
