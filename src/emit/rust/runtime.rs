//! The client's fixed code (`src/runtime/` of this repository), read as Rust and handed to
//! the generated crate: as files under `src/runtime/`, or as one inline module for a build
//! script's single file. `#[cfg(test)]` items (the runtime's unit tests) are left behind.

use crate::error::{Error, Result};
use quote::quote;

/// The runtime's files, by name, as they are in this repository.
const FILES: &[(&str, &str)] = &[
    ("mod.rs", include_str!("../../runtime/mod.rs")),
    ("base64.rs", include_str!("../../runtime/base64.rs")),
    ("body.rs", include_str!("../../runtime/body.rs")),
    ("call.rs", include_str!("../../runtime/call.rs")),
    ("draft.rs", include_str!("../../runtime/draft.rs")),
    ("client.rs", include_str!("../../runtime/client.rs")),
    ("encode.rs", include_str!("../../runtime/encode.rs")),
    ("error.rs", include_str!("../../runtime/error.rs")),
    ("fields.rs", include_str!("../../runtime/fields.rs")),
    ("macros.rs", include_str!("../../runtime/macros.rs")),
    ("paging.rs", include_str!("../../runtime/paging.rs")),
    ("params.rs", include_str!("../../runtime/params.rs")),
    ("redirect.rs", include_str!("../../runtime/redirect.rs")),
    ("response.rs", include_str!("../../runtime/response.rs")),
    ("retry.rs", include_str!("../../runtime/retry.rs")),
    ("trace.rs", include_str!("../../runtime/trace.rs")),
];

/// What of the runtime a client needs, beyond what every client has.
#[derive(Debug, Clone)]
pub struct Parts {
    /// Some operation pages: `paging.rs` (and the `futures-core` dependency it brings). In a
    /// crate, the cargo features of the tags with paged operations: without any of them on,
    /// the paging code is unused.
    pub paging: Option<Vec<String>>,
    /// How tracing is compiled.
    pub tracing: Tracing,
}

/// How a client's tracing is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracing {
    /// Behind the crate's `tracing` feature (a generated crate).
    Feature,
    /// Always: the including crate depends on `tracing` (a build script's single file, with
    /// `Config::tracing(true)`).
    On,
    /// Never (a build script's single file by default). A `cfg(feature = "tracing")` there
    /// would name a feature the including crate need not declare.
    Off,
}

/// Each runtime file a client with `parts` needs, parsed, without its tests:
/// (`src/runtime/<name>`, file).
pub fn files(parts: Parts) -> Result<Vec<(String, syn::File)>> {
    needed(&parts)
        .map(|(name, text)| parsed(name, text, &parts))
        .collect()
}

/// The runtime files a client with `parts` needs: (name, text).
fn needed(parts: &Parts) -> impl Iterator<Item = &'static (&'static str, &'static str)> + '_ {
    FILES
        .iter()
        .filter(|(name, _)| parts.paging.is_some() || *name != "paging.rs")
}

/// One runtime file parsed, without its tests, edited for `parts`: (path, file).
fn parsed(name: &str, text: &str, parts: &Parts) -> Result<(String, syn::File)> {
    let path = format!("src/runtime/{name}");
    let mut file = syn::parse_file(text).map_err(|e| Error::RustSyntax {
        file: path.clone(),
        message: e.to_string(),
    })?;
    file.items.retain(|item| !is_test_only(item));
    match (&parts.paging, name == "mod.rs") {
        (None, true) => file.items.retain(|item| !names_module(item, "paging")),
        (Some(features), true) => unused_without(&mut file, "paging", features),
        _ => {}
    }
    if name == "trace.rs" {
        match parts.tracing {
            Tracing::Feature => {}
            Tracing::On => keep_tracing(&mut file, true),
            Tracing::Off => keep_tracing(&mut file, false),
        }
    }
    Ok((path, file))
}

/// Each runtime file of a generated crate, as text: (`src/runtime/<name>`, text). The files
/// are copied as they are written here, laid out as written, without their tests (which close
/// each file) and plain comments; only those `parts` edit (`mod.rs`, which says which modules
/// the client has, and `trace.rs` without the `tracing` feature) are printed from syntax.
pub fn crate_files(parts: Parts) -> Result<Vec<(String, String)>> {
    needed(&parts)
        .map(|(name, text)| {
            let edited = *name == "mod.rs"
                || (*name == "trace.rs" && !matches!(parts.tracing, Tracing::Feature));
            if edited {
                let (path, file) = parsed(name, text, &parts)?;
                Ok((path, prettyplease::unparse(&file)))
            } else {
                Ok((format!("src/runtime/{name}"), without_tests(text)))
            }
        })
        .collect()
}

