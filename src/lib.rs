//! oapigen turns an OpenAPI 3.0 document into a Rust client crate and Markdown API docs.
//!
//! The pipeline, one module per stage:
//! [`load`] (YAML/JSON → `openapiv3::OpenAPI`) → [`ir`] (the intermediate model: every name
//! and type decided once) → [`emit`] (Rust through `quote!` and `prettyplease`, docs through
//! minijinja templates) → [`write`](mod@write) (atomic, only changed files).
//!
//! # From a build script
//!
//! [`generate_client`] (or [`Config`], for options) generates the client in `build.rs` as one
//! Rust file in `OUT_DIR`, for `include!(concat!(env!("OUT_DIR"), "/openapi.rs"))`: see
//! [`build_script`].

#![warn(missing_docs)]

pub mod build_script;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
mod location;
pub mod naming;
pub mod options;
pub mod write;

pub use build_script::{Config, generate_client};
pub use error::{Error, Location, Result};
pub use options::Options;

use std::path::Path;

/// The result of a generation: the model and the files of a crate, by relative path.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The intermediate model the files were generated from.
    pub api: ir::Api,
    /// Every file of the crate (`Cargo.toml`, `src/**.rs`, `README.md`, `docs/*.md`), by path
    /// relative to the crate's directory.
    pub files: emit::Files,
    /// What the generator skipped or worked around, each with its place in the spec.
    pub warnings: Vec<String>,
}

/// The Cargo package name for a spec: `options.crate_name`, else its title (with
/// `options.name_from_title`) or its file stem, in kebab-case. A name given explicitly must
/// be valid (an error says why not); one derived from the spec is made valid.
fn crate_name_for(spec_path: &Path, title: &str, options: &Options) -> Result<String> {
    let has_words = title.chars().any(|c| c.is_ascii_alphanumeric());
    // A file named for what it is (`api.json`, `openapi.yaml`) names no API: the title does.
    let generic_stem = GENERIC_STEMS.contains(&stem_name(spec_path).as_str());
    if options.crate_name.is_none() && (options.name_from_title || generic_stem) && has_words {
        return Ok(naming::crate_name(title));
    }
    match &options.crate_name {
        Some(name) => match naming::invalid_crate_name(name) {
            None => Ok(name.clone()),
            Some(why) => Err(Error::Usage(format!(
                "crate name {name:?} is not a valid Cargo package name: {why}"
            ))),
        },
        None => Ok(stem_name(spec_path)),
    }
}

/// File stems that say a file is a spec, not which API it describes: such a crate is named
/// after the spec's title (Twilio's `api.json`, titled `Twilio - Api`, is `twilio-api`).
const GENERIC_STEMS: [&str; 8] = [
    "api",
    "openapi",
    "swagger",
    "spec",
    "schema",
    "index",
    "definition",
    "service",
];

/// The spec file's stem as a Cargo package name (`okta-user-credentials`), made valid.
pub(crate) fn stem_name(spec_path: &Path) -> String {
    naming::crate_name(
        &spec_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "api".into()),
    )
}

/// Load the spec at `spec_path` and build its intermediate model.
pub fn build_ir(spec_path: &Path, options: &Options) -> Result<ir::Api> {
    load_model(spec_path, options).map(|(api, _)| api)
}

/// The first two stages, shared by every way of generating: the model of the spec at
/// `spec_path`, with its warnings located in the spec (`file:line (#/pointer): message`).
fn load_model(spec_path: &Path, options: &Options) -> Result<(ir::Api, Vec<String>)> {
    options.check()?;
    let text = std::fs::read_to_string(spec_path).map_err(|source| Error::Io {
        path: spec_path.to_path_buf(),
        source,
    })?;
    model_of_text(spec_path, text, options)
}

fn model_of_text(
    spec_path: &Path,
    text: String,
    options: &Options,
) -> Result<(ir::Api, Vec<String>)> {
    with_deep_stack(|| {
        let spec = load::parse(spec_path, text)?;
        let crate_name = crate_name_for(spec_path, &spec.doc.info.title, options)?;
        let api = ir::build(&spec, &crate_name, options)?;
        let warnings = api
            .warnings
            .iter()
            .map(|w| format!("{}: {}", spec.locate(&w.pointer), w.message))
            .collect();
        Ok((api, warnings))
    })
}

/// Run `f` on a thread with a stack deep enough for any document the loader accepts (the
/// typed parse and the model recurse once per level of schema nesting, which the loader
/// bounds). A caller's own thread may have as little as 2 MiB (a test thread, a build
/// script's worker); only the pages the recursion touches are ever used.
fn with_deep_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    const STACK: usize = 256 << 20;
    let task = std::sync::Mutex::new(Some(f));
    let take = || task.lock().unwrap_or_else(|e| e.into_inner()).take();
    let spawned = std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("oapigen".into())
            .stack_size(STACK)
            .spawn_scoped(scope, || take().map(|f| f()))
            .ok()?;
        Some(
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        )
    });
    match spawned.flatten() {
        Some(result) => result,
        // No thread to be had: the caller's own stack, then.
        None => match take() {
            Some(f) => f(),
            None => unreachable!("the task ran on the thread, which returned its result"),
        },
    }
}

/// Generate the whole crate (Cargo.toml, src/, docs/, README.md) for the spec at `spec_path`.
pub fn generate_files(spec_path: &Path, options: &Options) -> Result<Generated> {
    let (api, warnings) = load_model(spec_path, options)?;
    finish_generation(api, warnings, options)
}

/// [`generate_files`] for a spec already in memory; `spec_path` names it in errors and
/// decides JSON (`.json`) or YAML, and the crate name when `options` gives none.
pub fn generate_text(spec_path: &Path, text: String, options: &Options) -> Result<Generated> {
    options.check()?;
    let (api, warnings) = model_of_text(spec_path, text, options)?;
    finish_generation(api, warnings, options)
}

fn finish_generation(api: ir::Api, warnings: Vec<String>, options: &Options) -> Result<Generated> {
    // The docs pages render on a thread of their own, beside the Rust code.
    let (rust, docs) = std::thread::scope(|scope| {
        let docs = scope.spawn(|| emit::docs::emit(&api));
        let rust = emit::rust::emit_crate(&api, options);
        let docs = docs
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (rust, docs)
    });
    let mut files = rust?;
    files.extend(docs?);
    Ok(Generated {
        api,
        files,
        warnings,
    })
}

/// The specs in a directory: every `.yaml`, `.yml` and `.json` file, sorted by name.
pub fn spec_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut specs: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|e| {
                    ["yaml", "yml", "json"]
                        .iter()
                        .any(|x| e.eq_ignore_ascii_case(x))
                })
        })
        .collect();
    specs.sort();
    Ok(specs)
}
