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
pub use spec::{ErrorBody, DEFAULT_BASE_URL, USER_AGENT};
