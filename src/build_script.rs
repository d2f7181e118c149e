//! Generating the client from a build script (`build.rs`), like `prost-build` does for
//! protobuf.
//!
//! [`generate_client`] is the one-line form; [`Config`] sets the options. Either reads the
//! spec, writes the whole client as **one Rust file** to `OUT_DIR` (every module inline, so a
//! single `include!` brings it in), and tells Cargo to run the build script again when the spec
//! changes.
//!
//! `build.rs`:
//!
//! ```no_run
//! fn main() {
//!     if let Err(error) = oapigen::generate_client("openapi.yaml") {
//!         // `Display` says where: `openapi.yaml:12 (#/paths/~1users/get): ...`.
//!         eprintln!("error: {error}");
//!         std::process::exit(1);
//!     }
//! }
//! ```
//!
//! `src/lib.rs` (the file is named after the spec, `openapi.yaml` → `openapi.rs`; see
//! [`Config::crate_name`]):
//!
//! ```ignore
//! include!(concat!(env!("OUT_DIR"), "/openapi.rs"));
//! ```
//!
//! The included code needs these dependencies in the crate that includes it (the same ones a
//! generated client crate has):
//!
//! ```toml
//! [dependencies]
//! reqwest = { version = "0.13", default-features = false, features = ["rustls", "multipart"] }
//! percent-encoding = "2"
//! serde = { version = "1", features = ["derive"] }
//! serde_json = "1"
//! serde_path_to_error = "0.1"
//! tokio = { version = "1", features = ["fs", "time"] }
//! # Only for `format: date-time`/`date` (and `uuid = { version = "1", features = ["serde"] }`
//! # for `format: uuid`); `Config::string_formats(true)` keeps them strings.
//! chrono = { version = "0.4", default-features = false, features = ["serde", "std"] }
//!
//! [build-dependencies]
//! # oapigen is not on crates.io: a path (or git) dependency.
//! oapigen = { path = "../oapigen" }
//! ```
//!
//! The file can be included at the crate root or inside a module (`pub mod okta {
//! include!(..); }`); it adds the modules `apis`, `client`, `error` and `models` there, and
//! re-exports `Client`, `Error` and the other types every caller needs. It builds without
//! warnings under `#![deny(missing_docs, unreachable_pub)]` as long as it is reachable from
//! outside the crate (included into `pub` modules of a library); in a binary, or in a private
//! module, the parts the program does not call are dead code to rustc, so put
//! `#[allow(dead_code)]` on the module that includes it.
//!
//! # Hygiene
//!
//! - `cargo:rerun-if-changed=<spec>` makes Cargo run the build script again only when the
//!   spec changes, not on every change in the package. It is printed before the spec is read,
//!   so a spec that fails to load is still watched.
//! - The output is written only when its content changed (see [`write::write_file`]): it is
//!   marked `@generated`, and an unchanged one keeps its modification time, for the tools that
//!   watch it and for an [`out_file`](Config::out_file) under version control.
//! - Problems with the spec are returned as [`Error`]s that say where they are
//!   (`file:line (#/json/pointer): message`), never as panics; things the generator worked
//!   around are printed as `cargo:warning=` lines.

// The examples are whole build scripts, `fn main` included.
#![allow(clippy::needless_doctest_main)]

use crate::error::{Error, Result};
use crate::options::Options;
use crate::{emit, write};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Generate the client for the spec at `spec` with the default [`Config`]: the file
/// `$OUT_DIR/<name>.rs`, where `<name>` is the spec's file stem in snake_case
/// (`openapi.yaml` → `openapi.rs`).
///
/// The spec path is relative to the build script's working directory, which Cargo sets to the
/// package root (where `Cargo.toml` is).
///
/// ```no_run
/// // build.rs
/// fn main() {
///     if let Err(error) = oapigen::generate_client("openapi.yaml") {
///         eprintln!("error: {error}");
///         std::process::exit(1);
///     }
/// }
/// ```
pub fn generate_client(spec: impl AsRef<Path>) -> Result<()> {
    Config::new().generate(spec).map(drop)
}

