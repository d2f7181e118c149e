//! Stage one: read a YAML or JSON file into an [`openapiv3::OpenAPI`], keeping the text so
//! later errors can point at a line.

use crate::error::{Error, Location, Result};
use crate::location::line_of_pointer;

mod narrow;
use std::path::{Path, PathBuf};

/// A parsed spec and where it came from.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file it was read from, as given (errors name it so).
    pub path: PathBuf,
    /// The text of the file, for finding the line of a JSON pointer.
    pub text: String,
    /// The parsed document.
    pub doc: openapiv3::OpenAPI,
}

impl Spec {
    /// The location of the node at `pointer` (`#/paths/~1users`), with its line when found.
    pub fn locate(&self, pointer: &str) -> Location {
        Location {
            file: self.path.clone(),
            line: line_of_pointer(&self.text, pointer),
            pointer: pointer.to_string(),
        }
    }

    /// A [`Error::Spec`] at `pointer`.
    pub fn error(&self, pointer: &str, message: impl Into<String>) -> Error {
        Error::Spec {
            location: self.locate(pointer),
            message: message.into(),
        }
    }
}

/// Read and parse the spec at `path`. `.json` files are read as JSON, anything else as YAML.
pub fn load(path: &Path) -> Result<Spec> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, text)
}

/// Parse spec text; `path` names it in errors and decides JSON or YAML.
pub fn parse(path: &Path, text: String) -> Result<Spec> {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    // Each parser says where it stopped in its own way: (serde path, line, message).
    let parsed = if is_json {
        let mut de = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let line = Some(e.inner().line()).filter(|&l| l > 0);
            (e.path().to_string(), line, e.inner().to_string())
        })
    } else {
        let de = serde_yaml::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let line = e.inner().location().map(|l| l.line());
            (e.path().to_string(), line, e.inner().to_string())
        })
    };
    let doc = parsed.map_err(|(serde_path, line, message)| {
        parse_error(path, &text, &serde_path, line, message)
    })?;
    let spec = Spec {
        path: path.to_path_buf(),
        text,
        doc,
    };
    check_version(&spec)?;
    Ok(spec)
}

fn check_version(spec: &Spec) -> Result<()> {
    if spec.doc.openapi.starts_with("3.0") {
        Ok(())
    } else {
        Err(Error::Parse {
            location: spec.locate("#/openapi"),
            message: format!(
                "`openapi: {}` is not supported; oapigen reads OpenAPI 3.0 documents",
                spec.doc.openapi
            ),
        })
    }
}

/// Turn a serde path (`paths./users.get.responses`) into a JSON pointer and find its line.
/// Where serde lost the path (below a `#[serde(flatten)]`), the document's parts are checked
/// one by one to point at the one that is wrong.
fn parse_error(
    path: &Path,
    text: &str,
    serde_path: &str,
    line: Option<usize>,
    message: String,
) -> Error {
    let mut pointer = narrow::join("#", serde_path);
    let mut message = message;
    let mut line = line;
    let narrowed = serde_yaml::from_str::<serde_yaml::Value>(text)
        .ok()
        .and_then(|doc| narrow::narrow(&doc))
        .filter(|(deeper, _)| deeper.starts_with(&pointer) && deeper.len() > pointer.len());
    if let Some((deeper, deeper_message)) = narrowed {
        line = line_of_pointer(text, &deeper).or(line);
        pointer = deeper;
        message = deeper_message;
    }
    if pointer == "#" {
        pointer.clear();
    }
    let line = line.or_else(|| line_of_pointer(text, &pointer));
    Error::Parse {
        location: Location {
            file: path.to_path_buf(),
            line,
            pointer,
        },
        message,
    }
}
