//! The client's fixed code, the same in every client oapigen generates: sending, retries,
//! encoding, responses and errors. What depends on the spec (its server, security schemes and
//! error models) is the sibling module `spec`; the runtime reaches it only through the imports
//! below.

// In oapigen's repository these files are ordinary Rust: `runtime-tests/` compiles, lints and
// unit-tests them. The generator (`emit::rust::runtime`) copies them, laid out as written, into
// each generated crate's `src/runtime/` without their closing `#[cfg(test)]` modules, or prints
// them inline into a build script's single file. Plain comments like this one are not copied;
// doc comments are.

mod base64;
pub(crate) mod body;
pub(crate) mod call;
pub(crate) mod client;
pub(crate) mod draft;
mod encode;
mod error;
pub(crate) mod fields;
pub(crate) mod macros;
pub(crate) mod paging;
pub(crate) mod params;
mod redirect;
pub(crate) mod response;
mod retry;
mod trace;

pub use base64::{Base64, Base64Error};
pub use body::File;
pub use call::Call;
// Named by the API modules only: each operation's marker type implements `Operation` (a
// client without operations names neither).
#[allow(unused_imports)]
pub(crate) use call::{Info, Operation};
pub use client::{Client, ClientBuilder, ResponseFuture, DEFAULT_TIMEOUT};
pub use error::{DecodeError, Error, StatusError};
// Used by the clients of specs with a paged operation.
#[allow(unused_imports)]
pub use paging::{Items, Pages};
pub use response::{ApiResponse, ByteStream};
pub use retry::RetryPolicy;

use super::spec::{
    Auth, Credentials, ErrorBody, BASE_URL_HOST_SECRET, BASE_URL_PATH_SECRET, OPERATION_SERVERS,
    USER_AGENT,
};