/// A runtime file's text up to its `#[cfg(test)]` module, which ends every file that has one,
/// without its plain comment lines (notes for this repository's maintainers; doc comments stay).
fn without_tests(text: &str) -> String {
    let code = match text.find("\n#[cfg(test)]\n") {
        Some(at) => &text[..at],
        None => text,
    };
    let mut out = String::with_capacity(code.len());
    for line in code.trim_end().lines() {
        let start = line.trim_start();
        if start.starts_with("//") && !start.starts_with("///") && !start.starts_with("//!") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// `mod name;` marked as unused code when none of `features` is on.
fn unused_without(file: &mut syn::File, name: &str, features: &[String]) {
    let Some(any) = super::tokens::feature_predicate(features, false) else {
        return;
    };
    for item in &mut file.items {
        if let syn::Item::Mod(m) = item
            && m.ident == name
        {
            m.attrs
                .push(syn::parse_quote!(#[cfg_attr(not(#any), allow(dead_code))]));
        }
    }
}

/// `mod name;` or `use name::..;`.
fn names_module(item: &syn::Item, name: &str) -> bool {
    match item {
        syn::Item::Mod(m) => m.ident == name,
        syn::Item::Use(u) => matches!(&u.tree, syn::UseTree::Path(p) if p.ident == name),
        _ => false,
    }
}

/// The items of `trace.rs` for a client without a `tracing` feature, tracing `on` or not:
/// the module under the other `cfg` dropped, the `cfg` of the one kept removed.
fn keep_tracing(file: &mut syn::File, on: bool) {
    const ON: &str = "feature = \"tracing\"";
    const OFF: &str = "not (feature = \"tracing\")";
    let (keep, drop) = if on { (ON, OFF) } else { (OFF, ON) };
    let cfg_of = |attr: &syn::Attribute| {
        attr.path()
            .is_ident("cfg")
            .then(|| attr.meta.require_list().ok().map(|l| l.tokens.to_string()))
            .flatten()
    };
    file.items.retain(|item| {
        let syn::Item::Mod(m) = item else { return true };
        !m.attrs.iter().any(|a| cfg_of(a).as_deref() == Some(drop))
    });
    for item in &mut file.items {
        if let syn::Item::Mod(m) = item {
            m.attrs.retain(|a| cfg_of(a).as_deref() != Some(keep));
        }
    }
}

/// The runtime as one `mod runtime { .. }` with its submodules inline.
pub fn inline_module(parts: Parts) -> Result<proc_macro2::TokenStream> {
    let mut files = files(parts)?;
    let root_index = files
        .iter()
        .position(|(path, _)| path.ends_with("/mod.rs"))
        .ok_or_else(|| Error::RustSyntax {
            file: "src/runtime/mod.rs".into(),
            message: "the runtime has no mod.rs".into(),
        })?;
    let (_, root) = files.remove(root_index);
    let items = root.items.into_iter().map(|item| match item {
        syn::Item::Mod(module) if module.content.is_none() => {
            let file_name = format!("src/runtime/{}.rs", module.ident);
            match files.iter().find(|(path, _)| *path == file_name) {
                Some((_, file)) => inline(module, file),
                None => quote!(#module),
            }
        }
        other => quote!(#other),
    });
    let docs = root.attrs;
    Ok(quote! {
        mod runtime {
            #( #docs )*
            #( #items )*
        }
    })
}

/// `mod name;` with the file's contents inline: `mod name { //! docs .. items }`.
fn inline(module: syn::ItemMod, file: &syn::File) -> proc_macro2::TokenStream {
    let syn::ItemMod {
        attrs, vis, ident, ..
    } = module;
    let (inner, items) = (&file.attrs, &file.items);
    quote! {
        #( #attrs )*
        #vis mod #ident {
            #( #inner )*
            #( #items )*
        }
    }
}

/// `#[cfg(test)]` items: the runtime's own tests.
fn is_test_only(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Mod(m) => &m.attrs,
        syn::Item::Fn(f) => &f.attrs,
        syn::Item::Use(u) => &u.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Struct(s) => &s.attrs,
        syn::Item::Const(c) => &c.attrs,
        _ => return false,
    };
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|cfg| cfg == "test")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_file_parses_and_loses_its_tests() {
        let all = Parts {
            paging: Some(Vec::new()),
            tracing: Tracing::Feature,
        };
        let files = files(all).unwrap();
        assert_eq!(files.len(), FILES.len());
        for (path, file) in &files {
            let text = prettyplease::unparse(file);
            assert!(!text.contains("#[cfg(test)]"), "{path} keeps its tests");
            assert!(!text.contains("mod tests"), "{path} keeps its tests");
        }
        // The tests are there to be dropped.
        assert!(FILES.iter().any(|(_, text)| text.contains("#[cfg(test)]")));
    }

    /// A crate's runtime files are the repository's text, less only the tests: the same items
    /// as the parsed files, in the same order.
    #[test]
    fn crate_files_are_the_runtime_as_written_without_tests() {
        let all = Parts {
            paging: Some(Vec::new()),
            tracing: Tracing::Feature,
        };
        let parsed = files(all.clone()).unwrap();
        let texts = crate_files(all).unwrap();
        assert_eq!(texts.len(), parsed.len());
        for ((path, text), (parsed_path, file)) in texts.iter().zip(&parsed) {
            assert_eq!(path, parsed_path);
            let reparsed = syn::parse_file(text).unwrap_or_else(|e| panic!("{path}: {e}"));
            let items = |f: &syn::File| {
                f.items
                    .iter()
                    .map(|i| quote!(#i).to_string())
                    .collect::<Vec<_>>()
            };
            assert_eq!(items(&reparsed), items(file), "{path}");
            assert!(!text.contains("#[cfg(test)]"), "{path} keeps its tests");
        }
        // The macros are as written, one rule to a line, not reflowed by the printer.
        let macros = &texts
            .iter()
            .find(|(p, _)| p.ends_with("macros.rs"))
            .unwrap()
            .1;
        assert!(macros.contains("macro_rules! serde_struct {\n    ($name:ident,"));
        // Notes for maintainers stay here; docs go with the code.
        let retry = &texts
            .iter()
            .find(|(p, _)| p.ends_with("retry.rs"))
            .unwrap()
            .1;
        assert!(!retry.contains("// (Epoch seconds"), "{retry}");
        assert!(retry.contains("/// "), "{retry}");
    }

    #[test]
    fn every_runtime_file_is_listed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/runtime");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES.iter().map(|(name, _)| name.to_string()).collect();
        listed.sort();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn the_inline_module_holds_every_submodule() {
        let text = inline_module(Parts {
            paging: Some(Vec::new()),
            tracing: Tracing::Off,
        })
        .unwrap()
        .to_string();
        for module in [
            "body", "client", "encode", "error", "params", "redirect", "response", "retry",
        ] {
            assert!(
                text.contains(&format!("mod {module} {{")),
                "{module}: {text}"
            );
        }
        assert!(!text.contains("mod client ;"), "{text}");
        // One tracing implementation, the empty one, without a cfg naming a feature.
        assert!(text.contains("mod trace {"), "{text}");
        assert!(!text.contains("\"tracing\""), "{text}");
        assert_eq!(text.matches("mod imp {").count(), 1, "{text}");
        assert!(!text.contains("tracing ::"), "{text}");
        let on = inline_module(Parts {
            paging: Some(Vec::new()),
            tracing: Tracing::On,
        })
        .unwrap()
        .to_string();
        assert!(!on.contains("\"tracing\""), "{on}");
        assert_eq!(on.matches("mod imp {").count(), 1, "{on}");
        assert!(on.contains("tracing :: info_span !"), "{on}");
    }

    #[test]
    fn paging_comes_only_with_paged_operations() {
        let without = files(Parts {
            paging: None,
            tracing: Tracing::Feature,
        })
        .unwrap();
        assert!(without.iter().all(|(path, _)| !path.ends_with("paging.rs")));
        let root = &without
            .iter()
            .find(|(p, _)| p.ends_with("mod.rs"))
            .unwrap()
            .1;
        let root = prettyplease::unparse(root);
        assert!(!root.contains("paging"), "{root}");
        assert!(root.contains("mod trace;"), "{root}");
    }
}
