//! Request bodies (JSON, forms, text, bytes, multipart), kept as data so that a retry or a
//! redirect can send them again, and the `File` a multipart form uploads.

use super::encode;
use super::error::Error;
use super::params::{brackets, sorted, text, to_json, Style};
use serde_json::Value;
use std::fmt;

/// A file to upload in a multipart form: its bytes, and the file name and content type its
/// part announces.
///
/// `Debug` shows the size, not the content.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    bytes: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl File {
    /// A file of these bytes, with no file name and no content type of its own (the part
    /// then says `application/octet-stream`, unless the spec names a content type).
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> Self {
        File {
            bytes: bytes.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// The file at `path`, read into memory, named after the path's last component.
    pub async fn read(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let bytes = tokio::fs::read(path).await?;
        let file_name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        Ok(File {
            bytes,
            file_name,
            content_type: None,
        })
    }

    /// The file name the part announces (`filename=` in its `Content-Disposition`).
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// The part's content type, e.g. `image/png`.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File")
            .field("bytes", &format_args!("[{} bytes]", self.bytes.len()))
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl From<Vec<u8>> for File {
    fn from(bytes: Vec<u8>) -> Self {
        File::from_bytes(bytes)
    }
}

/// A request body, ready to send (again).
#[allow(dead_code)]
#[derive(Debug, Clone)]
pub(crate) enum Body {
    /// Bytes with their content type.
    Bytes {
        content_type: String,
        bytes: Vec<u8>,
    },
    /// A `multipart/form-data` form; its boundary is chosen at each sending.
    Multipart(Vec<Part>),
}

/// One part of a multipart form.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    name: String,
    bytes: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[allow(dead_code)]
impl Body {
    /// `value` as JSON.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(
        content_type: &str,
        value: &T,
    ) -> Result<Body, Error> {
        let bytes = serde_json::to_vec(value)
            .map_err(|e| Error::Request(format!("the request body does not serialize: {e}")))?;
        Ok(Body::Bytes {
            content_type: content_type.to_string(),
            bytes,
        })
    }

    /// Bytes or text as they are.
    pub(crate) fn bytes(content_type: &str, bytes: impl Into<Vec<u8>>) -> Body {
        Body::Bytes {
            content_type: content_type.to_string(),
            bytes: bytes.into(),
        }
    }

    /// An `application/x-www-form-urlencoded` body of the fields `form_field` collected.
    pub(crate) fn form(content_type: &str, pairs: &[(String, String)]) -> Body {
        Body::bytes(content_type, encode::form(pairs))
    }

    /// Whether there is nothing to send.
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Body::Bytes { bytes, .. } => bytes.is_empty(),
            Body::Multipart(parts) => parts.is_empty(),
        }
    }

    /// Puts the body (and its content type) on a request.
    pub(crate) fn apply(
        &self,
        builder: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder, Error> {
        match self {
            Body::Bytes {
                content_type,
                bytes,
            } => Ok(builder
                .header(reqwest::header::CONTENT_TYPE, content_type.as_str())
                .body(bytes.clone())),
            Body::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for part in parts {
                    form = form.part(part.name.clone(), part.to_reqwest()?);
                }
                Ok(builder.multipart(form))
            }
        }
    }
}

impl Part {
    fn to_reqwest(&self) -> Result<reqwest::multipart::Part, Error> {
        let mut part = reqwest::multipart::Part::bytes(self.bytes.clone());
        if let Some(file_name) = &self.file_name {
            part = part.file_name(file_name.clone());
        }
        if let Some(content_type) = &self.content_type {
            part = part.mime_str(content_type).map_err(|_| {
                Error::Request(format!(
                    "part `{}`: {content_type:?} is not a content type",
                    self.name
                ))
            })?;
        }
        Ok(part)
    }
}

/// A field's value as JSON, or an error naming it.
fn json<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<Value, Error> {
    to_json("form field", name, value)
}

/// Adds a field of an `application/x-www-form-urlencoded` body to `pairs` (not yet encoded),
/// as its `encoding` says: scalars as `name=value`; arrays repeated (`explode`, the default)
/// or comma-joined, or indexed (`name[0]=value`, `deepObject`); objects as `name[key]=value`
/// (`deepObject`) or as their members (`form` with `explode`); anything nested deeper in
/// brackets (`items[0][price]`).
#[allow(dead_code)]
pub(crate) fn form_field<T: serde::Serialize + ?Sized>(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<(), Error> {
    let value = json(name, value)?;
    let nested = |v: &Value| v.is_object() || v.is_array();
    match &value {
        Value::Array(items) if style != Style::DeepObject && !items.iter().any(nested) => {
            if explode {
                pairs.extend(items.iter().map(|item| (name.to_string(), text(item))));
            } else {
                let joined: Vec<String> = items.iter().map(text).collect();
                pairs.push((name.to_string(), joined.join(",")));
            }
        }
        Value::Object(members)
            if style != Style::DeepObject && explode && !members.values().any(nested) =>
        {
            pairs.extend(
                sorted(members)
                    .into_iter()
                    .map(|(k, v)| (k.clone(), text(v))),
            );
        }
        Value::Array(_) | Value::Object(_) => brackets(name, &value, pairs),
        scalar => pairs.push((name.to_string(), text(scalar))),
    }
    Ok(())
}

/// Adds a text field to a multipart form: scalars as text, one part per item of an array of
/// scalars, anything else as a JSON part. `content_type` is the spec's `encoding`, if any.
#[allow(dead_code)]
pub(crate) fn multipart_field<T: serde::Serialize + ?Sized>(
    parts: &mut Vec<Part>,
    name: &str,
    value: &T,
    content_type: Option<&str>,
) -> Result<(), Error> {
    let typed = value;
    let value = json(name, value)?;
    let part = |bytes: Vec<u8>, content_type: Option<&str>| Part {
        name: name.to_string(),
        bytes,
        file_name: None,
        content_type: content_type.map(str::to_string),
    };
    match &value {
        Value::Array(items) if !items.iter().any(|v| v.is_object() || v.is_array()) => {
            parts.extend(
                items
                    .iter()
                    .map(|item| part(text(item).into_bytes(), content_type)),
            );
        }
        Value::Array(_) | Value::Object(_) => {
            let json = serde_json::to_vec(typed).map_err(|e| {
                Error::Request(format!("form field `{name}` does not serialize: {e}"))
            })?;
            let content_type = content_type.unwrap_or("application/json");
            parts.push(part(json, Some(content_type)));
        }
        scalar => parts.push(part(text(scalar).into_bytes(), content_type)),
    }
    Ok(())
}

/// Adds a file to a multipart form. The file's own content type wins over the spec's
/// `encoding`; without either, the part says `application/octet-stream`.
#[allow(dead_code)]
pub(crate) fn multipart_file(
    parts: &mut Vec<Part>,
    name: &str,
    file: &File,
    content_type: Option<&str>,
) {
    let content_type = file
        .content_type
        .clone()
        .or_else(|| content_type.map(str::to_string))
        .unwrap_or_else(|| "application/octet-stream".to_string());
    parts.push(Part {
        name: name.to_string(),
        bytes: file.bytes.clone(),
        file_name: Some(file.file_name.clone().unwrap_or_else(|| name.to_string())),
        content_type: Some(content_type),
    });
}
