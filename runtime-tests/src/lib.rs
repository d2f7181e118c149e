//! oapigen's client runtime (`src/runtime/`), compiled as Rust with its unit tests.
//!
//! The runtime is the fixed part of every generated crate. Here it sits in the shape of one:
//! the spec-dependent modules (`spec`, `models`, `apis`) are those of the checked-in
//! `generated/okta-user-credentials` crate, and `runtime` is the source itself, `#[cfg(test)]`
//! items included. `cargo clippy --workspace` lints it; `cargo test -p runtime-tests` runs its
//! tests.

// Generated code keeps prettyplease's layout: `cargo fmt` must not touch it (`check` would
// then fail), hence the `rustfmt::skip`s.
#[rustfmt::skip]
#[path = "../../generated/okta-user-credentials/src/apis/mod.rs"]
pub mod apis;
#[rustfmt::skip]
#[path = "../../generated/okta-user-credentials/src/models.rs"]
pub mod models;
#[path = "../../src/runtime/mod.rs"]
mod runtime;
#[rustfmt::skip]
#[path = "../../generated/okta-user-credentials/src/spec.rs"]
mod spec;

pub use runtime::{
    ApiResponse, Base64, Base64Error, ByteStream, Client, ClientBuilder, DecodeError, Error, File,
    ResponseFuture, RetryPolicy, StatusError, DEFAULT_TIMEOUT,
};
pub use runtime::{Items, Pages};
pub use spec::{ErrorBody, DEFAULT_BASE_URL, USER_AGENT};

/// A list operation as the generator writes one (`GET /things?limit=2`, paged by `Link`, or by
/// the body's `next` cursor sent back as `?cursor=`), so that the runtime's paging compiles as
/// a client uses it; `tests/` of the workspace run generated ones against loopback servers.
pub fn list_things(client: &Client, by_cursor: bool) -> Pages<'_, serde_json::Value> {
    use runtime::client::Request;
    use runtime::paging::Follow;
    use runtime::params::PathPiece;
    use runtime::response::RawResponse;
    let request = Request {
        operation: "listThings",
        path: Vec::from([Vec::from([PathPiece::Text("things")])]),
        query: Vec::from([("limit".to_string(), "2".to_string())]),
        ..Request::default()
    };
    if by_cursor {
        Pages::new(
            client,
            Ok(request),
            RawResponse::json::<serde_json::Value>,
            |mut page| {
                let items = match page["items"].take() {
                    serde_json::Value::Array(items) => items,
                    _ => Vec::new(),
                };
                (items, page["next"].as_str().map(str::to_string))
            },
            Follow::Cursor("cursor"),
        )
    } else {
        Pages::new(
            client,
            Ok(request),
            RawResponse::json::<Vec<serde_json::Value>>,
            |items| (items, None),
            Follow::Link,
        )
    }
}
