//! Small token helpers shared by the Rust emitters.

use crate::ir::{IntWidth, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier from a name the IR decided (`r#type` becomes a raw identifier).
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The Rust type of `ty`; models are named through `models` (`models::User`, or nothing
/// inside the models module).
pub fn type_tokens(ty: &TypeRef, models: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String | TypeRef::FormattedString(_) => quote!(String),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Number => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Array(item) => {
            let item = type_tokens(item, models);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = type_tokens(value, models);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Model(name) => {
            let name = ident(name);
            quote!(#models #name)
        }
        TypeRef::Bytes => quote!(Vec<u8>),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Uuid => quote!(uuid::Uuid),
        // The models module re-exports the client's `Base64` when the API uses it.
        TypeRef::Base64 => quote!(#models Base64),
        // Imported where it is used (the client's `File`).
        TypeRef::File => quote!(File),
    }
}

/// `#[doc = "..."]` attributes for a summary and a description, as rustdoc should read them.
pub fn docs(parts: &[Option<&str>]) -> TokenStream {
    let mut kept: Vec<&str> = Vec::new();
    for part in parts.iter().flatten().map(|s| s.trim()) {
        // Converted specs often repeat the summary as the description.
        if !part.is_empty() && !kept.contains(&part) {
            kept.push(part);
        }
    }
    let text = kept.join("\n\n");
    doc_text(&text)
}

/// rustdoc's lints that spec prose trips in doc comments, written for API reference sites:
/// bare URLs, stray HTML such as `<br>`, and `[text]` that is no link. Mending them would mean
/// guessing at the author's Markdown (and a URL or a tag inside a code span is fine), so they
/// are allowed; what clippy flags is mended instead (`super::prose`).
pub fn prose_allows() -> TokenStream {
    quote! {
        #![allow(
            rustdoc::bare_urls,
            rustdoc::invalid_html_tags,
            rustdoc::broken_intra_doc_links
        )]
    }
}

/// `#[doc]` lines for markdown text, mended for rustdoc and clippy (see [`super::prose`]).
pub fn doc_text(text: &str) -> TokenStream {
    if text.trim().is_empty() {
        return TokenStream::new();
    }
    // rustdoc puts one space after `///`; keep the text's own indentation after it.
    let lines = super::prose::doc_lines(text)
        .into_iter()
        .map(|line| format!(" {line}"));
    quote! { #( #[doc = #lines] )* }
}

/// `#[allow(clippy::enum_variant_names)]` for an enum some of whose variants start or end
/// with its own name (`DeviceIntegrity::MeetsDeviceIntegrity`): the names are the spec's
/// values (or member types), and renaming them would hide which value is which.
pub fn variant_names_allow<'a>(
    enum_name: &str,
    variants: impl IntoIterator<Item = &'a str>,
) -> Option<TokenStream> {
    let boundary = |rest: &str| {
        rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    let variants: Vec<&str> = variants.into_iter().collect();
    // An enum name is PascalCase: as a suffix it always starts a word.
    let named_like_enum = variants.iter().any(|variant| {
        variant.strip_prefix(enum_name).is_some_and(boundary) || variant.ends_with(enum_name)
    });
    // clippy also objects to a first or last word every variant shares (`CookieSidKey`,
    // `HeaderApiKey`, `QueryApiKey`: intellifi's schemes).
    let words: Vec<Vec<&str>> = variants.iter().map(|v| camel_words(v)).collect();
    let shared = |last: bool| {
        let word = |i: usize| match last {
            true => words[i].last().copied(),
            false => words[i].first().copied(),
        };
        // clippy looks at enums of three variants or more (`enum-variant-name-threshold`).
        variants.len() >= 3 && (1..words.len()).all(|i| word(i) == word(0))
    };
    let trips = named_like_enum || shared(false) || shared(true);
    trips.then(|| quote!(#[allow(clippy::enum_variant_names)]))
}

/// The words of a PascalCase name: `CookieSidKey` → `Cookie`, `Sid`, `Key`.
fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    words.push(&name[start..]);
    words
}

/// The cfg predicate of cargo features: `feature = "a"` for one, else `any(..)` (or, with
/// `all`, `all(..)`) of them; `None` for none. One feature is never wrapped (clippy's
/// `non_minimal_cfg`).
pub fn feature_predicate<S: AsRef<str>>(features: &[S], all: bool) -> Option<TokenStream> {
    let names: Vec<&str> = features.iter().map(AsRef::as_ref).collect();
    match names.as_slice() {
        [] => None,
        [one] => Some(quote!(feature = #one)),
        many if all => Some(quote!(all( #( feature = #many ),* ))),
        many => Some(quote!(any( #( feature = #many ),* ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_identifiers_for_keywords() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("user_id").to_string(), "user_id");
    }

    #[test]
    fn types_as_rust_spells_them() {
        let models = quote!(models::);
        let ty = TypeRef::Map(Box::new(TypeRef::Array(Box::new(TypeRef::Model(
            "User".into(),
        )))));
        assert_eq!(
            type_tokens(&ty, &models).to_string(),
            quote!(std::collections::BTreeMap<String, Vec<models::User> >).to_string()
        );
    }

    #[test]
    fn variant_names_clippy_objects_to_are_allowed() {
        let allowed =
            |name, variants: &[&str]| variant_names_allow(name, variants.iter().copied()).is_some();
        // Named like the enum.
        assert!(allowed("Auth", &["BearerToken", "BasicAuth"]));
        assert!(allowed("Color", &["ColorRed", "Blue"]));
        // A last or first word all share (intellifi's schemes).
        assert!(allowed(
            "Auth",
            &["CookieSidKey", "HeaderApiKey", "QueryApiKey"]
        ));
        assert!(allowed("Kind", &["UserAdmin", "UserGuest", "UserOwner"]));
        assert!(
            !allowed("Auth", &["ApiToken", "Oauth2Token"]),
            "two: clippy lets it be"
        );
        // Nothing shared.
        assert!(!allowed("Auth", &["BearerToken", "ApiKey", "Basic"]));
        assert!(!allowed("Auth", &["ApiKey"]));
        assert_eq!(camel_words("CookieSidKey"), ["Cookie", "Sid", "Key"]);
    }

    #[test]
    fn untagged_fences_do_not_become_doctests() {
        let docs = doc_text("Example:\n```\n{\"a\": 1}\n```\n```json\n{}\n```").to_string();
        assert!(docs.contains("```text"), "{docs}");
        assert!(docs.contains("```json"), "{docs}");
        assert_eq!(docs.matches("```text").count(), 1, "{docs}");
    }
}
