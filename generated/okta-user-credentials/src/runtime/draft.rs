//! How an operation builds its request: a [`Draft`] takes one call per path piece, parameter
//! and body, keeps the first error for [`Draft::finish`], and so each operation's
//! `into_request` is a plain list of calls, with no `?` branch and no temporary to drop after
//! each (a 700-operation crate type-checks that much less).

use super::body::{self, Body, File, Part};
use super::client::Request;
use super::error::Error;
use super::params::{self, PathPiece, Style};
use super::{Auth, ErrorBody};

/// A request being built: [`Request`], with the error of the first parameter that could not be
/// encoded and the fields of a form body not yet sent.
pub(crate) struct Draft {
    request: Request,
    error: Option<Error>,
    form: Vec<(String, String)>,
    parts: Vec<Part>,
}

#[allow(dead_code)]
impl Draft {
    /// A request to the base URL with `method`, authorized by one of `auth`'s sets of schemes,
    /// its error responses read by `error_body`, accepting `accept`.
    pub(crate) fn new(
        method: reqwest::Method,
        auth: &'static [&'static [Auth]],
        error_body: fn(u16, &[u8]) -> Option<ErrorBody>,
        accept: Option<&'static str>,
    ) -> Draft {
        Draft {
            request: Request {
                method,
                auth,
                error_body,
                accept,
                ..Request::default()
            },
            error: None,
            form: Vec::new(),
            parts: Vec::new(),
        }
    }

    /// The request, or the first error.
    pub(crate) fn finish(self) -> Result<Request, Error> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(self.request),
        }
    }

    fn keep(&mut self, result: Result<(), Error>) {
        if let Err(error) = result {
            self.error.get_or_insert(error);
        }
    }

    /// The operation's own server ([`server_url`](super::client::server_url)).
    pub(crate) fn server(&mut self, server: &'static str) {
        self.request.server = Some(server);
    }

    /// The path ends with `/`.
    pub(crate) fn trailing_slash(&mut self) {
        self.request.trailing_slash = true;
    }

    /// A path segment without text or parameters.
    pub(crate) fn segment(&mut self) {
        self.request.path.push(Vec::new());
    }

    /// A path segment (or several: `api/v1/users`) of template text.
    pub(crate) fn text(&mut self, text: &'static str) {
        self.segment();
        self.and_text(text);
    }

    /// Template text in the same segment as the piece before (`{name}.json`).
    pub(crate) fn and_text(&mut self, text: &'static str) {
        self.last_segment().push(PathPiece::Text(text));
    }

    /// A path segment of a parameter, encoded by its style.
    pub(crate) fn param<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        style: Style,
        explode: bool,
    ) {
        self.segment();
        self.and_param(name, value, style, explode);
    }

    /// A parameter in the same segment as the piece before (`{name}.{ext}`).
    pub(crate) fn and_param<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        style: Style,
        explode: bool,
    ) {
        let result = params::path(name, value, style, explode)
            .map(|pieces| self.last_segment().extend(pieces));
        self.keep(result);
    }

    fn last_segment(&mut self) -> &mut Vec<PathPiece> {
        if self.request.path.is_empty() {
            self.segment();
        }
        let last = self.request.path.len() - 1;
        &mut self.request.path[last]
    }

    /// A query parameter ([`params::query`]).
    pub(crate) fn query<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) {
        let result = params::query(&mut self.request.query, name, value, style, explode);
        self.keep(result);
    }

    /// An optional query parameter: nothing when `None` ([`params::query_opt`]).
    pub(crate) fn query_opt<T: serde::Serialize>(
        &mut self,
        name: &str,
        value: &Option<T>,
        style: Style,
        explode: bool,
    ) {
        let result = params::query_opt(&mut self.request.query, name, value, style, explode);
        self.keep(result);
    }

    /// A query parameter whose reserved characters go as they are
    /// ([`params::query_reserved`]).
    pub(crate) fn query_reserved<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) {
        let result = params::query_reserved(&mut self.request.query, name, value, style, explode);
        self.keep(result);
    }

    /// A header parameter ([`params::header`]).
    pub(crate) fn header<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        explode: bool,
    ) {
        let result = params::header(&mut self.request.headers, name, value, explode);
        self.keep(result);
    }

    /// A header parameter given as JSON (`content: application/json`): its JSON text.
    pub(crate) fn header_json<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) {
        let result = params::to_json("parameter", name, value).and_then(|json| {
            params::header(&mut self.request.headers, name, &json.to_string(), false)
        });
        self.keep(result);
    }

    /// A cookie parameter given as JSON (`content: application/json`): its JSON text,
    /// percent-encoded as any cookie value is.
    pub(crate) fn cookie_json<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let result = params::to_json("parameter", name, value).and_then(|json| {
            params::cookie(&mut self.request.cookies, name, &json.to_string(), false)
        });
        self.keep(result);
    }

    /// A cookie parameter ([`params::cookie`]).
    pub(crate) fn cookie<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        explode: bool,
    ) {
        let result = params::cookie(&mut self.request.cookies, name, value, explode);
        self.keep(result);
    }

    /// A field of the form body, sent by [`Draft::form`].
    pub(crate) fn form_field<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: Style,
        explode: bool,
    ) {
        let result = body::form_field(&mut self.form, name, value, style, explode);
        self.keep(result);
    }

    /// A text part of the multipart body, sent by [`Draft::multipart`].
    pub(crate) fn multipart_field<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        content_type: Option<&str>,
    ) {
        let result = body::multipart_field(&mut self.parts, name, value, content_type);
        self.keep(result);
    }

    /// A file part of the multipart body, sent by [`Draft::multipart`].
    pub(crate) fn multipart_file(&mut self, name: &str, file: &File, content_type: Option<&str>) {
        body::multipart_file(&mut self.parts, name, file, content_type);
    }

    /// The body: `value` as JSON.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(&mut self, content_type: &str, value: &T) {
        let result = Body::json(content_type, value).map(|body| self.request.body = Some(body));
        self.keep(result);
    }

    /// The body: these bytes.
    pub(crate) fn bytes(&mut self, content_type: &str, bytes: impl Into<Vec<u8>>) {
        self.request.body = Some(Body::bytes(content_type, bytes));
    }

    /// The body: the form's fields.
    pub(crate) fn form(&mut self, content_type: &str) {
        self.request.body = Some(Body::form(content_type, &self.form));
    }

    /// The body: the multipart form's parts.
    pub(crate) fn multipart(&mut self) {
        self.request.body = Some(Body::Multipart(std::mem::take(&mut self.parts)));
    }

    /// The media type the body goes as: `chosen` (the caller's `content_type`), when it is one
    /// of `listed`, else the first of `listed` (an error when `chosen` is another).
    pub(crate) fn media_type(
        &mut self,
        chosen: Option<&'static str>,
        listed: &'static [&'static str],
    ) -> &'static str {
        match chosen {
            Some(chosen) if !listed.contains(&chosen) => {
                self.keep(Err(Error::Request(format!(
                    "{chosen:?} is not a media type this request's body can be sent as ({})",
                    listed.join(", ")
                ))));
                listed[0]
            }
            Some(chosen) => chosen,
            None => listed[0],
        }
    }
}