/// The settings of a build-script generation: which parts of the spec, what to call the
/// client, where to write it.
///
/// Every setter takes and returns `&mut Self`, so they chain; [`Config::generate`] does the
/// work and can be called several times (for several specs).
///
/// ```no_run
/// // build.rs
/// fn main() {
///     let result = oapigen::Config::new()
///         .crate_name("okta")
///         .tags(["UserCred"])
///         .extra_derives(["Eq"])
///         .generate("spec/okta-user-credentials.yaml");
///     if let Err(error) = result {
///         eprintln!("error: {error}");
///         std::process::exit(1);
///     }
/// }
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    options: Options,
    out_dir: Option<PathBuf>,
    out_file: Option<PathBuf>,
    docs_dir: Option<PathBuf>,
}

/// What [`Config::generate`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The Rust file of the client.
    pub path: PathBuf,
    /// Whether the Rust file was written; `false` when it already had exactly this content
    /// (it was left untouched, modification time included).
    pub written: bool,
    /// The docs files written and left unchanged, when [`Config::docs_dir`] is set.
    pub docs: Option<write::Report>,
    /// The files the generation read, each printed as `cargo:rerun-if-changed=<file>`.
    pub rerun_if_changed: Vec<PathBuf>,
    /// What the generator skipped or worked around, each with its place in the spec; each was
    /// printed as `cargo:warning=<warning>`.
    pub warnings: Vec<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            options: Options {
                name_from_title: true,
                ..Options::default()
            },
            out_dir: None,
            out_file: None,
            docs_dir: None,
        }
    }
}

impl Config {
    /// A configuration with every default: the whole spec, the client named after the spec's
    /// title, written to `OUT_DIR` in a file named after the spec's, no docs.
    pub fn new() -> Self {
        Self::default()
    }

    /// A configuration with these generator options (and every other default); the CLI's
    /// `generate --single-file` builds its configuration so. `options.name_from_title` is
    /// taken as given.
    pub fn from_options(options: Options) -> Self {
        Self {
            options,
            ..Self::default()
        }
    }

    /// The name of the API's client (default: the spec's `info.title` in kebab-case, `Okta
    /// Admin Management` → `okta-admin-management`; the file stem when the title has no
    /// letters or digits).
    ///
    /// It names the `User-Agent` the client sends (`<name>/<version>`, the version being the
    /// spec's `info.version`) and the crate in the docs pages. Given here, it also names the
    /// output file (in snake_case: `okta.rs`); by default the file is named after the spec's
    /// file (`openapi.yaml` → `openapi.rs`), so the `include!` path is known in advance.
    ///
    /// ```no_run
    /// oapigen::Config::new().crate_name("okta").generate("openapi.yaml")?;
    /// // include!(concat!(env!("OUT_DIR"), "/okta.rs"));
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn crate_name(&mut self, name: impl Into<String>) -> &mut Self {
        self.options.crate_name = Some(name.into());
        self
    }

