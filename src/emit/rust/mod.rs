//! The Rust emitter: IR → token streams (`quote!`) → source text (`prettyplease`).
//!
//! The generated code never names `crate::`: every module reaches the others through
//! `super::`, so the same code works as a crate (one file per module) and as a single file
//! `include!`d anywhere in a downstream crate (see [`emit_single_file`]).

mod apis;
mod cargo;
mod credentials;
mod errors;
pub mod example;
mod example_text;
mod models;
mod prose;
mod runtime;
mod spec;
mod tokens;
mod unions;
mod webhooks;

use super::Files;
use crate::error::{Error, Result};
use crate::ir::Api;
use crate::options::Options;
use proc_macro2::TokenStream;
use quote::quote;

/// The spec-dependent modules of a generated client, as token streams, before they are laid
/// out as files. The fixed runtime comes from [`runtime`].
struct Modules {
    /// Items of the root module: docs, module declarations aside, re-exports.
    root: TokenStream,
    /// What the runtime needs from the spec: server, security schemes, error models.
    spec: TokenStream,
    models: TokenStream,
    /// `apis` itself: the client's accessor for each tag.
    apis_root: TokenStream,
    /// One module per tag: (module name, items).
    apis: Vec<(String, TokenStream)>,
}

fn modules(api: &Api, options: &Options) -> Modules {
    Modules {
        root: cargo::root_items(api),
        spec: spec::spec_module(api, false),
        models: models::models_module(api, options, false),
        apis_root: apis::accessors(api, false),
        apis: api
            .tags
            .iter()
            .map(|tag| (tag.module.clone(), apis::tag_module(api, tag)))
            .collect(),
    }
}

/// Every file of the crate: `Cargo.toml` and `src/**.rs` (the docs emitter adds the rest).
pub fn emit_crate(api: &Api, options: &Options) -> Result<Files> {
    // The models module is the largest file: it is built and formatted on a second thread
    // while this one does the rest. (Token streams cannot cross threads; the IR can.)
    std::thread::scope(|scope| {
        let models = std::thread::Builder::new()
            .name("oapigen-models".into())
            .stack_size(WORKER_STACK)
            .spawn_scoped(scope, || {
                format_file("src/models.rs", models::models_module(api, options, true))
            })
            .map_err(|source| Error::Io {
                path: "(a thread for src/models.rs)".into(),
                source,
            })?;
        let mut files = other_files(api, options)?;
        let models = models
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        files.insert("src/models.rs".into(), models);
        Ok(files)
    })
}

/// What of the runtime `api`'s client needs; `crate_mode`: a crate (with its own features),
/// not a build script's single file (whose tracing `options` decide).
fn runtime_parts(api: &Api, crate_mode: bool, options: &Options) -> runtime::Parts {
    let tracing = match (crate_mode, options.tracing) {
        (true, _) => runtime::Tracing::Feature,
        (false, true) => runtime::Tracing::On,
        (false, false) => runtime::Tracing::Off,
    };
    let paging = api.has_paging().then(|| {
        let paged_tags = api
            .tags
            .iter()
            .filter(|t| t.operations.iter().any(|op| op.paging.is_some()));
        // A single file compiles every operation: its paging code is always used.
        match crate_mode {
            true => paged_tags.map(|t| t.feature.clone()).collect(),
            false => Vec::new(),
        }
    });
    runtime::Parts { paging, tracing }
}

