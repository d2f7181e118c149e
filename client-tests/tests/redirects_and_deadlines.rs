//! Issue 9, the generated client: no credential or body crosses to another origin on a
//! redirect; the client's timeout bounds the whole call, retries and their waits included;
//! `Retry-After` as an HTTP date. Against loopback servers: the API (wiremock) and, where a
//! redirect points away, a second server on another port, which is another origin.
//!
//! Timing: elapsed times are only bounded from above, generously (a wait that was wrongly
//! started would take a minute), except where a wait is checked to have happened, which is a
//! lower bound on a `tokio::time::sleep` and cannot flake.
use std::time::{Duration, SystemTime};

use client_tests::quickly;
use okta_user_credentials::{Client, Error, RetryPolicy, models};
use reqwest::StatusCode;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN: &str = "redirect-token-SECRET";
const OLD: &str = "old-password-SECRET";
const NEW: &str = "new-password-SECRET";
const USER: &str = "00ub0oNGTSWTBKOLGLNR";
const CHANGE: &str = "/api/v1/users/00ub0oNGTSWTBKOLGLNR/credentials/change_password";

fn body() -> models::ChangePasswordRequest {
    let password = |value: &str| models::PasswordCredential {
        value: Some(value.into()),
        ..Default::default()
    };
    models::ChangePasswordRequest {
        new_password: Some(password(NEW)),
        old_password: Some(password(OLD)),
        revoke_sessions: None,
    }
}

fn client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .api_token(TOKEN)
        .build()
        .unwrap()
}

/// The API answers `change_password` with `status` and a `Location`.
async fn api_redirecting(status: u16, location: &str) -> MockServer {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CHANGE))
        .respond_with(ResponseTemplate::new(status).insert_header("Location", location))
        .mount(&api)
        .await;
    api
}

/// A server that answers anything with an empty JSON object and records what it got.
async fn other_origin() -> MockServer {
    let other = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&other)
        .await;
    other
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording")
}

fn shows_a_secret(request: &Request) -> bool {
    let mut text = format!("{} {:?}", request.url, request.headers);
    text.push_str(&String::from_utf8_lossy(&request.body));
    [TOKEN, OLD, NEW].iter().any(|secret| text.contains(secret))
}

fn status_of<T: std::fmt::Debug>(result: Result<T, Error>) -> StatusCode {
    match result {
        Err(Error::Status(e)) => e.status,
        other => panic!("expected Error::Status, got {other:?}"),
    }
}

// Guards: a 307/308 to another origin would re-send both passwords and the token there
// (reqwest's default policy follows it with the body). It is returned instead, Location
// readable, and the other origin hears nothing.
#[tokio::test]
async fn a_body_is_never_redirected_to_another_origin() {
    for status in [307, 308] {
        let other = other_origin().await;
        let api = api_redirecting(status, &format!("{}/collect", other.uri())).await;
        let result = client(&api).user_cred().change_password(USER, body()).await;
        let Err(Error::Status(error)) = result else {
            panic!("{status}: expected the redirect as an error, got {result:?}");
        };
        assert_eq!(error.status.as_u16(), status);
        assert!(error.headers.contains_key("location"));
        assert!(received(&other).await.is_empty(), "{status}: followed");
    }
}

// Guards: a 302 or 303 after a POST becomes a GET without a body; to another origin it goes
// without the token, so the other origin sees no secret at all.
#[tokio::test]
async fn another_origin_gets_neither_the_token_nor_the_body() {
    for status in [302, 303] {
        let other = other_origin().await;
        let api = api_redirecting(status, &format!("{}/elsewhere?x=1", other.uri())).await;
        let result = client(&api).user_cred().change_password(USER, body()).await;
        assert!(result.is_ok(), "{status}: {result:?}");
        let got = received(&other).await;
        assert_eq!(got.len(), 1, "{status}");
        assert_eq!(got[0].method.as_str(), "GET");
        assert_eq!(got[0].url.path(), "/elsewhere");
        assert!(got[0].body.is_empty());
        assert!(!got[0].headers.contains_key("authorization"));
        assert!(!shows_a_secret(&got[0]), "{status}: {got:?}");
    }
}

