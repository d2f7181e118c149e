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

impl<T> ApiResponse<T> {
    /// The same response with its body changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ApiResponse<U> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

/// A success response, not yet decoded.
// Which of `json` and `empty` a client uses depends on its spec's operations.
#[allow(dead_code)]
pub(crate) struct RawResponse {
    pub(crate) status: reqwest::StatusCode,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

#[allow(dead_code)]
impl RawResponse {
    /// Decode the body as JSON.
    pub(crate) fn json<T: serde::de::DeserializeOwned>(self) -> Result<ApiResponse<T>, Error> {
        match serde_json::from_slice(&self.body) {
            Ok(body) => Ok(ApiResponse {
                status: self.status,
                headers: self.headers,
                body,
            }),
            Err(source) => Err(Error::Decode(Box::new(DecodeError {
                status: self.status,
                headers: self.headers,
                body: self.body,
                source,
            }))),
        }
    }

    /// The body as text (invalid UTF-8 replaced).
    pub(crate) fn text(self) -> ApiResponse<String> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: String::from_utf8_lossy(&self.body).into_owned(),
        }
    }

    /// The body as bytes.
    pub(crate) fn bytes(self) -> ApiResponse<Vec<u8>> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: self.body,
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

/// A success response whose body is read piece by piece, for downloads too large to hold
/// in memory. The client's timeout still bounds the whole call, reading included.
#[derive(Debug)]
pub struct ByteStream {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers.
    pub headers: reqwest::header::HeaderMap,
    response: reqwest::Response,
}

impl ByteStream {
    // Used by the operations that download bytes: a spec may have none.
    #[allow(dead_code)]
    pub(crate) fn new(response: reqwest::Response) -> Self {
        ByteStream {
            status: response.status(),
            headers: response.headers().clone(),
            response,
        }
    }

    /// The next piece of the body, or `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Vec<u8>>, Error> {
        match self.response.chunk().await {
            Ok(chunk) => Ok(chunk.map(|bytes| bytes.to_vec())),
            // The URL may hold an API key: errors never show it.
            Err(error) => Err(Error::Transport(error.without_url())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(body: &str) -> RawResponse {
        RawResponse {
            status: reqwest::StatusCode::OK,
            headers: reqwest::header::HeaderMap::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn json_decodes_the_body() {
        let response = raw(r#"{"a": 1}"#).json::<serde_json::Value>().unwrap();
        assert_eq!(response.body["a"], 1);
        assert_eq!(response.status, reqwest::StatusCode::OK);
    }

    #[test]
    fn a_body_that_does_not_decode_is_a_decode_error_that_keeps_it() {
        let Err(Error::Decode(e)) = raw("not json").json::<serde_json::Value>() else {
            panic!("expected a decode error");
        };
        assert_eq!(e.body, b"not json");
    }
}