/// A tag named `apis` (AWS API Gateway's) is the module `apis::apis`: clippy's
/// `module_inception` is allowed there rather than the client's `.apis()` renamed.
fn inception_allow(module: &str) -> Option<TokenStream> {
    (module == "apis").then(|| quote!(#[allow(clippy::module_inception)]))
}

/// The stack of a worker thread that formats a file (syn's parser recurses per nesting level).
pub(crate) const WORKER_STACK: usize = 64 << 20;

/// Every file of the crate but `src/models.rs`.
fn other_files(api: &Api, options: &Options) -> Result<Files> {
    let api_mods = api.tags.iter().map(|tag| {
        let module = tokens::ident(&tag.module);
        let feature = &tag.feature;
        let inception = inception_allow(&tag.module);
        quote!(#[cfg(feature = #feature)] #inception pub mod #module;)
    });
    let root = cargo::root_items(api);
    let doc_tests = cargo::doc_tests(api);
    let apis_root = apis::accessors(api, true);
    // With no tag's feature on (only models wanted), no operation sends a request: the
    // client's sending code is then unused, and that is no mistake.
    let tag_features: Vec<&String> = api.tags.iter().map(|t| &t.feature).collect();
    let no_operations = match tokens::feature_predicate(&tag_features, false) {
        Some(any_tag) => quote!(#[cfg_attr(not(#any_tag), allow(dead_code))]),
        None => quote!(#[allow(dead_code)]),
    };
    let webhooks = webhooks::has_webhooks(api).then(|| {
        let cfg = webhooks::cfg(api, true);
        quote!(#cfg pub mod webhooks;)
    });
    let lib = quote! {
        #![warn(missing_docs)]
        #root
        pub mod apis;
        pub mod models;
        #webhooks
        #no_operations
        mod runtime;
        #no_operations
        mod spec;
        #doc_tests
    };
    let apis_mod = quote! {
        #apis_root
        #( #api_mods )*
    };
    let mut files = Files::new();
    files.insert("Cargo.toml".into(), cargo::cargo_toml(api));
    // The crate is formatted by prettyplease, exactly as build-script users get it; a workspace
    // `cargo fmt` must not rewrite it (that would make it differ from what `check` expects).
    files.insert("rustfmt.toml".into(), cargo::RUSTFMT_TOML.into());
    files.insert("src/lib.rs".into(), format_file("src/lib.rs", lib)?);
    for (path, text) in runtime::crate_files(runtime_parts(api, true, options))? {
        files.insert(path, text);
    }
    files.insert(
        "src/spec.rs".into(),
        format_file("src/spec.rs", spec::spec_module(api, true))?,
    );
    files.insert(
        "src/apis/mod.rs".into(),
        format_file("src/apis/mod.rs", apis_mod)?,
    );
    if webhooks::has_webhooks(api) {
        let text = format_file("src/webhooks.rs", webhooks::webhooks_module(api))?;
        files.insert("src/webhooks.rs".into(), text);
    }
    for tag in &api.tags {
        // `mod r#type;` lives in `type.rs`.
        let path = format!("src/apis/{}.rs", crate::naming::bare(&tag.module));
        let text = format_file(&path, apis::tag_module(api, tag))?;
        files.insert(path, text);
    }
    Ok(files)
}

/// The whole client as one source file with every module inline, for `include!` from a
/// build script's `OUT_DIR`. Inner attributes are not allowed in an included file, so the
/// root items carry outer attributes only.
pub fn emit_single_file(api: &Api, options: &Options) -> Result<String> {
    let m = modules(api, options);
    let root = m.root;
    let (spec, models, apis_root) = (m.spec, m.models, m.apis_root);
    let runtime = runtime::inline_module(runtime_parts(api, false, options))?;
    let apis = m.apis.iter().map(|(name, items)| {
        let inception = inception_allow(name);
        let name = tokens::ident(name);
        quote! { #inception pub mod #name { #items } }
    });
    let webhooks = webhooks::has_webhooks(api).then(|| {
        let items = webhooks::webhooks_module(api);
        quote!(pub mod webhooks { #items })
    });
    // A spec without operations (webhooks only) sends nothing: the sending code is unused.
    let idle = api
        .tags
        .iter()
        .all(|t| t.operations.is_empty())
        .then(|| quote!(#[allow(dead_code)]));
    let file = quote! {
        #root
        pub mod apis { #apis_root #( #apis )* }
        #webhooks
        #idle
        #runtime
        #idle
        mod spec { #spec }
        pub mod models { #models }
    };
    let text = format_file("(single file)", file)?;
    // Module docs (`//!`) inside inline modules are allowed; a crate-level `//!` is not.
    Ok(format!(
        "// @generated by oapigen {} from the spec of `{}` {}. Do not edit.\n{}",
        env!("CARGO_PKG_VERSION"),
        api.crate_name,
        api.spec_version,
        strip_crate_docs(&text)
    ))
}

/// Inner `//!` lines at the very top belong to a crate root; in an `include!`d file they
/// would be an error, so they become plain comments.
fn strip_crate_docs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_top = true;
    for line in text.lines() {
        if at_top && line.starts_with("//!") {
            out.push_str("//");
            out.push_str(&line[3..]);
        } else {
            at_top = false;
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// Parse the tokens as a file and print them with prettyplease: the exact text users get.
fn format_file(name: &str, tokens: TokenStream) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::RustSyntax {
        file: name.to_string(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}
