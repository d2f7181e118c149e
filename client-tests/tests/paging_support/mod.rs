//! What the paging tests share: the clients generated in `build.rs` and a paged mock server.

// Included into a test binary, the clients' public items that a test does not use are dead
// code and unused re-exports to rustc (the README says so for any binary).
pub mod paging {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/paging.rs"));
}

use std::time::Duration;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const TOKEN: &str = "SSWS secret-token-4711";

pub fn client(server: &MockServer) -> paging::Client {
    paging::Client::builder(format!("{}/api/v1", server.uri()))
        .api_token(TOKEN)
        .retry(paging::RetryPolicy {
            max_retries: 2,
            max_wait: Duration::from_secs(1),
        })
        .build()
        .unwrap()
}

/// `mock` for the request whose query parameter `name` is `value`, or that has none (a first
/// page).
// `paging_traced.rs` asks for no numbered pages.
#[allow(dead_code)]
pub fn asking(
    mock: wiremock::MockBuilder,
    name: &str,
    value: Option<&str>,
) -> wiremock::MockBuilder {
    match value {
        Some(value) => mock.and(query_param(name, value)),
        None => mock.and(query_param_is_missing(name)),
    }
}

pub fn users(ids: &[&str]) -> serde_json::Value {
    ids.iter()
        .map(|id| serde_json::json!({ "id": id }))
        .collect()
}

/// A page of `/api/v1/users` for the query parameter `after` (absent for the first), with a
/// `Link` to the next one when `next` is given.
pub async fn users_page(
    server: &MockServer,
    after: Option<&str>,
    ids: &[&str],
    next: Option<String>,
) {
    let mut reply = ResponseTemplate::new(200).set_body_json(users(ids));
    if let Some(next) = next {
        let link = format!(
            r#"<{next}>; rel="next", <{}/api/v1/users>; rel="self""#,
            server.uri()
        );
        reply = reply.insert_header("Link", link.as_str());
    }
    let mock = Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .and(header("Authorization", TOKEN))
        .and(query_param("limit", "2"));
    let mock = match after {
        Some(after) => mock.and(query_param("after", after)),
        None => mock.and(query_param_is_missing("after")),
    };
    mock.respond_with(reply).mount(server).await;
}

/// The page of `/api/v1/users` for `after` answers `429` once (with `Retry-After: 0`) before
/// the page itself.
pub async fn rate_limited_once(server: &MockServer, after: &str) {
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .and(query_param("after", after))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
}

/// Every item of a stream, each unwrapped (a test's stream ends without an error).
pub async fn all<'a, T: Send + 'a>(mut items: paging::Items<'a, T>) -> Vec<T> {
    let mut all = Vec::new();
    while let Some(item) = items.next().await {
        all.push(item.unwrap());
    }
    all
}

/// The number of items of each page, each page unwrapped.
// `paging_traced.rs` counts no pages.
#[allow(dead_code)]
pub async fn page_sizes<'a, T: Send + 'a>(mut pages: paging::Pages<'a, T>) -> Vec<usize> {
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        sizes.push(page.unwrap().len());
    }
    sizes
}
