//! Responses: a success as the caller gets it, and as `send` hands it to an operation.

use super::error::{DecodeError, Error};

/// A success response: the decoded body with the status and headers it came with.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// The response status.
    pub status: reqwest::StatusCode,
    /// The response headers (rate-limit headers among them).
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
#[allow(dead_code)]
pub(crate) struct RawResponse {
    pub(crate) status: reqwest::StatusCode,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

#[allow(dead_code)]
impl RawResponse {
    /// Decode the body as JSON; an error says where in the body (the field path).
    pub(crate) fn json<T: serde::de::DeserializeOwned>(self) -> Result<ApiResponse<T>, Error> {
        let mut deserializer = serde_json::Deserializer::from_slice(&self.body);
        let decoded = match serde_path_to_error::deserialize(&mut deserializer) {
            Ok(body) => deserializer
                .end()
                .map(|()| body)
                .map_err(|source| (String::new(), source)),
            Err(error) => {
                let path = error.path().to_string();
                let path = if path == "." { String::new() } else { path };
                Err((path, error.into_inner()))
            }
        };
        match decoded {
            Ok(body) => Ok(ApiResponse {
                status: self.status,
                headers: self.headers,
                body,
            }),
            Err((path, source)) => Err(Error::Decode(Box::new(DecodeError {
                status: self.status,
                headers: self.headers,
                body: self.body,
                path,
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
            Err(error) => Err(Error::Transport(error.without_url())),
        }
    }
}
