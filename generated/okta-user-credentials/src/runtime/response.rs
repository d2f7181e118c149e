//! Responses: a success as the caller gets it, and as `send` hands it to an operation.
use super::error::{DecodeError, Error};
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
/// A success response, not yet decoded.
#[allow(dead_code)]
pub(crate) struct RawResponse {
    pub(crate) status: reqwest::StatusCode,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}
#[allow(dead_code)]
impl RawResponse {
    /// Decode the body as JSON.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(
        self,
    ) -> Result<ApiResponse<T>, Error> {
        match serde_json::from_slice(&self.body) {
            Ok(body) => {
                Ok(ApiResponse {
                    status: self.status,
                    headers: self.headers,
                    body,
                })
            }
            Err(source) => {
                Err(
                    Error::Decode(
                        Box::new(DecodeError {
                            status: self.status,
                            headers: self.headers,
                            body: self.body,
                            source,
                        }),
                    ),
                )
            }
        }
    }
    /// A response whose body, if any, carries nothing documented.
    pub(crate) fn empty(self) -> ApiResponse<()> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: (),
        }
    }
}
