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

/// The Cargo package name for a spec: `options.crate_name`, else the file stem in kebab-case.
fn crate_name_for(spec_path: &Path, options: &Options) -> String {
    match &options.crate_name {
        Some(name) => name.clone(),
        None => naming::crate_name(
            &spec_path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "api".into()),
        ),
    }
}

/// Load the spec at `spec_path` and build its intermediate model.
pub fn build_ir(spec_path: &Path, options: &Options) -> Result<ir::Api> {
    load_model(spec_path, options).map(|(api, _)| api)
}

/// The first two stages, shared by every way of generating: the model of the spec at
/// `spec_path`, with its warnings located in the spec (`file:line (#/pointer): message`).
fn load_model(spec_path: &Path, options: &Options) -> Result<(ir::Api, Vec<String>)> {
    options.check()?;
    let spec = load::load(spec_path)?;
    let api = ir::build(&spec, &crate_name_for(spec_path, options), options)?;
    let warnings = api
        .warnings
        .iter()
        .map(|w| format!("{}: {}", spec.locate(&w.pointer), w.message))
        .collect();
    Ok((api, warnings))
}

/// Generate the whole crate (Cargo.toml, src/, docs/, README.md) for the spec at `spec_path`.
pub fn generate_files(spec_path: &Path, options: &Options) -> Result<Generated> {
    let (api, warnings) = load_model(spec_path, options)?;
    let mut files = emit::rust::emit_crate(&api, options)?;
    files.extend(emit::docs::emit(&api)?);
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
