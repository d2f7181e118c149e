//! The `webhooks` module: the requests the API sends to you (OpenAPI 3.1 `webhooks`), as one
//! enum with a variant per webhook that has a JSON payload, and `Webhook::decode` to read a
//! body by the webhook's name.

use super::tokens::{docs, feature_predicate, ident, type_tokens};
use crate::ir::{Api, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The webhooks with a payload type: the enum's variants.
fn typed(api: &Api) -> impl Iterator<Item = (&crate::ir::Webhook, &TypeRef)> {
    api.webhooks
        .iter()
        .filter_map(|w| w.payload.as_ref().map(|ty| (w, ty)))
}

/// Whether the crate has a `webhooks` module.
pub fn has_webhooks(api: &Api) -> bool {
    typed(api).next().is_some()
}

/// `#[cfg(..)]` of the module: with `gated`, every payload's model must be compiled (each is
/// under the features that reach it, `other-models` for most).
pub fn cfg(api: &Api, gated: bool) -> Option<TokenStream> {
    if !gated {
        return None;
    }
    let sets: std::collections::BTreeSet<&Vec<String>> = typed(api)
        .filter_map(|(_, ty)| ty.model())
        .filter_map(|name| api.models.get(name))
        .map(|model| &model.features)
        .collect();
    let predicates: Vec<TokenStream> = sets
        .into_iter()
        .filter_map(|features| feature_predicate(features, false))
        .collect();
    match predicates.as_slice() {
        [] => None,
        [one] => Some(quote!(#[cfg(#one)])),
        many => Some(quote!(#[cfg(all( #( #many ),* ))])),
    }
}

/// The module's items.
pub fn webhooks_module(api: &Api) -> TokenStream {
    let models = quote!(super::models::);
    let variants = typed(api).map(|(hook, ty)| {
        let variant = ident(&hook.variant);
        let ty = type_tokens(ty, &models);
        let title = format!("`{}` (`{}`)", hook.name, hook.method);
        let doc = docs(&[
            Some(title.as_str()),
            hook.summary.as_deref(),
            hook.description.as_deref(),
        ]);
        quote!(#doc #variant(#ty),)
    });
    let names_allow = super::tokens::variant_names_allow(
        "Webhook",
        typed(api).map(|(hook, _)| hook.variant.as_str()),
    );
    let arms = typed(api).map(|(hook, _)| {
        let variant = ident(&hook.variant);
        let name = &hook.name;
        quote!(#name => Some(serde_json::from_slice(body).map(Webhook::#variant)),)
    });
    quote! {
        //! What the API sends to you: its webhooks, decoded by name.

        /// A webhook's payload, by webhook (as the spec lists them).
        // Payloads differ in size; one decoded at a time, matched at once: no box is worth it.
        #[allow(clippy::large_enum_variant)]
        #names_allow
        #[derive(Debug, Clone, PartialEq)]
        pub enum Webhook {
            #( #variants )*
        }

        impl Webhook {
            /// Decode the JSON body of the webhook the spec names `name` (e.g. from the route
            /// you registered it at); `None` for a name it does not list.
            pub fn decode(name: &str, body: &[u8]) -> Option<Result<Self, serde_json::Error>> {
                match name {
                    #( #arms )*
                    _ => None,
                }
            }
        }
    }
}
