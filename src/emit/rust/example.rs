//! The Rust example program of each operation in the docs pages: a complete `main` that
//! calls the operation with the spec's example values, compiled by the test suite.

use super::tokens::{ident, type_tokens};
use crate::ir::{
    Api, Body, BodyFormat, BodyKind, Input, IntWidth, ModelKind, NextPage, Operation, SecurityKind,
    Tag, TypeRef,
};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

/// How much of an operation an example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inputs {
    /// Every input, optional ones too: an operation's docs page shows how each is set.
    All,
    /// The required parameters only, and the body: a first call (the README's Getting
    /// Started), which a page of optional setters (Google's eleven on every operation) would
    /// bury.
    Required,
}

/// The example program for `op`, formatted as users would write it.
pub fn operation_example(api: &Api, tag: &Tag, op: &Operation, inputs: Inputs) -> String {
    let lib = ident(&api.lib_name);
    let models = quote!(models::);
    let mut lets = Vec::new();
    let mut args = Vec::new();
    let mut setters = Vec::new();
    // A cursor the stream sets itself is not the example's to give, unless the operation
    // requires one for the first page too (Google Drive's `changes.list`).
    let cursor_param = match op.paging.as_ref().map(|p| &p.next) {
        Some(
            NextPage::Cursor { param, .. }
            | NextPage::PageNumber { param, .. }
            | NextPage::PageUntilEmpty { param, .. }
            | NextPage::Offset { param, .. }
            | NextPage::LastItem { param, .. },
        ) => Some(param.as_str()),
        Some(NextPage::Link { param, .. }) => param.as_deref(),
        _ => None,
    };
    for input in op.inputs() {
        if matches!(input, Input::Param(p) if Some(p.api_name.as_str()) == cursor_param)
            && !input.required()
        {
            continue;
        }
        if inputs == Inputs::Required && !input.required() && matches!(input, Input::Param(_)) {
            continue;
        }
        let name = ident(input.name());
        let value = input_value(api, &input, &models);
        lets.push(quote!(let #name = #value;));
        if input.required() {
            args.push(quote!(#name))
        } else {
            setters.push(quote!(.#name(#name)))
        }
    }
    let client = client_expr(api, op);
    let accessor = ident(&tag.module);
    let method = ident(&op.method_name);
    let request = quote! { client.#accessor().#method(#( #args ),*) #( #setters )* };
    let (result, print) = send_and_print(op, request);
    let import = imports(&lib, &lets);
    let main = quote! {
        #[tokio::main]
        async fn main() -> Result<(), Box<dyn std::error::Error>> {
            let client = #client;
            #( #lets )*
            #result
            #print
            Ok(())
        }
    };
    // Printed apart so that a blank line separates the import from `main`, as people write it.
    [import, main]
        .into_iter()
        .map(|tokens| match syn::parse2::<syn::File>(tokens.clone()) {
            Ok(file) => prettyplease::unparse(&file),
            // The tokens come from the IR alone; should they ever not parse, they are shown raw
            // and the doc test that compiles every example reports it.
            Err(_) => tokens.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The statement that sends `request` (a builder with its arguments and setters), and what
/// the example then does with the answer.
fn send_and_print(op: &Operation, request: TokenStream) -> (TokenStream, Option<TokenStream>) {
    let call = quote! { #request.await? };
    match (&op.success_type, op.success_format) {
        // A paged list: every item of every page, a page (one request) at a time.
        (Some(_), _) if op.paging.is_some() => (
            quote!(let mut items = #request.stream();),
            Some(quote! {
                while let Some(item) = items.next().await {
                    let item = item?;
                    println!("{item:?}");
                }
            }),
        ),
        (Some(_), BodyFormat::Bytes) => {
            // A download goes to a file, not to the terminal.
            let file = format!("{}.{}", op.method_name, extension(op.accept.as_deref()));
            (
                quote!(let response = #call;),
                Some(quote! {
                    let path = std::env::temp_dir().join(#file);
                    std::fs::write(&path, &response)?;
                    println!("{} bytes written to {}", response.len(), path.display());
                }),
            )
        }
        (Some(_), _) => (
            quote!(let response = #call;),
            Some(quote!(println!("{response:?}");)),
        ),
        (None, _) => (quote!(#call;), None),
    }
}

/// `use <lib>::{..};` of what the example's values name, and `Client`.
fn imports(lib: &proc_macro2::Ident, lets: &[TokenStream]) -> TokenStream {
    let mentions = |what: &str| lets.iter().any(|l| l.to_string().contains(what));
    let mut imports = Vec::new();
    if mentions("File ::") {
        imports.push(quote!(File));
    }
    // The crate re-exports the date and UUID crates its types come from.
    if mentions("chrono ::") {
        imports.push(quote!(chrono));
    }
    if mentions("models ::") {
        imports.push(quote!(models));
    }
    if mentions("uuid ::") {
        imports.push(quote!(uuid));
    }
    imports.push(quote!(Client));
    match imports.as_slice() {
        [only] => quote!(use #lib::#only;),
        _ => quote!(use #lib::{ #( #imports ),* };),
    }
}

/// The example value of one argument or setter: the spec's example or default, else a
/// placeholder.
fn input_value(api: &Api, input: &Input<'_>, models: &TokenStream) -> TokenStream {
    match input {
        Input::Param(p) => match (&p.ty, p.example.as_ref().or(p.default.as_ref())) {
            (TypeRef::String | TypeRef::FormattedString(_), None) => {
                let placeholder = format!("{}_example", crate::naming::bare(&p.name));
                quote!(#placeholder)
            }
            (TypeRef::String | TypeRef::FormattedString(_), Some(v)) => {
                let text = text_of(v);
                quote!(#text)
            }
            (ty, v) => value_expr(api, ty, v, models),
        },
        Input::Body(Body {
            kind: BodyKind::Json(ty),
            example,
            ..
        }) => value_expr(api, ty, example.as_ref(), models),
        Input::Body(body) => {
            let text = body.example.as_ref().map(text_of).unwrap_or_default();
            quote!(#text)
        }
    }
}

/// `Client::new(..)`, or a builder with the first scheme the operation accepts.
fn client_expr(api: &Api, op: &Operation) -> TokenStream {
    let base_url = &api.base_url;
    // The schemes of the first requirement the operation accepts (usually one), each token
    // read from the environment.
    let auth = api.requirements_for(op).next().map(|schemes| {
        let setters = schemes.iter().map(|scheme| {
            let setter = ident(&scheme.name);
            let var = &scheme.env_var;
            match scheme.kind {
                SecurityKind::Basic => quote! {
                    .#setter(std::env::var("USERNAME")?, std::env::var("PASSWORD")?)
                },
                _ => quote! { .#setter(std::env::var(#var)?) },
            }
        });
        quote!( #( #setters )* )
    });
    match auth {
        Some(auth) => quote!(Client::builder(#base_url) #auth .build()?),
        None => quote!(Client::new(#base_url)?),
    }
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A Rust expression of type `ty` holding `value` (or a plain value of the type).
fn value_expr(api: &Api, ty: &TypeRef, value: Option<&Value>, models: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String | TypeRef::FormattedString(_) => {
            let text = value.map(text_of).unwrap_or_default();
            quote!(#text.to_string())
        }
        TypeRef::Integer(width) => {
            let n = value.and_then(Value::as_i64).unwrap_or(0);
            let lit = match width {
                IntWidth::I32 => Literal::i32_unsuffixed(n as i32),
                IntWidth::I64 => Literal::i64_unsuffixed(n),
            };
            quote!(#lit)
        }
        TypeRef::Number => {
            let lit = Literal::f64_unsuffixed(value.and_then(Value::as_f64).unwrap_or(0.0));
            quote!(#lit)
        }
        TypeRef::Boolean => {
            let b = value.and_then(Value::as_bool).unwrap_or(false);
            quote!(#b)
        }
        TypeRef::Array(item) => {
            let items = value
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|v| value_expr(api, item, Some(v), models));
            quote!(vec![ #( #items ),* ])
        }
        TypeRef::Map(inner) => match value.and_then(Value::as_object) {
            Some(map) if !map.is_empty() => {
                let entries = map.iter().map(|(k, v)| {
                    let v = value_expr(api, inner, Some(v), models);
                    quote!((#k.to_string(), #v))
                });
                quote!(std::collections::BTreeMap::from([ #( #entries ),* ]))
            }
            _ => quote!(std::collections::BTreeMap::new()),
        },
        TypeRef::Any => match value {
            Some(v) => {
                let json: TokenStream = v.to_string().parse().unwrap_or_default();
                quote!(serde_json::json!(#json))
            }
            None => quote!(serde_json::Value::Null),
        },
        TypeRef::Model(name) => model_expr(api, name, value, models),
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid | TypeRef::Base64 => {
            let text = super::example_text::parsable(ty, value.map(text_of).as_deref());
            let rust = type_tokens(ty, models);
            quote!(#text.parse::<#rust>()?)
        }
        TypeRef::Bytes => {
            let text = value.map(text_of).unwrap_or_else(|| "example bytes".into());
            let bytes = Literal::byte_string(text.as_bytes());
            quote!(#bytes.to_vec())
        }
        TypeRef::File => {
            let text = value.map(text_of).unwrap_or_else(|| "example file".into());
            let bytes = Literal::byte_string(text.as_bytes());
            quote!(File::from_bytes(#bytes.to_vec()).file_name("example.txt"))
        }
    }
}

/// Whether a value of type `ty` can be `value`, by the value's JSON kind (unions, and types
/// nested deeper than a few aliases, can be anything).
fn holds(api: &Api, ty: &TypeRef, value: &Value, depth: usize) -> bool {
    match ty {
        TypeRef::String
        | TypeRef::FormattedString(_)
        | TypeRef::DateTime
        | TypeRef::Date
        | TypeRef::Uuid
        | TypeRef::Base64 => value.is_string(),
        TypeRef::Integer(_) => value.is_i64() || value.is_u64(),
        TypeRef::Number => value.is_number(),
        TypeRef::Boolean => value.is_boolean(),
        TypeRef::Array(_) => value.is_array(),
        TypeRef::Map(_) => value.is_object(),
        TypeRef::Any | TypeRef::Bytes | TypeRef::File => true,
        TypeRef::Model(name) => match api.models.get(name).map(|m| &m.kind) {
            Some(ModelKind::Struct(_)) => value.is_object(),
            Some(ModelKind::Tuple(_)) => value.is_array(),
            Some(ModelKind::Enum(_)) => value.is_string() || value.is_number(),
            Some(ModelKind::Alias(inner)) if depth < 8 => holds(api, inner, value, depth + 1),
            _ => true,
        },
    }
}

/// A file extension for a downloaded body of this media type: `image/png` → `png`.
fn extension(content_type: Option<&str>) -> String {
    let subtype = content_type
        .and_then(|c| c.split(';').next())
        .and_then(|c| c.split_once('/'))
        .map(|(_, subtype)| subtype.trim())
        .unwrap_or("");
    let clean = subtype.chars().all(|c| c.is_ascii_alphanumeric()) && !subtype.is_empty();
    match subtype {
        "octet-stream" | "*" => "bin".into(),
        _ if clean => subtype.to_ascii_lowercase(),
        _ => "bin".into(),
    }
}

fn model_expr(api: &Api, name: &str, value: Option<&Value>, models: &TokenStream) -> TokenStream {
    let Some(model) = api.models.get(name) else {
        return quote!(Default::default());
    };
    let path = type_tokens(&TypeRef::Model(name.to_string()), models);
    // An alias of a struct, enum or union is written under its own name (`Alias { .. }`,
    // `Alias::Variant`), as the reader of its operation's page knows it.
    let kind = match &model.kind {
        ModelKind::Alias(TypeRef::Model(target)) => match api.models.get(target).map(|m| &m.kind) {
            Some(kind @ (ModelKind::Struct(_) | ModelKind::Enum(_) | ModelKind::Union(_))) => kind,
            _ => &model.kind,
        },
        kind => kind,
    };
    match kind {
        ModelKind::Alias(ty) => value_expr(api, ty, value, models),
        ModelKind::Tuple(types) => {
            let items = value.and_then(Value::as_array);
            let members = types
                .iter()
                .enumerate()
                .map(|(i, ty)| value_expr(api, ty, items.and_then(|a| a.get(i)), models));
            quote!(#path( #( #members ),* ))
        }
        ModelKind::Union(u) => {
            // The variant the example's tag names, else the first whose type can hold the
            // example (a `null` or an object is no `String`), else the first.
            let tag = u.tag.as_ref().and_then(|t| value?.get(t)?.as_str());
            let chosen = u
                .variants
                .iter()
                .find(|v| tag.is_some_and(|t| v.tags.iter().any(|x| x == t)))
                .or_else(|| {
                    let value = value?;
                    u.variants.iter().find(|v| holds(api, &v.ty, value, 0))
                })
                .or(u.variants.first());
            match chosen {
                Some(v) => {
                    let variant = ident(&v.name);
                    let mut inner = value_expr(api, &v.ty, value, models);
                    if v.boxed {
                        inner = quote!(Box::new(#inner));
                    }
                    quote!(#path::#variant(#inner))
                }
                None => {
                    let catch_all = ident(&u.catch_all);
                    quote!(#path::#catch_all(serde_json::Value::Null))
                }
            }
        }
        ModelKind::Enum(e) => {
            let wanted = value.and_then(Value::as_str);
            match e
                .variants
                .iter()
                .find(|v| Some(v.value.as_str()) == wanted)
                .or(e.variants.first())
            {
                Some(v) => {
                    let variant = ident(&v.name);
                    quote!(#path::#variant)
                }
                None => {
                    let catch_all = ident(&e.catch_all);
                    let text = wanted.unwrap_or_default();
                    quote!(#path::#catch_all(#text.to_string()))
                }
            }
        }
        ModelKind::Struct(s) => {
            let object = value.and_then(Value::as_object);
            let mut fields = Vec::new();
            for f in &s.fields {
                let given = object
                    .and_then(|o| o.get(&f.api_name))
                    .filter(|v| !v.is_null());
                if given.is_none() && s.derives_default {
                    continue;
                }
                let field = ident(&f.name);
                let expr = match given {
                    None if f.is_optional() => quote!(None),
                    given => {
                        let mut expr = value_expr(api, &f.ty, given, models);
                        if f.boxed {
                            expr = quote!(Box::new(#expr));
                        }
                        if f.is_optional() {
                            quote!(Some(#expr))
                        } else {
                            expr
                        }
                    }
                };
                fields.push(quote!(#field: #expr));
            }
            let all_given = fields.len() == s.fields.len();
            let rest = if s.derives_default && (!all_given || s.additional.is_some()) {
                quote!(..Default::default())
            } else if s.additional.is_some() {
                let field = ident(crate::naming::ADDITIONAL_PROPERTIES_FIELD);
                quote!(#field: Default::default())
            } else {
                TokenStream::new()
            };
            quote!(#path { #( #fields, )* #rest })
        }
    }
}
