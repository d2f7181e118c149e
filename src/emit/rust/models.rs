//! The `models` module: one struct, enum or alias per IR model.

use super::tokens::{docs, ident, type_tokens};
use crate::ir::{Api, EnumModel, Field, Model, ModelKind, StructModel, TypeRef};
use crate::options::Options;
use proc_macro2::TokenStream;
use quote::quote;

/// How many arrays and maps a type nests.
fn nesting(ty: &crate::ir::TypeRef) -> usize {
    match ty {
        crate::ir::TypeRef::Array(inner) | crate::ir::TypeRef::Map(inner) => 1 + nesting(inner),
        _ => 0,
    }
}

/// `#[cfg(any(feature = ...))]` for code that only these tags' features need; nothing for
/// code every build needs (no features given).
pub(super) fn cfg_any(features: &[String]) -> Option<TokenStream> {
    super::tokens::feature_predicate(features, false).map(|p| quote!(#[cfg(#p)]))
}

/// The models module. With `gated`, each model's items carry the cfg of the tags that reach
/// it (`Model::features`); a single file for `include!` has no features of its own to use.
pub fn models_module(api: &Api, options: &Options, gated: bool) -> TokenStream {
    let extra: Vec<syn::Path> = options
        .extra_derives
        .iter()
        .filter_map(|d| syn::parse_str(d).ok())
        .collect();
    let items = api.models.values().map(|model| {
        let tokens = model_item(model, &extra, &api.models);
        match gated.then(|| cfg_any(&model.features)).flatten() {
            Some(cfg) => with_attribute(tokens, &cfg),
            None => tokens,
        }
    });
    let secret_models: Vec<&crate::ir::Model> = api
        .models
        .values()
        .filter(|m| matches!(&m.kind, ModelKind::Struct(s) if s.has_secrets))
        .collect();
    // `Redacted` is compiled with any model that uses it.
    let redacted_cfg = if gated && secret_models.iter().all(|m| !m.features.is_empty()) {
        let features: std::collections::BTreeSet<&String> =
            secret_models.iter().flat_map(|m| &m.features).collect();
        let features: Vec<String> = features.into_iter().cloned().collect();
        cfg_any(&features)
    } else {
        None
    };
    let redacted = (!secret_models.is_empty()).then(|| {
        let items = quote! {
            /// Stands in for a secret in `Debug` output.
            struct Redacted;

            impl std::fmt::Debug for Redacted {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("[redacted]")
                }
            }
        };
        match &redacted_cfg {
            Some(cfg) => with_attribute(items, cfg),
            None => items,
        }
    });
    let allows = super::tokens::prose_allows();
    // A spec may nest arrays many deep (`Vec<Vec<Vec<...>>>`): the type is the spec's, and an
    // alias would only invent a name for it.
    let deep = api.models.values().any(|m| match &m.kind {
        ModelKind::Struct(s) => s.fields.iter().any(|f| nesting(&f.ty) > 4),
        ModelKind::Alias(ty) => nesting(ty) > 4,
        ModelKind::Tuple(types) => types.iter().any(|ty| nesting(ty) > 4),
        ModelKind::Union(u) => u.variants.iter().any(|v| nesting(&v.ty) > 4),
        ModelKind::Enum(_) => false,
    });
    let complexity = deep.then(|| quote!(#![allow(clippy::type_complexity)]));
    // `format: byte` fields hold the client's `Base64`, named here as the models' own.
    let base64 = api.uses_format(&TypeRef::Base64).then(|| {
        quote!(
            pub use super::runtime::Base64;
        )
    });
    // The runtime's macros the models are written with (under features, some may go unused).
    let macros: Vec<proc_macro2::Ident> = [
        (
            "serde_struct",
            api.models
                .values()
                .any(|m| matches!(m.kind, ModelKind::Struct(_))),
        ),
        (
            "string_enum",
            api.models
                .values()
                .any(|m| matches!(m.kind, ModelKind::Enum(_))),
        ),
    ]
    .into_iter()
    .filter(|(_, used)| *used)
    .map(|(name, _)| ident(name))
    .collect();
    let macros = (!macros.is_empty()).then(|| {
        quote! {
            #[allow(unused_imports)]
            use super::runtime::macros::{#( #macros ),*};
        }
    });
    quote! {
        //! The request and response bodies of the API.
        //!
        //! A field marked *Read-only* is set by the server and ignored in requests; one marked
        //! *Write-only* is sent in requests and never returned.
        #allows
        #complexity
        #base64
        #macros
        #( #items )*
        #redacted
    }
}

fn model_item(
    model: &Model,
    extra: &[syn::Path],
    models: &std::collections::BTreeMap<String, Model>,
) -> TokenStream {
    let Model {
        name,
        description,
        kind,
        pointer: _,
        features: _,
    } = model;
    // Enums and unions carry a note of their own on how they decode, which documents them
    // when the spec does not; the others say where their schema is.
    let doc = match kind {
        ModelKind::Enum(_) | ModelKind::Union(_) => docs(&[description.as_deref()]),
        _ => docs(&[Some(&model.doc())]),
    };
    match kind {
        ModelKind::Struct(s) => struct_item(name, doc, s, extra, models),
        ModelKind::Enum(e) => enum_item(name, doc, e, extra),
        ModelKind::Alias(ty) => {
            let name = ident(name);
            let ty = type_tokens(ty, &TokenStream::new());
            quote! { #doc pub type #name = #ty; }
        }
        ModelKind::Union(u) => super::unions::union_item(name, doc, u),
        ModelKind::Tuple(types) => {
            let name = ident(name);
            let types = types.iter().map(|ty| type_tokens(ty, &TokenStream::new()));
            // Rare enough that serde's derive (a JSON array, in order) costs nothing.
            quote! {
                #doc
                #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize #(, #extra)*)]
                pub struct #name( #( pub #types ),* );
            }
        }
    }
}

fn struct_item(
    name: &str,
    doc: TokenStream,
    s: &StructModel,
    extra: &[syn::Path],
    models: &std::collections::BTreeMap<String, Model>,
) -> TokenStream {
    let StructModel {
        fields,
        additional,
        derives_default,
        has_secrets,
    } = s;
    let type_name = ident(name);
    let default = derives_default.then(|| quote!(Default));
    // A struct holding a secret writes its own `Debug`, which redacts it.
    let debug = (!has_secrets).then(|| quote!(Debug));
    // `rename_all = "camelCase"` where it leaves fewer fields to rename one by one (most APIs
    // name properties in camelCase).
    let renames = |camel: bool| {
        fields
            .iter()
            .filter(|f| wire_name(&f.name, camel) != f.api_name)
            .count()
    };
    // Extra derives (schemars, say) may read serde's attributes: such a struct keeps serde's
    // derive. Any other has its serde impls from the runtime's `serde_struct!`, which costs
    // the compiler a fraction of the derive's code.
    let by_macro = extra.is_empty() && fields.len() <= SLOT_GROUP * SLOT_GROUP;
    let camel = !by_macro && renames(true) < renames(false);
    let rename_all = camel.then(|| quote!(#[serde(rename_all = "camelCase")]));
    let field_items = fields
        .iter()
        .map(|f| field_item(f, camel, by_macro, models));
    let additional_name = ident(crate::naming::ADDITIONAL_PROPERTIES_FIELD);
    let additional_field = additional.as_ref().map(|ty| {
        let ty = type_tokens(ty, &TokenStream::new());
        let flatten = (!by_macro).then(|| quote!(#[serde(flatten)]));
        quote! {
            /// Properties the spec does not name, kept as received.
            #flatten
            pub #additional_name: std::collections::BTreeMap<String, #ty>,
        }
    });
    let debug_impl = has_secrets.then(|| redacting_debug(name, fields, additional.is_some()));
    // `Debug` too when it is not derived: a struct with secrets has a hand-written one.
    let extra = not_derived(
        extra,
        &[
            "Debug",
            "Clone",
            "PartialEq",
            "Default",
            "Serialize",
            "Deserialize",
        ],
    );
    let (serde_derives, serde_impls) = if by_macro {
        // Groups of at most `SLOT_GROUP`: the runtime reads tuples of up to 16 slots.
        let entries: Vec<TokenStream> = fields.iter().map(|f| serde_entry(f, models)).collect();
        let groups = entries
            .chunks(SLOT_GROUP)
            .map(|group| quote!([#(#group),*]));
        let groups = match entries.is_empty() {
            true => vec![quote!([])],
            false => groups.collect(),
        };
        let rest = additional.is_some().then(|| quote!(, ..#additional_name));
        let impls = quote! {
            serde_struct!(#type_name, #(#groups),* #rest);
        };
        (Vec::new(), impls)
    } else {
        let serde = vec![quote!(serde::Serialize), quote!(serde::Deserialize)];
        (serde, TokenStream::new())
    };
    // `serde_struct!` writes `PartialEq` too.
    let partial_eq = (!by_macro).then(|| quote!(PartialEq));
    let derives = debug
        .into_iter()
        .chain([quote!(Clone)])
        .chain(partial_eq)
        .chain(default)
        .chain(serde_derives)
        .chain(extra.iter().map(|path| quote!(#path)));
    quote! {
        #doc
        #[derive(#(#derives),*)]
        #rename_all
        pub struct #type_name {
            #( #field_items )*
            #additional_field
        }
        #debug_impl
        #serde_impls
    }
}

/// The most fields (and groups of fields) `serde_struct!` takes in one group: the runtime's
/// `fields::Slots` is written for tuples of up to 16. A struct with more than 16 groups keeps
/// serde's derive.
const SLOT_GROUP: usize = 16;

/// The name serde gives a field: its own (without `r#`), or with `rename_all = "camelCase"`
/// serde's camelCase of it (its PascalCase, each `_` dropped and the letter after it
/// upper-cased, with the first character lower-cased).
fn wire_name(name: &str, camel: bool) -> String {
    let bare = crate::naming::bare(name);
    if !camel {
        return bare.to_string();
    }
    let mut pascal = String::with_capacity(bare.len());
    let mut capitalize = true;
    for ch in bare.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            pascal.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            pascal.push(ch);
        }
    }
    match pascal.chars().next() {
        Some(first) => first.to_ascii_lowercase().to_string() + &pascal[first.len_utf8()..],
        None => pascal,
    }
}

/// A field as `serde_struct!` lists it: `req id`, `opt display_name "displayName"`, or a
/// required one with a default, which a response may leave out (`def odata_type "@odata.type"
/// = {String::from("#microsoft.graph.user")}`).
fn serde_entry(f: &Field, models: &std::collections::BTreeMap<String, Model>) -> TokenStream {
    let default = required_default(f, models).map(|value| quote!(= { #value }));
    let mode = ident(match (f.required, f.nullable) {
        (false, _) => "opt",
        (true, true) => "null",
        (true, false) if default.is_some() => "def",
        (true, false) => "req",
    });
    let field = ident(&f.name);
    // A property named as its field needs no name of its own (`wire_key!`).
    let key = (f.api_name != f.name).then_some(&f.api_name);
    quote!(#mode #field #key #default)
}

/// The default of a required, non-nullable field, as a Rust value, when the spec gives one of
/// a string, number, boolean or string enum: missing from a body, the field takes it.
fn required_default(
    f: &Field,
    models: &std::collections::BTreeMap<String, Model>,
) -> Option<TokenStream> {
    if !f.required || f.nullable || f.boxed || f.secret {
        return None;
    }
    let value = f.default.as_ref()?;
    match (&f.ty, value) {
        (TypeRef::String, serde_json::Value::String(text)) => Some(quote!(String::from(#text))),
        (TypeRef::Boolean, serde_json::Value::Bool(flag)) => Some(quote!(#flag)),
        (TypeRef::Integer(width), serde_json::Value::Number(n)) => {
            let n = n.as_i64()?;
            if *width == crate::ir::IntWidth::I32 && i32::try_from(n).is_err() {
                return None;
            }
            let n = proc_macro2::Literal::i64_unsuffixed(n);
            Some(quote!(#n))
        }
        (TypeRef::Number, serde_json::Value::Number(n)) => {
            let n = proc_macro2::Literal::f64_unsuffixed(n.as_f64()?);
            Some(quote!(#n))
        }
        (TypeRef::Model(name), serde_json::Value::String(text)) => {
            let variant = enum_variant(name, text, models)?;
            let (ty, variant) = (ident(name), ident(variant));
            Some(quote!(#ty::#variant))
        }
        _ => None,
    }
}

/// The variant of the string enum `name` (through aliases) whose value is `value`.
fn enum_variant<'a>(
    name: &str,
    value: &str,
    models: &'a std::collections::BTreeMap<String, Model>,
) -> Option<&'a str> {
    match &models.get(name)?.kind {
        ModelKind::Enum(e) => e
            .variants
            .iter()
            .find(|v| v.value == value)
            .map(|v| v.name.as_str()),
        ModelKind::Alias(TypeRef::Model(target)) => enum_variant(target, value, models),
        _ => None,
    }
}

/// A struct field; with `by_macro`, without serde attributes (`serde_struct!` lists its name).
fn field_item(
    field: &Field,
    camel: bool,
    by_macro: bool,
    models: &std::collections::BTreeMap<String, Model>,
) -> TokenStream {
    let Field {
        api_name,
        name,
        ty,
        required: _,
        nullable: _,
        read_only,
        write_only,
        secret: _,
        boxed,
        description,
        default: _,
        example: _,
        deprecated,
    } = field;
    let mut ty = type_tokens(ty, &TokenStream::new());
    if *boxed {
        ty = quote!(Box<#ty>);
    }
    if field.is_optional() {
        ty = quote!(Option<#ty>);
    }
    // The access mark leads the first line (the module docs say what it means).
    let access = match (read_only, write_only) {
        (true, _) => "*Read-only.*",
        (_, true) => "*Write-only.*",
        _ => "",
    };
    // A field that only repeats the docs of its type's model points to them instead: the
    // spec copies a `$ref`'s description onto every property that uses it.
    let repeats_model = match (&field.ty, description) {
        (TypeRef::Model(model), Some(text)) => {
            models.get(model).and_then(|m| m.description.as_ref()) == Some(text)
        }
        _ => false,
    };
    let description = match (&field.ty, description) {
        (TypeRef::Model(model), _) if repeats_model => format!("See [`{model}`]."),
        (_, Some(text)) => text.clone(),
        // Every public item has a doc (a crate may deny `missing_docs`).
        (TypeRef::Model(model), None) => format!("See [`{model}`]."),
        (_, None) => format!("The `{api_name}` property."),
    };
    // A description that opens with a block (a list, a heading, a fence..) keeps it whole.
    let first = description.trim_start();
    let opens_block = first.starts_with(['#', '*', '-', '+', '>', '|', '`', '<'])
        || first
            .split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
    let description = if opens_block && !access.is_empty() {
        format!("{access}\n\n{description}")
    } else {
        format!("{access} {description}")
    };
    let doc = docs(&[Some(description.trim())]);
    let field_name = ident(name);
    let rename = (wire_name(name, camel) != *api_name).then(|| quote!(rename = #api_name,));
    // Optional fields are left out of requests when unset; nullable required ones send null.
    let skip = (!field.required).then(|| quote!(default, skip_serializing_if = "Option::is_none",));
    let serde = (!by_macro && (rename.is_some() || skip.is_some()))
        .then(|| quote!(#[serde(#rename #skip)]));
    let deprecated = deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #doc
        #deprecated
        #serde
        pub #field_name: #ty,
    }
}

/// `Debug` that prints every field but shows secrets as `[redacted]`.
fn redacting_debug(name: &str, fields: &[Field], additional: bool) -> TokenStream {
    let type_name = ident(name);
    let entries = fields.iter().map(|f| {
        let api_name = crate::naming::bare(&f.name).to_string();
        let field = ident(&f.name);
        let allow = f.deprecated.then(|| quote!(#[allow(deprecated)]));
        match (f.secret, f.is_optional()) {
            (false, _) => quote! { #allow let d = d.field(#api_name, &self.#field); },
            (true, true) => quote! { #allow let d = d.field(#api_name, &self.#field.as_ref().map(|_| Redacted)); },
            (true, false) => quote! { let d = d.field(#api_name, &Redacted); },
        }
    });
    let additional = additional.then(|| {
        let label = crate::naming::ADDITIONAL_PROPERTIES_FIELD;
        let field = ident(label);
        quote! { let d = d.field(#label, &self.#field); }
    });
    quote! {
        impl std::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut d = f.debug_struct(#name);
                let d = &mut d;
                #( #entries )*
                #additional
                d.finish()
            }
        }
    }
}

fn enum_item(name: &str, doc: TokenStream, e: &EnumModel, extra: &[syn::Path]) -> TokenStream {
    let EnumModel {
        variants,
        catch_all,
    } = e;
    let type_name = ident(name);
    let catch_all = ident(catch_all);
    let variant_items = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = &v.value;
        // A code span cannot hold nothing, nor only spaces: `""` says it.
        let shown = match value.trim() {
            "" => format!("`{value:?}`"),
            _ => format!("`{value}`"),
        };
        let doc = docs(&[Some(&shown), v.description.as_deref()]);
        quote! { #doc #variant, }
    });
    let wire = variants.iter().map(|v| {
        let variant = ident(&v.name);
        let value = &v.value;
        quote! { #variant = #value }
    });
    let extra = not_derived(
        extra,
        &[
            "Debug",
            "Clone",
            "PartialEq",
            "Eq",
            "Hash",
            "PartialOrd",
            "Ord",
            "Serialize",
            "Deserialize",
        ],
    );
    // A blank doc line separates the spec's description from the note, when there is one.
    let separator = (!doc.is_empty()).then(|| quote!(#[doc = ""]));
    let allow = super::tokens::variant_names_allow(name, variants.iter().map(|v| v.name.as_str()));
    quote! {
        #doc
        #separator
        /// A value this client does not know decodes as the last variant, never as an error.
        #allow
        #[derive(Debug, Clone #(, #extra)*)]
        pub enum #type_name {
            #( #variant_items )*
            /// A value this client does not know yet, kept as sent.
            #catch_all(String),
        }

        string_enum!(#type_name, #catch_all, [#( #wire ),*]);
    }
}

/// Each item of `tokens` with `attribute` added (a model is several items: the type and its
/// impls). The items of a model end at a top-level `;` or `{ .. }` (a struct, enum or impl
/// body; attributes are `#[..]`, never a top-level brace), so no parse is needed.
fn with_attribute(tokens: TokenStream, attribute: &TokenStream) -> TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = TokenStream::new();
    let mut item = TokenStream::new();
    for tree in tokens {
        let ends = match &tree {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
            _ => false,
        };
        item.extend([tree]);
        if ends {
            out.extend(attribute.clone());
            out.extend(std::mem::take(&mut item));
        }
    }
    if !item.is_empty() {
        out.extend(attribute.clone());
        out.extend(item);
    }
    out
}

/// The extra derives a model does not already have (or implement by hand): deriving a trait
/// twice is a conflicting-implementations error, and `extra_derives` applies to every model.
fn not_derived<'a>(extra: &'a [syn::Path], built_in: &[&str]) -> Vec<&'a syn::Path> {
    extra
        .iter()
        .filter(|path| {
            let last = path.segments.last().map(|s| s.ident.to_string());
            !last.is_some_and(|name| built_in.contains(&name.as_str()))
        })
        .collect()
}
