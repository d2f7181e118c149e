//! How an error response's body is decoded: one function per distinct set of declared error
//! responses, `ErrorBody::decode_<statuses>_<model>` in the `spec` module, shared by every
//! operation that declares the same set (most operations of an API declare one of a few).

use super::apis::declared_errors;
use super::tokens::ident;
use crate::ir::{Api, Operation};
use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// The name of an operation's decoder, from what it decodes: each run of statuses that share
/// a model, then the model (`decode_400_403_404_429_error`); `None` when it declares none.
fn decoder_name(op: &Operation) -> Option<String> {
    let declared = declared_errors(op);
    if declared.is_empty() {
        return None;
    }
    let mut name = String::from("decode");
    for (i, (status, model)) in declared.iter().enumerate() {
        name.push('_');
        name.push_str(&status.to_ascii_lowercase());
        if declared.get(i + 1).is_none_or(|(_, next)| next != model) {
            name.push('_');
            name.push_str(&model.to_snake_case());
        }
    }
    Some(name)
}

/// The `error_body` of an operation's request: its shared decoder, or none.
pub(super) fn decoder_path(op: &Operation) -> TokenStream {
    match decoder_name(op) {
        Some(name) => {
            let name = ident(&name);
            quote!(ErrorBody::#name)
        }
        None => quote!(|_, _| None),
    }
}

/// The decoders of every operation, once each, as an `impl ErrorBody` (nothing when no
/// operation declares an error model). With `gated`, each is compiled with the features of
/// the tags whose operations use it.
pub(super) fn decoders(api: &Api, gated: bool) -> TokenStream {
    let mut decoders: BTreeMap<String, (TokenStream, BTreeSet<String>)> = BTreeMap::new();
    for tag in &api.tags {
        for op in &tag.operations {
            if let Some(name) = decoder_name(op) {
                let entry = decoders
                    .entry(name)
                    .or_insert_with(|| (decoder_body(op), BTreeSet::new()));
                entry.1.insert(tag.feature.clone());
            }
        }
    }
    if decoders.is_empty() {
        return TokenStream::new();
    }
    let functions = decoders.iter().map(|(name, (body, features))| {
        let name = ident(name);
        let features: Vec<String> = features.iter().cloned().collect();
        let cfg = gated.then(|| super::models::cfg_any(&features)).flatten();
        quote! {
            #cfg
            pub(crate) fn #name(status: u16, body: &[u8]) -> Option<Self> {
                #body
            }
        }
    });
    quote! {
        /// Decoders of error bodies by status, one per set of error responses operations declare.
        impl ErrorBody {
            #( #functions )*
        }
    }
}

/// The body of a decoder: exact codes first (grouped by model), then ranges such as `4XX`,
/// then `default`, so a `404` inside a `4XX` keeps its own model.
fn decoder_body(op: &Operation) -> TokenStream {
    let decode = |model: &str| {
        let variant = ident(model);
        quote!(serde_json::from_slice(body).ok().map(Self::#variant))
    };
    let mut exact: Vec<(&str, Vec<u16>)> = Vec::new();
    let mut ranges = Vec::new();
    let mut fallback = quote! { _ => None, };
    let mut default = None;
    for (status, model) in declared_errors(op) {
        if status == "default" {
            let decode = decode(model);
            default = Some(decode.clone());
            fallback = quote! { _ => #decode, };
        } else if let Some(class) = status
            .strip_suffix("XX")
            .and_then(|c| c.parse::<u16>().ok())
        {
            let first = proc_macro2::Literal::u16_unsuffixed(class * 100);
            let last = proc_macro2::Literal::u16_unsuffixed(class * 100 + 99);
            let decode = decode(model);
            ranges.push(quote! { #first..=#last => #decode, });
        } else if let Ok(code) = status.parse::<u16>() {
            match exact.iter_mut().find(|(m, _)| *m == model) {
                Some((_, codes)) => codes.push(code),
                None => exact.push((model, vec![code])),
            }
        }
    }
    // Only a `default` model: every status decodes the same way (no one-arm `match`).
    if let (Some(decode), true, true) = (&default, exact.is_empty(), ranges.is_empty()) {
        return quote! {
            let _ = status;
            #decode
        };
    }
    let exact = exact.iter().map(|(model, codes)| {
        let decode = decode(model);
        let codes = status_patterns(codes);
        quote! { #( #codes )|* => #decode, }
    });
    quote! {
        match status {
            #( #exact )*
            #( #ranges )*
            #fallback
        }
    }
}

/// Status codes as match patterns, in order: a run of three or more consecutive codes as a
/// range (`400..=404`, as clippy's `manual_range_patterns` asks), the others alone.
fn status_patterns(codes: &[u16]) -> Vec<TokenStream> {
    let mut codes = codes.to_vec();
    codes.sort_unstable();
    codes.dedup();
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for code in codes {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == code => *last = code,
            _ => runs.push((code, code)),
        }
    }
    let lit = proc_macro2::Literal::u16_unsuffixed;
    runs.into_iter()
        .flat_map(|(first, last)| match last - first {
            // A pair reads better as `403 | 404`, and clippy lets it be.
            0 | 1 => (first..=last)
                .map(|c| {
                    let c = lit(c);
                    quote!(#c)
                })
                .collect(),
            _ => {
                let (a, b) = (lit(first), lit(last));
                vec![quote!(#a..=#b)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::status_patterns;

    #[test]
    fn consecutive_statuses_are_ranges() {
        let patterns: Vec<String> = status_patterns(&[404, 400, 401, 402, 409, 403, 410, 500])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(patterns, ["400 ..= 404", "409", "410", "500"]);
    }
}