// Guards: within the API's origin a 307 is followed with everything (token and body), as
// the API meant.
#[tokio::test]
async fn a_redirect_within_the_origin_keeps_the_request() {
    let api = api_redirecting(307, "/moved").await;
    Mock::given(method("POST"))
        .and(path("/moved"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
        .mount(&api)
        .await;
    let result = client(&api).user_cred().change_password(USER, body()).await;
    assert!(result.is_ok(), "{result:?}");
    let got = received(&api).await;
    assert_eq!(got.len(), 2);
    let moved = &got[1];
    assert_eq!(
        (moved.method.as_str(), moved.url.path()),
        ("POST", "/moved")
    );
    assert_eq!(
        moved.headers["authorization"],
        format!("SSWS {TOKEN}").as_str()
    );
    assert_eq!(moved.body, got[0].body);
    assert!(String::from_utf8_lossy(&moved.body).contains(NEW));
}

// Guards: a redirect loop ends: after 10 redirects the last 3xx is returned.
#[tokio::test]
async fn a_redirect_loop_ends() {
    let api = api_redirecting(307, CHANGE).await;
    let (result, _) = quickly(client(&api).user_cred().change_password(USER, body())).await;
    assert_eq!(status_of(result), StatusCode::TEMPORARY_REDIRECT);
    assert_eq!(received(&api).await.len(), 11);
}

async fn always_429(retry_after: &str) -> MockServer {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", retry_after))
        .mount(&api)
        .await;
    api
}

// Guards: with `Retry-After: 999999999` and a 1 s timeout, the call took 2 x 60 s: a wait that
// would end past the deadline is not started, and the 429 comes back at once.
#[tokio::test]
async fn the_timeout_bounds_the_whole_call() {
    let api = always_429("999999999").await;
    let c = Client::builder(api.uri())
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    assert_eq!(status_of(result), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(received(&api).await.len(), 1);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

// Guards: waits that fit are still taken, and what the attempts and waits spend comes out of
// one budget: after two 400 ms waits, a third does not fit in 1 s.
#[tokio::test]
async fn retries_share_one_budget() {
    // No `Retry-After`: the backoff (250 ms, 500 ms, ...) is the wait, capped at 400 ms.
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429))
        .mount(&api)
        .await;
    let c = Client::builder(api.uri())
        .timeout(Duration::from_millis(1000))
        .retry(RetryPolicy {
            max_retries: 10,
            max_wait: Duration::from_millis(400),
        })
        .build()
        .unwrap();
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    assert_eq!(status_of(result), StatusCode::TOO_MANY_REQUESTS);
    // Waits of 250 ms and 400 ms fit (650 ms); the next 400 ms does not.
    assert_eq!(received(&api).await.len(), 3);
    assert!(elapsed >= Duration::from_millis(650), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
}

fn http_date(time: SystemTime) -> String {
    // IMF-fixdate, by hand: the tests depend on no date crate either.
    let secs = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil from days (Howard Hinnant).
    let z = days as i64 + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{weekday}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        months[month as usize - 1],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

// Guards: `Retry-After` as an HTTP date was ignored (the backoff was used instead). A date far
// ahead means a wait past the 1 s timeout: the 429 comes back after one request. Ignored, the
// 250 ms backoff would have fit and the request been sent again.
#[tokio::test]
async fn retry_after_as_a_far_date_is_honoured() {
    let far = SystemTime::now() + Duration::from_secs(3600);
    let api = always_429(&http_date(far)).await;
    let c = Client::builder(api.uri())
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let (result, _) = quickly(c.user_cred().expire_password(USER)).await;
    assert_eq!(status_of(result), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(received(&api).await.len(), 1);
}

// Guards: an HTTP date three seconds ahead is waited for before the retry: at least one
// second, whatever the date's one-second resolution and the test's own set-up take off it.
#[tokio::test]
async fn retry_after_as_a_near_date_is_waited_for() {
    let soon = SystemTime::now() + Duration::from_secs(3);
    let api = always_429(&http_date(soon)).await;
    let c = Client::builder(api.uri())
        .retry(RetryPolicy {
            max_retries: 1,
            max_wait: Duration::from_secs(60),
        })
        .build()
        .unwrap();
    let (result, elapsed) = quickly(c.user_cred().expire_password(USER)).await;
    assert_eq!(status_of(result), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(received(&api).await.len(), 2);
    assert!(
        elapsed >= Duration::from_secs(1),
        "retried after {elapsed:?}"
    );
}

#[test]
fn the_test_date_formatter_is_right() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    assert_eq!(http_date(at), "Sun, 06 Nov 1994 08:49:37 GMT");
}
