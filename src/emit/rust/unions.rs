//! Union models (`oneOf`/`anyOf`): an enum with a variant per member and a catch-all that
//! keeps any other value as JSON. Untagged unions let serde try the variants in the IR's
//! order; tagged ones read the discriminator first.

use super::tokens::{docs, ident, type_tokens};
use crate::ir::{TypeRef, UnionModel, UnionVariant};
use proc_macro2::TokenStream;
use quote::quote;

/// The enum of a union model, with its serde impls.
pub fn union_item(name: &str, doc: TokenStream, u: &UnionModel) -> TokenStream {
    let type_name = ident(name);
    let catch_all = ident(&u.catch_all);
    let variants = u.variants.iter().map(variant);
    // A string enum variant takes only its listed values: such a union reads the variants
    // itself, not through serde's `untagged`.
    let strict = u.variants.iter().any(|v| v.enum_catch_all.is_some());
    let (derive_serde, impls) = match &u.tag {
        None if strict => (quote!(serde::Serialize,), quote!(#[serde(untagged)])),
        None => (
            quote!(serde::Serialize, serde::Deserialize,),
            quote!(#[serde(untagged)]),
        ),
        Some(_) => (TokenStream::new(), TokenStream::new()),
    };
    let tagged = match &u.tag {
        Some(tag) => Some(tagged_impls(&type_name, tag, u)),
        None if strict => Some(untagged_deserialize(&type_name, u)),
        None => None,
    };
    let how = match &u.tag {
        Some(tag) => format!(
            "Decoding reads `{tag}` first and picks the variant its value names; an unknown \
             value is kept in [`{name}::{}`].",
            u.catch_all
        ),
        None => format!(
            "Decoding tries the variants in order{}; a value none of them takes is kept in \
             [`{name}::{}`].",
            if strict {
                " (a string enum only for one of its values)"
            } else {
                ""
            },
            u.catch_all
        ),
    };
    let conversions = plain_conversions(&type_name, u);
    let how = match conversions.is_empty() {
        true => how,
        false => format!("{how} A plain value becomes one with `.into()`."),
    };
    let how = docs(&[Some(&how)]);
    let variant_names =
        super::tokens::variant_names_allow(name, u.variants.iter().map(|v| v.name.as_str()));
    let gap = (!doc.is_empty()).then(|| quote!(#[doc = ""]));
    quote! {
        #doc
        #gap
        #how
        // The variants are the spec's types, of whatever size; boxing them all would put every
        // value behind a pointer to save space only where sizes differ.
        #[allow(clippy::large_enum_variant)]
        #variant_names
        #[derive(Debug, Clone, PartialEq, #derive_serde)]
        #impls
        pub enum #type_name {
            #( #variants )*
            /// A value this client does not know, kept as sent.
            #catch_all(serde_json::Value),
        }

        #tagged
        #( #conversions )*
    }
}

/// `From` each plain value (a string, number, boolean, date or UUID) that only one variant
/// holds, and `From<&str>` beside `From<String>`: `title: "Found a bug".into()` rather than
/// `RequestTitle::String("Found a bug".to_string())`. Not for models: `Variant(model)` says
/// as much, and every impl is compile time in a large crate.
fn plain_conversions(type_name: &proc_macro2::Ident, u: &UnionModel) -> Vec<TokenStream> {
    let plain = |ty: &TypeRef| {
        matches!(
            ty,
            TypeRef::String
                | TypeRef::FormattedString(_)
                | TypeRef::Integer(_)
                | TypeRef::Number
                | TypeRef::Boolean
                | TypeRef::DateTime
                | TypeRef::Date
                | TypeRef::Uuid
        )
    };
    let rust = |ty: &TypeRef| type_tokens(ty, &TokenStream::new()).to_string();
    let mut out = Vec::new();
    for v in u.variants.iter().filter(|v| plain(&v.ty) && !v.boxed) {
        let ty = rust(&v.ty);
        if u.variants.iter().filter(|o| rust(&o.ty) == ty).count() > 1 {
            continue;
        }
        let name = ident(&v.name);
        let tokens = type_tokens(&v.ty, &TokenStream::new());
        out.push(quote! {
            impl From<#tokens> for #type_name {
                fn from(value: #tokens) -> Self {
                    Self::#name(value)
                }
            }
        });
        if ty == "String" {
            out.push(quote! {
                impl From<&str> for #type_name {
                    fn from(value: &str) -> Self {
                        Self::#name(value.to_string())
                    }
                }
            });
        }
    }
    out
}

fn variant(v: &UnionVariant) -> TokenStream {
    let name = ident(&v.name);
    let mut ty = type_tokens(&v.ty, &TokenStream::new());
    if v.boxed {
        ty = quote!(Box<#ty>);
    }
    let what = match &v.ty {
        TypeRef::Model(model) => format!("A [`{model}`]."),
        _ => format!("A `{}`.", ty.to_string().replace(' ', "")),
    };
    let tags = match v.tags.as_slice() {
        [] => String::new(),
        tags => {
            let listed: Vec<String> = tags.iter().map(|t| format!("`{t}`")).collect();
            format!(" The discriminator is {}.", listed.join(" or "))
        }
    };
    let doc = docs(&[Some(&format!("{what}{tags}"))]);
    quote! { #doc #name(#ty), }
}

/// `Deserialize` of an untagged union with a string enum variant: the variants in order, as
/// serde's `untagged` tries them, but a string enum only for one of its listed values.
fn untagged_deserialize(type_name: &proc_macro2::Ident, u: &UnionModel) -> TokenStream {
    let catch_all = ident(&u.catch_all);
    let arms = u.variants.iter().map(|v| {
        let name = ident(&v.name);
        let ty = type_tokens(&v.ty, &TokenStream::new());
        let wrap = if v.boxed {
            quote!(#type_name::#name(Box::new(v)))
        } else {
            quote!(#type_name::#name(v))
        };
        let decoded = quote!(<#ty as serde::Deserialize>::deserialize(&value));
        if let Some(catch_all) = &v.enum_catch_all {
            let catch_all = ident(catch_all);
            quote! {
                if let Some(v) = #decoded.ok().filter(|v| !matches!(v, #ty::#catch_all(_))) {
                    return Ok(#wrap);
                }
            }
        } else {
            quote! {
                if let Ok(v) = #decoded {
                    return Ok(#wrap);
                }
            }
        }
    });
    quote! {
        impl<'de> serde::Deserialize<'de> for #type_name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                #( #arms )*
                Ok(#type_name::#catch_all(value))
            }
        }
    }
}

/// `Deserialize` that reads the tag first, and `Serialize` as the variant's own value.
fn tagged_impls(type_name: &proc_macro2::Ident, tag: &str, u: &UnionModel) -> TokenStream {
    let catch_all = ident(&u.catch_all);
    let arms = u.variants.iter().map(|v| {
        let name = ident(&v.name);
        let tags = &v.tags;
        let wrap = if v.boxed {
            quote!(|v| #type_name::#name(Box::new(v)))
        } else {
            quote!(#type_name::#name)
        };
        quote! {
            Some(#( #tags )|*) => serde_json::from_value(value)
                .map(#wrap)
                .map_err(serde::de::Error::custom),
        }
    });
    let serialize_arms = u.variants.iter().map(|v| {
        let name = ident(&v.name);
        quote!(#type_name::#name(value) => serde::Serialize::serialize(value, serializer),)
    });
    quote! {
        impl<'de> serde::Deserialize<'de> for #type_name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#tag).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #( #arms )*
                    _ => Ok(#type_name::#catch_all(value)),
                }
            }
        }

        impl serde::Serialize for #type_name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( #serialize_arms )*
                    #type_name::#catch_all(value) => serde::Serialize::serialize(value, serializer),
                }
            }
        }
    }
}
