//! The client's fixed code, the same in every client oapigen generates: sending, retries,
//! encoding, responses and errors. What depends on the spec (its server, security schemes and
//! error models) is the sibling module `spec`; the runtime reaches it only through the imports
//! below.
mod base64;
pub(crate) mod body;
pub(crate) mod call;
pub(crate) mod client;
pub(crate) mod draft;
mod encode;
mod error;
pub(crate) mod fields;
pub(crate) mod macros;
pub(crate) mod params;
mod redirect;
pub(crate) mod response;
mod retry;
mod trace;
pub use base64::{Base64, Base64Error};
pub use body::File;
pub use call::Call;
#[allow(unused_imports)]
pub(crate) use call::{Info, Operation};
pub use client::{Client, ClientBuilder, ResponseFuture, DEFAULT_TIMEOUT};
pub use error::{DecodeError, Error, StatusError};
pub use response::{ApiResponse, ByteStream};
pub use retry::RetryPolicy;
use super::spec::{
    Auth, Credentials, ErrorBody, BASE_URL_HOST_SECRET, BASE_URL_PATH_SECRET,
    OPERATION_SERVERS, USER_AGENT,
};
