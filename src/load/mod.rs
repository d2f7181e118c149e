//! Stage one: read a YAML or JSON file into an [`openapiv3::OpenAPI`], keeping the text so
//! later errors can point at a line.

use crate::error::{Error, Location, Result};
use crate::location::{LineIndex, line_of_pointer};
use std::sync::OnceLock;

mod hoist;
mod narrow;
pub mod schemas;
mod tidy;
pub mod v31;
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
    /// What loading could not keep (3.1 keywords with no 3.0 form): (pointer, message).
    pub warnings: Vec<v31::LoadWarning>,
    /// Its webhooks (3.1), payloads as component schemas.
    pub webhooks: Vec<v31::WebhookDecl>,
    /// The text's lines, indexed on the first lookup of a pointer.
    lines: OnceLock<LineIndex>,
}

impl Spec {
    /// The location of the node at `pointer` (`#/paths/~1users`), with its line when found.
    pub fn locate(&self, pointer: &str) -> Location {
        Location {
            file: self.path.clone(),
            line: self
                .lines
                .get_or_init(|| LineIndex::new(&self.text))
                .line_of(&self.text, pointer),
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
///
/// The text is read as a plain value first: its version is checked, and its schemas one by
/// one (see [`schemas`]), before the typed parse.
pub fn parse(path: &Path, text: String) -> Result<Spec> {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let mut raw = raw_value(path, &text, is_json)?;
    let (mut warnings, webhooks) = if v31::is_31(&raw) {
        v31::normalize(&mut raw)
    } else {
        Default::default()
    };
    check_version(path, &text, &raw)?;
    check_path_keys(path, &text, &raw)?;
    // Callbacks first: their warnings name the path as the text has it.
    tidy::drop_callbacks(&mut raw, &mut warnings);
    tidy::strip_query_from_path_keys(&mut raw, &mut warnings);
    hoist::hoist_inline_refs(&mut raw);
    // Deep schemas are checked one by one first: a bad one deep down would make the typed
    // parse retry its way up, in time exponential in the depth (see `schemas`). Shallow ones
    // only when the typed parse fails, to say where and what.
    repair_schemas(
        path,
        &text,
        &mut raw,
        &mut warnings,
        schemas::CHECKED_ALONE_FROM,
    )?;
    let typed =
        |raw: &serde_yaml::Value| <openapiv3::OpenAPI as serde::Deserialize>::deserialize(raw).ok();
    let doc = match typed(&raw) {
        Some(doc) => Ok(doc),
        None => {
            repair_schemas(path, &text, &mut raw, &mut warnings, 0)?;
            match typed(&raw) {
                Some(doc) => Ok(doc),
                // As in `raw_value`: the path of an error is found by a second, tracking read.
                None => serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&raw),
            }
        }
    };
    let doc = doc.map_err(|e| {
        let serde_path = e.path().to_string();
        parse_error(path, &text, &raw, &serde_path, None, e.inner().to_string())
    })?;
    Ok(Spec {
        path: path.to_path_buf(),
        text,
        doc,
        warnings,
        webhooks,
        lines: OnceLock::new(),
    })
}

/// Checks the schemas `min_depth` deep or deeper one by one (see [`schemas::check`]): a
/// validation or documentation keyword of the wrong type (`pattern: 0`) says nothing the client
/// needs, and goes, with a warning; any other fault is a located error.
fn repair_schemas(
    path: &Path,
    text: &str,
    raw: &mut serde_yaml::Value,
    warnings: &mut Vec<v31::LoadWarning>,
    min_depth: usize,
) -> Result<()> {
    while let Some((pointer, message)) = schemas::check(raw, min_depth) {
        if let Some(keyword) = schemas::drop_bad_keyword(raw, &pointer) {
            warnings.push((
                pointer,
                format!("`{keyword}` is not valid here ({message}); ignored"),
            ));
            continue;
        }
        return Err(Error::Parse {
            location: Location {
                file: path.to_path_buf(),
                line: line_of_pointer(text, &pointer),
                pointer,
            },
            message,
        });
    }
    Ok(())
}

/// The document as a plain value, or a syntax error with its line.
fn raw_value(path: &Path, text: &str, is_json: bool) -> Result<serde_yaml::Value> {
    let syntax = |line: Option<usize>, serde_path: &str, message: String| {
        let pointer = narrow::join("#", serde_path);
        Error::Parse {
            location: Location {
                file: path.to_path_buf(),
                line,
                pointer: if pointer == "#" {
                    String::new()
                } else {
                    pointer
                },
            },
            message,
        }
    };
    if is_json {
        let mut de = serde_json::Deserializer::from_str(text);
        let json =
            serde_path_to_error::deserialize::<_, serde_json::Value>(&mut de).map_err(|e| {
                let line = Some(e.inner().line()).filter(|&l| l > 0);
                syntax(line, &e.path().to_string(), e.inner().to_string())
            })?;
        // Not through YAML's parser: it refuses keys longer than 1024 characters.
        return serde_yaml::to_value(json).map_err(|e| syntax(None, "", e.to_string()));
    }
    // Paths are tracked only to say where an error is: a document that parses is read once
    // without them, and one that does not is read again with them.
    if let Ok(value) = serde_yaml::from_str(text) {
        return Ok(value);
    }
    let de = serde_yaml::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let line = e.inner().location().map(|l| l.line());
        syntax(line, &e.path().to_string(), e.inner().to_string())
    })
}

