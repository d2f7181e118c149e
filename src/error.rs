//! The generator's errors: values that say what went wrong and where.

use std::fmt;
use std::path::PathBuf;

/// Where in a spec something is: the file, the line when it can be found, and the
/// JSON pointer of the node (`#/paths/~1users/get`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The spec file, as the path it was read from.
    pub file: PathBuf,
    /// The 1-based line of the node, when it can be found in the text.
    pub line: Option<usize>,
    /// The JSON pointer of the node (`#/paths/~1users/get`); empty for the whole document.
    pub pointer: String,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, " ({})", self.pointer)?;
        }
        Ok(())
    }
}

/// Everything that can stop a generation. Each kind prints as
/// `kind: detail` with the location first where there is one.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The document is not valid YAML/JSON, or not an OpenAPI 3.0 document.
    #[error("{location}: invalid OpenAPI document: {message}")]
    Parse {
        /// Where the parser stopped.
        location: Location,
        /// What the parser expected.
        message: String,
    },
    /// The document is well-formed but says something the generator cannot turn into a client
    /// (a dangling `$ref`, a parameter type it cannot send, ...).
    #[error("{location}: {message}")]
    Spec {
        /// The node the problem is about.
        location: Location,
        /// What is wrong with it.
        message: String,
    },
    /// A docs template failed to render (a bug in oapigen, reported with its template).
    #[error("docs template: {0:#}")]
    Template(#[from] minijinja::Error),
    /// The Rust emitter produced tokens that do not parse (a bug in oapigen).
    #[error("generated Rust for {file} does not parse: {message}")]
    RustSyntax {
        /// The generated file (`src/models.rs`).
        file: String,
        /// The parser's message.
        message: String,
    },
    /// Bad input from the command line or the build-script API.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// The location in the spec, when the error is about one.
    pub fn location(&self) -> Option<&Location> {
        match self {
            Error::Parse { location, .. } | Error::Spec { location, .. } => Some(location),
            _ => None,
        }
    }
}

/// `Result` with the generator's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
