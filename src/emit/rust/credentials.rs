//! The spec's security schemes in the `spec` module: the `Auth` enum, the `Credentials` the
//! client holds (one token per scheme) and the `ClientBuilder` setters that fill them. The
//! runtime's `Client` asks `Credentials` to authorize each request.

use super::tokens::{docs, ident};
use crate::ir::{SecurityKind, SecurityScheme};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

/// `Auth`, `Credentials` and the setters, for these schemes.
pub fn credentials(schemes: &[SecurityScheme]) -> TokenStream {
    let auth_variants = schemes.iter().map(|s| {
        let variant = ident(&s.variant);
        let doc = format!(" `{}`", s.api_name);
        quote! { #[doc = #doc] #variant, }
    });
    // Scheme names may end in the enum's own (`basic_auth` is `BasicAuth`).
    let names_allow =
        super::tokens::variant_names_allow("Auth", schemes.iter().map(|s| s.variant.as_str()));
    let fields = schemes.iter().map(token_field);
    let debug = schemes.iter().map(token_debug);
    let secrets = if schemes.is_empty() {
        quote!(Vec::new())
    } else {
        let pushes = schemes.iter().map(token_secret);
        quote! {
            let mut secrets = Vec::new();
            #( #pushes )*
            secrets
        }
    };
    let setters: Vec<_> = schemes.iter().map(setter).collect();
    let methods = methods(schemes);
    // A spec without schemes adds no setters (and no empty `impl`), and shows no token.
    let setters = (!setters.is_empty()).then(|| {
        quote! {
            impl super::runtime::ClientBuilder {
                #( #setters )*
            }
        }
    });
    let debug_arg = if schemes.is_empty() {
        quote!(_d)
    } else {
        quote!(d)
    };
    quote! {
        /// The security schemes of the spec: the ones an operation accepts, in order.
        // A scheme the spec defines may be named by no operation that was generated.
        #[allow(dead_code)]
        #names_allow
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Auth {
            #( #auth_variants )*
        }

        /// The client's tokens, one per security scheme. Never shown by `Debug`.
        #[derive(Clone, Default)]
        pub(crate) struct Credentials {
            #( #fields )*
        }

        impl Credentials {
            /// Adds each token to a `Debug` output, redacted.
            pub(crate) fn debug_fields(&self, #debug_arg: &mut fmt::DebugStruct<'_, '_>) {
                #( #debug )*
            }

            /// The tokens this client has (a basic scheme's password), to cut out of error
            /// bodies that echo them.
            pub(crate) fn secrets(&self) -> Vec<&str> {
                #secrets
            }

            #methods
        }

        #setters
    }
}

/// `chosen`, `authorize`, `query` and `in_url`: how a request's accepted schemes meet the
/// tokens this client has.
fn methods(schemes: &[SecurityScheme]) -> TokenStream {
    let is_set = schemes.iter().map(is_set);
    let apply_header: Vec<_> = schemes.iter().map(apply_header).collect();
    let apply_query: Vec<_> = schemes.iter().filter_map(apply_query).collect();
    let in_query: Vec<_> = schemes
        .iter()
        .filter(|s| matches!(s.kind, SecurityKind::ApiKeyQuery { .. }))
        .map(|s| ident(&s.variant))
        .collect();
    let cookie_arms: Vec<_> = schemes.iter().filter_map(apply_cookie).collect();
    // A match over every scheme needs no catch-all arm (it would be unreachable).
    let rest = |arms: usize| (arms < schemes.len()).then(|| quote!(_ => None,));
    let (other_cookies, other_queries) = (rest(cookie_arms.len()), rest(apply_query.len()));
    let (cookie_arg, cookie) = if cookie_arms.is_empty() {
        (quote!(_auth), quote!(Vec::new()))
    } else {
        (
            quote!(auth),
            quote! {
                self.chosen(auth)
                    .iter()
                    .filter_map(|scheme| match scheme {
                        #( #cookie_arms )*
                        #other_cookies
                    })
                    .collect()
            },
        )
    };
    let (query, in_url) = if in_query.is_empty() {
        (quote!(Vec::new()), quote!(false))
    } else {
        (
            quote! {
                self.chosen(auth)
                    .iter()
                    .filter_map(|scheme| match scheme {
                        #( #apply_query )*
                        #other_queries
                    })
                    .collect()
            },
            quote! {
                self.chosen(auth)
                    .iter()
                    .any(|scheme| matches!(scheme, #( Auth::#in_query )|*))
            },
        )
    };
    let chosen = (!schemes.is_empty()).then(|| {
        quote! {
        /// The schemes a request uses: the first of the requirements its operation accepts
        /// (each a set of schemes sent together) that this client has every token for. Only
        /// that requirement's schemes are sent, never others.
        fn chosen(&self, auth: &[&'static [Auth]]) -> &'static [Auth] {
            auth.iter()
                .copied()
                .find(|requirement| {
                    requirement.iter().all(|scheme| match *scheme {
                        #( #is_set )*
                    })
                })
                .unwrap_or(&[])
        }
        }
    });
    // Without schemes, nothing is authorized (and `Auth` has no value to match).
    let (builder_arg, authorize_arg, authorize) = if schemes.is_empty() {
        (quote!(builder), quote!(_auth), quote!(Ok(builder)))
    } else {
        (
            quote!(mut builder),
            quote!(auth),
            quote! {
                for scheme in self.chosen(auth) {
                    builder = match *scheme {
                        #( #apply_header )*
                    };
                }
                Ok(builder)
            },
        )
    };
    // Without query keys, `query` and `in_url` have no use for the schemes.
    let auth_arg = if in_query.is_empty() {
        quote!(_auth)
    } else {
        quote!(auth)
    };
    quote! {
        #chosen

        /// Apply the chosen schemes to the request's headers.
        pub(crate) fn authorize(
            &self,
            #builder_arg: reqwest::RequestBuilder,
            #authorize_arg: &[&'static [Auth]],
        ) -> Result<reqwest::RequestBuilder, Error> {
            #authorize
        }

        /// The query parameters that carry the chosen schemes' API keys, if any ride there.
        pub(crate) fn query(&self, #auth_arg: &[&'static [Auth]]) -> Vec<(&'static str, String)> {
            #query
        }

        /// The cookies that carry the chosen schemes' API keys, if any ride in one.
        pub(crate) fn cookies(&self, #cookie_arg: &[&'static [Auth]]) -> Vec<(&'static str, String)> {
            #cookie
        }

        /// Whether a chosen scheme puts a key in the URL (errors then drop the URL).
        pub(crate) fn in_url(&self, #auth_arg: &[&'static [Auth]]) -> bool {
            #in_url
        }
    }
}

fn token_field(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    match scheme.kind {
        SecurityKind::Basic => quote! { #name: Option<(String, String)>, },
        _ => quote! { #name: Option<String>, },
    }
}

fn token_secret(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    match scheme.kind {
        SecurityKind::Basic => quote! {
            if let Some((_, password)) = &self.#name {
                secrets.push(password.as_str());
            }
        },
        _ => quote! {
            if let Some(token) = &self.#name {
                secrets.push(token.as_str());
            }
        },
    }
}

fn token_debug(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let label = naming::bare(&scheme.name).to_string();
    quote! {
        d.field(#label, &self.#name.as_ref().map(|_| "[redacted]"));
    }
}

fn setter(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let what = match &scheme.kind {
        SecurityKind::ApiKeyHeader {
            header,
            prefix: Some(prefix),
        } => {
            format!(
                " Authorize with `{}` (sent as `{header}: {prefix} <key>`).",
                scheme.api_name
            )
        }
        SecurityKind::ApiKeyHeader {
            header,
            prefix: None,
        } => {
            format!(
                " Authorize with `{}` (sent as the `{header}` header).",
                scheme.api_name
            )
        }
        SecurityKind::ApiKeyQuery { param } => {
            format!(
                " Authorize with `{}` (sent as the `{param}` query parameter).",
                scheme.api_name
            )
        }
        SecurityKind::ApiKeyCookie { cookie } => {
            format!(
                " Authorize with `{}` (sent as the `{cookie}` cookie).",
                scheme.api_name
            )
        }
        SecurityKind::Bearer => {
            format!(
                " Authorize with `{}`: an access token, sent as `Authorization: Bearer <token>`.",
                scheme.api_name
            )
        }
        SecurityKind::Basic => format!(
            " Authorize with `{}`: HTTP basic authentication.",
            scheme.api_name
        ),
    };
    let doc = docs(&[Some(what.trim()), scheme.description.as_deref()]);
    match scheme.kind {
        SecurityKind::Basic => quote! {
            #doc
            pub fn #name(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
                self.credentials.#name = Some((username.into(), password.into()));
                self
            }
        },
        _ => quote! {
            #doc
            pub fn #name(mut self, token: impl Into<String>) -> Self {
                self.credentials.#name = Some(token.into());
                self
            }
        },
    }
}

/// Whether the client has a token for a scheme (for `Credentials::chosen`).
fn is_set(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    quote! { Auth::#variant => self.#name.is_some(), }
}

/// The `authorize` arm that applies one scheme to a request's headers.
fn apply_header(scheme: &SecurityScheme) -> TokenStream {
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    let label = &scheme.api_name;
    let apply = match &scheme.kind {
        SecurityKind::ApiKeyHeader { header, prefix } => {
            let value = match prefix {
                Some(prefix) => {
                    let fmt = format!("{prefix} {{token}}");
                    quote!(format!(#fmt))
                }
                None => quote!(token.clone()),
            };
            let message = format!("the `{label}` token is not a valid header value");
            quote! {
                let mut value = reqwest::header::HeaderValue::try_from(#value)
                    .map_err(|_| Error::Request(#message.to_string()))?;
                // Kept out of reqwest's own Debug output and HTTP/2 header compression.
                value.set_sensitive(true);
                builder.header(#header, value)
            }
        }
        SecurityKind::Bearer => quote! { builder.bearer_auth(token) },
        SecurityKind::Basic => quote! { builder.basic_auth(&token.0, Some(&token.1)) },
        // Sent in the URL instead: see `Credentials::query`.
        SecurityKind::ApiKeyQuery { .. } => return quote! { Auth::#variant => builder, },
        // Sent with the cookie parameters instead: see `Credentials::cookies`.
        SecurityKind::ApiKeyCookie { .. } => {
            return quote! { Auth::#variant => builder, };
        }
    };
    quote! {
        Auth::#variant => match &self.#name {
            Some(token) => { #apply }
            None => builder,
        },
    }
}

/// The `cookie` arm that gives a cookie API key.
fn apply_cookie(scheme: &SecurityScheme) -> Option<TokenStream> {
    let SecurityKind::ApiKeyCookie { cookie } = &scheme.kind else {
        return None;
    };
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    Some(quote! {
        Auth::#variant => self.#name.as_ref().map(|token| (#cookie, token.clone())),
    })
}

/// The `query` arm that gives a query-parameter API key.
fn apply_query(scheme: &SecurityScheme) -> Option<TokenStream> {
    let SecurityKind::ApiKeyQuery { param } = &scheme.kind else {
        return None;
    };
    let name = ident(&scheme.name);
    let variant = ident(&scheme.variant);
    Some(quote! {
        Auth::#variant => self.#name.as_ref().map(|token| (#param, token.clone())),
    })
}
