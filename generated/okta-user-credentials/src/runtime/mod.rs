//! The client's fixed code, the same in every client oapigen generates: sending, retries,
//! encoding, responses and errors. What depends on the spec (its server, security schemes and
//! error models) is the sibling module `spec`; the runtime reaches it only through the imports
//! below.
mod client;
mod encode;
mod error;
mod redirect;
mod response;
mod retry;
pub use client::{Client, ClientBuilder, DEFAULT_TIMEOUT};
pub use error::{DecodeError, Error, StatusError};
pub use response::ApiResponse;
pub use retry::RetryPolicy;
pub(crate) use client::Request;
pub(crate) use response::RawResponse;
use super::spec::{Auth, Credentials, ErrorBody, USER_AGENT};