    /// Generate only the operations whose (first) tag is one of `tags` (default: every tag).
    /// Replaces any list given before; an empty list means every tag. A tag no operation has
    /// is an error, so a typo cannot silently leave operations out. The models of
    /// `components/schemas` are all generated whatever the filter.
    ///
    /// ```no_run
    /// oapigen::Config::new().tags(["UserCred"]).generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn tags<I, S>(&mut self, tags: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.options.tags = tags.into_iter().map(Into::into).collect();
        self
    }

    /// Generate only the operations whose `operationId` is one of `operations` (default: every
    /// operation). Replaces any list given before; an empty list means every operation. With
    /// [`Config::tags`] too, an operation must pass both, and at least one must. An
    /// `operationId` the spec does not have is an error.
    ///
    /// ```no_run
    /// oapigen::Config::new()
    ///     .operations(["changePassword", "forgotPassword"])
    ///     .generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn operations<I, S>(&mut self, operations: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.options.operations = operations.into_iter().map(Into::into).collect();
        self
    }

    /// Derives added to every generated model, struct and enum alike (default: none). Each is
    /// a path as it would appear in `#[derive(..)]` (`Eq`, `Hash`, `schemars::JsonSchema`)
    /// and must be implementable for every model: `Eq` fails on a model with a floating-point
    /// field. Structs already derive `Debug` (unless they hold a secret), `Clone`,
    /// `PartialEq`, `serde::Serialize` and `serde::Deserialize`; enums `Debug`, `Clone`,
    /// `PartialEq`, `Eq`, `Hash`, `PartialOrd` and `Ord`. Replaces any list given before.
    ///
    /// ```no_run
    /// oapigen::Config::new().extra_derives(["Eq", "Hash"]).generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn extra_derives<I, S>(&mut self, derives: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.options.extra_derives = derives.into_iter().map(Into::into).collect();
        self
    }

    /// Keep `format: date-time`, `date` and `uuid` strings as `String` instead of
    /// `chrono::DateTime<chrono::Utc>`, `chrono::NaiveDate` and `uuid::Uuid` (the default):
    /// the crate then needs neither chrono nor uuid.
    ///
    /// ```no_run
    /// oapigen::Config::new().string_formats(true).generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn string_formats(&mut self, keep_strings: bool) -> &mut Self {
        self.options.string_formats = keep_strings;
        self
    }

    /// List operations (by `operationId`) that page by the `Link` header's `rel="next"`, beside
    /// those whose success response declares a `Link` header (default: none). Each must
    /// return an array; its request builder then also has `.stream()` (the items of every
    /// page) and `.pages()`. Replaces any list given before.
    ///
    /// ```no_run
    /// oapigen::Config::new().link_paging(["listUsers", "listGroups"]).generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn link_paging<I, S>(&mut self, operations: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.options.link_paging = operations.into_iter().map(Into::into).collect();
        self
    }

    /// A list operation that pages by a cursor in its body (adds to those given before): the
    /// body is an object whose property `items` holds the page's items and `cursor` the next
    /// page's cursor (empty, `null` or missing on the last page; a dotted path such as
    /// `response_metadata.next_cursor` for one in a nested object), sent back as the query
    /// parameter `param`, or as the JSON request body's property `param` when the operation
    /// has no such query parameter. The request builder then also has `.stream()` and
    /// `.pages()`.
    ///
    /// ```no_run
    /// oapigen::Config::new()
    ///     .cursor_paging("listEvents", "data", "next_cursor", "cursor")
    ///     .generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn cursor_paging(
        &mut self,
        operation: impl Into<String>,
        items: impl Into<String>,
        cursor: impl Into<String>,
        param: impl Into<String>,
    ) -> &mut Self {
        self.options
            .cursor_paging
            .push(crate::options::CursorPaging {
                operation: operation.into(),
                items: items.into(),
                cursor: cursor.into(),
                param: param.into(),
            });
        self
    }

    /// A list operation that pages by the next page's URL in its body (adds to those given
    /// before, and to those found by the property's name, such as Azure's `nextLink`): the
    /// body is an object whose property `items` holds the page's items and `next` the next
    /// page's URL (empty, `null` or missing on the last page; a dotted path such as
    /// `links.pages.next` for one in a nested object). The URL is followed as a `Link`
    /// header's would be, never to another origin.
    ///
    /// ```no_run
    /// oapigen::Config::new()
    ///     .url_paging("listDroplets", "droplets", "links.pages.next")
    ///     .generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn url_paging(
        &mut self,
        operation: impl Into<String>,
        items: impl Into<String>,
        next: impl Into<String>,
    ) -> &mut Self {
        self.options.url_paging.push(crate::options::UrlPaging {
            operation: operation.into(),
            items: items.into(),
            next: next.into(),
        });
        self
    }

    /// Trace requests (default: no): a `tracing` span per request (operation id, method, path
    /// template, attempt, status, duration) and an event per retry, never a header, parameter
    /// value or body. The crate that includes the file then depends on
    /// `tracing = { version = "0.1", default-features = false, features = ["std"] }`.
    ///
    /// ```no_run
    /// oapigen::Config::new().tracing(true).generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn tracing(&mut self, on: bool) -> &mut Self {
        self.options.tracing = on;
        self
    }

    /// The directory the Rust file is written to (default: the `OUT_DIR` Cargo gives build
    /// scripts). The file name stays `<name>.rs` (see [`Config::crate_name`]).
    ///
    /// ```no_run
    /// oapigen::Config::new().out_dir("src/generated").generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn out_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// The exact path of the Rust file (default: `$OUT_DIR/<name>.rs`). Overrides
    /// [`Config::out_dir`]; parent directories are created.
    ///
    /// ```no_run
    /// oapigen::Config::new().out_file("src/okta_client.rs").generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn out_file(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.out_file = Some(path.into());
        self
    }

    /// Also write the Markdown docs into `dir` (default: no docs): `README.md` and one page per
    /// API group and model under `docs/`, the pages a generated crate has. Only changed files
    /// are written, and nothing else in `dir` is touched or removed.
    ///
    /// ```no_run
    /// oapigen::Config::new().docs_dir("api-docs").generate("openapi.yaml")?;
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn docs_dir(&mut self, dir: impl Into<PathBuf>) -> &mut Self {
        self.docs_dir = Some(dir.into());
        self
    }

    /// Generate the client for the spec at `spec`, printing Cargo's instructions
    /// (`cargo:rerun-if-changed=`, `cargo:warning=`) to standard output, where a build script
    /// must print them.
    ///
    /// ```no_run
    /// let output = oapigen::Config::new().generate("openapi.yaml")?;
    /// assert!(output.path.ends_with("openapi.rs"));
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn generate(&self, spec: impl AsRef<Path>) -> Result<Output> {
        self.generate_with(spec, &mut std::io::stdout().lock())
    }

    /// [`Config::generate`], printing Cargo's instructions to `cargo` instead of standard
    /// output (for tests, or a build script that post-processes them).
    ///
    /// ```no_run
    /// let mut instructions = Vec::new();
    /// oapigen::Config::new().generate_with("openapi.yaml", &mut instructions)?;
    /// assert!(String::from_utf8_lossy(&instructions).contains("cargo:rerun-if-changed=openapi.yaml"));
    /// # Ok::<(), oapigen::Error>(())
    /// ```
    pub fn generate_with(&self, spec: impl AsRef<Path>, cargo: &mut dyn Write) -> Result<Output> {
        let spec_path = spec.as_ref();
        let stdout_error = |source| Error::Io {
            path: PathBuf::from("<build script output>"),
            source,
        };
        // Before reading: a spec that fails to load must still make Cargo rerun once it changes.
        let rerun_if_changed = vec![spec_path.to_path_buf()];
        for path in &rerun_if_changed {
            writeln!(cargo, "cargo:rerun-if-changed={}", path.display()).map_err(stdout_error)?;
        }
        let (api, warnings) = crate::load_model(spec_path, &self.options)?;
        // The file is named after the spec's file unless a name is given, so that the path to
        // `include!` is known before the spec is read.
        let file_name = match &self.options.crate_name {
            Some(_) => api.lib_name.clone(),
            None => crate::naming::lib_name(&crate::stem_name(spec_path)),
        };
        let path = self.out_path(&file_name)?;
        let code = emit::rust::emit_single_file(&api, &self.options)?;
        let docs = match &self.docs_dir {
            Some(dir) => Some(write::write_files(dir, &emit::docs::emit(&api)?, false)?),
            None => None,
        };
        let written = write::write_file(&path, &code)?;
        for warning in &warnings {
            // One instruction per line: a multi-line message would end the instruction early.
            let line = warning.replace(['\r', '\n'], " ");
            writeln!(cargo, "cargo:warning={line}").map_err(stdout_error)?;
        }
        Ok(Output {
            path,
            written,
            docs,
            rerun_if_changed,
            warnings,
        })
    }

    /// `$OUT_DIR/<lib_name>.rs` unless the configuration says otherwise.
    fn out_path(&self, lib_name: &str) -> Result<PathBuf> {
        if let Some(file) = &self.out_file {
            return Ok(file.clone());
        }
        let dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    Error::Usage(
                        "OUT_DIR is not set: run oapigen's Config::generate from a build script, \
                     or give it Config::out_dir or Config::out_file"
                            .into(),
                    )
                })?,
        };
        Ok(dir.join(format!("{lib_name}.rs")))
    }
}