/// Path keys must start with `/`; the typed parse would drop any other silently.
fn check_path_keys(path: &Path, text: &str, raw: &serde_yaml::Value) -> Result<()> {
    let Some(serde_yaml::Value::Mapping(paths)) = raw.get("paths") else {
        return Ok(());
    };
    for key in paths.keys() {
        let key = match key {
            serde_yaml::Value::String(key) => key.clone(),
            other => format!("{other:?}"),
        };
        if !key.starts_with('/') && !key.starts_with("x-") {
            let pointer = format!("#/paths/{}", crate::location::escape(&key));
            return Err(Error::Parse {
                location: Location {
                    file: path.to_path_buf(),
                    line: line_of_pointer(text, &pointer),
                    pointer,
                },
                message: format!("the path `{key}` must start with `/` (did you mean `/{key}`?)"),
            });
        }
    }
    Ok(())
}

/// The versions oapigen reads, as a sentence for errors.
const SUPPORTED: &str = "oapigen reads OpenAPI 3.0.x and 3.1.x documents";

fn check_version(path: &Path, text: &str, raw: &serde_yaml::Value) -> Result<()> {
    let error = |pointer: &str, message: String| Error::Parse {
        location: Location {
            file: path.to_path_buf(),
            line: line_of_pointer(text, pointer),
            pointer: pointer.to_string(),
        },
        message,
    };
    let field = |name: &str| match raw.get(name) {
        Some(serde_yaml::Value::String(s)) => Some(s.clone()),
        Some(serde_yaml::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    if let Some(swagger) = field("swagger") {
        return Err(error(
            "#/swagger",
            format!(
                "`swagger: {swagger}` is a Swagger (OpenAPI 2.0) document, which is not \
                 supported: {SUPPORTED}. Convert it first, e.g. with \
                 `npx swagger2openapi {} -o openapi.yaml`, or in editor.swagger.io (Edit → \
                 Convert to OpenAPI 3)",
                path.display()
            ),
        ));
    }
    match field("openapi") {
        Some(version) if version.starts_with("3.0") => Ok(()),
        Some(version) => Err(error(
            "#/openapi",
            format!("`openapi: {version}` is not supported; {SUPPORTED}"),
        )),
        None => Err(error(
            "",
            format!("this is not an OpenAPI document: it has no `openapi` field; {SUPPORTED}"),
        )),
    }
}

/// Turn a serde path (`paths./users.get.responses`) into a JSON pointer and find its line.
/// Where serde lost the path (below a `#[serde(flatten)]`), the document's parts are checked
/// one by one to point at the one that is wrong.
fn parse_error(
    path: &Path,
    text: &str,
    raw: &serde_yaml::Value,
    serde_path: &str,
    line: Option<usize>,
    message: String,
) -> Error {
    let mut pointer = narrow::join("#", serde_path);
    let mut message = message;
    let mut line = line;
    let narrowed = narrow::narrow(raw)
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
