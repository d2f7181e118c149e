//! The `spec` module: what a generated crate's fixed runtime (`src/runtime/`) needs from the
//! spec. Its server and `User-Agent`, its security schemes (see [`super::credentials`]) and the
//! error models some operation declares.

use super::tokens::{ident, prose_allows};
use crate::ir::{Api, UrlPart};
use proc_macro2::TokenStream;
use quote::quote;

/// The `spec` module; with `gated`, what only some tags use carries their features' cfg.
pub fn spec_module(api: &Api, gated: bool) -> TokenStream {
    let user_agent = format!("{}/{}", api.crate_name, api.crate_version);
    let base_url = &api.base_url;
    let path_secret = api.base_url_secret.is_some();
    let host_secret = api.base_url_secret == Some(UrlPart::Host);
    let operation_servers = api.operation_servers().into_iter();
    let credentials = super::credentials::credentials(&api.security_schemes);
    let error_body = error_body(api, gated);
    let allows = prose_allows();
    quote! {
        //! What the spec declares: its server, its security schemes and its error models.
        //! The client's fixed code (`runtime`) reaches the spec only through this module.
        #allows

        use super::runtime::Error;
        use std::fmt;

        /// The server the spec names: where requests go unless told otherwise.
        pub const DEFAULT_BASE_URL: &str = #base_url;

        /// Whether the base URL's path holds a secret (a server variable the spec says is one):
        /// `Debug` output and errors then leave the path out.
        pub(crate) const BASE_URL_PATH_SECRET: bool = #path_secret;

        /// Whether the base URL's host holds a secret: `Debug` output and errors then leave
        /// out all but its scheme.
        pub(crate) const BASE_URL_HOST_SECRET: bool = #host_secret;

        /// The servers some operations are sent to instead of the base URL, as the spec names
        /// them (an absolute URL, or a path on the base URL's origin): each operation's docs say
        /// which; [`ClientBuilder::server`](super::ClientBuilder::server) moves one.
        pub const OPERATION_SERVERS: &[&str] = &[#( #operation_servers ),*];

        /// The `User-Agent` sent with every request unless [`ClientBuilder::user_agent`](super::ClientBuilder::user_agent) sets another.
        pub const USER_AGENT: &str = #user_agent;

        #credentials

        #error_body
    }
}

/// `ErrorBody`: one variant per error model, as decoded from an error response.
fn error_body(api: &Api, gated: bool) -> TokenStream {
    let variants = api.error_models.iter().map(|name| {
        let variant = ident(name);
        let doc = format!(" A [`{name}`](super::models::{name}).");
        quote! { #[doc = #doc] #variant(super::models::#variant), }
    });
    let decoders = super::errors::decoders(api, gated);
    let names_allow = super::tokens::variant_names_allow(
        "ErrorBody",
        api.error_models.iter().map(String::as_str),
    );
    quote! {
        /// The error models the spec declares, as decoded from an error response.
        // The variants are the spec's types, of whatever size (it travels boxed in
        // `Error::Status`); boxing each would put every match behind a pointer.
        #[allow(clippy::large_enum_variant)]
        #names_allow
        #[derive(Debug, Clone, PartialEq)]
        pub enum ErrorBody {
            #( #variants )*
        }

        #decoders
    }
}
