//! One module per tag: the API struct (`client.credential_operations()`) and a request
//! builder per operation (required parameters are arguments, optional ones setters).

use super::tokens::{docs, ident, prose_allows, type_tokens};
use crate::ir::{Api, BodyKind, Input, Operation, ParamLocation, PathSegment, Tag, TypeRef};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

pub fn tag_module(api: &Api, tag: &Tag) -> TokenStream {
    let api_struct = ident(&tag.struct_name);
    let accessor = &tag.module;
    let module_doc = format!(" The operations tagged `{}`.", tag.api_name);
    let struct_doc = format!(
        " The operations tagged `{}`: get it with [`Client::{accessor}`](super::super::Client::{accessor}).",
        tag.api_name
    );
    let tag_docs = docs(&[tag.description.as_deref()]);
    let methods = tag.operations.iter().map(method);
    let builders = tag.operations.iter().map(|op| builder(api, tag, op));
    let allows = prose_allows();
    // Import only what this tag's operations use: the crate must build without warnings.
    let auth = tag
        .operations
        .iter()
        .any(|op| !op.security.is_empty())
        .then(|| quote!(Auth,));
    let error_body = tag
        .operations
        .iter()
        .any(|op| !declared_errors(op).is_empty())
        .then(|| quote!(ErrorBody,));
    let spec_import = (auth.is_some() || error_body.is_some())
        .then(|| quote!(use super::super::spec::{#auth #error_body};));
    let mentions_models = |ty: &TypeRef| ty.model().is_some();
    let uses_models = tag.operations.iter().any(|op| {
        op.params.iter().any(|p| mentions_models(&p.ty))
            || op.success_type.as_ref().is_some_and(mentions_models)
            || op
                .body
                .as_ref()
                .is_some_and(|b| matches!(&b.kind, BodyKind::Json(ty) if mentions_models(ty)))
    });
    let models_import = uses_models.then(|| {
        quote!(
            use super::super::models;
        )
    });
    quote! {
        #![doc = #module_doc]
        #allows

        use super::super::runtime::{ApiResponse, Client, Error, RawResponse, Request};
        #spec_import
        #models_import

        #[doc = #struct_doc]
        #tag_docs
        #[derive(Debug, Clone, Copy)]
        pub struct #api_struct<'a> {
            client: &'a Client,
        }

        impl<'a> #api_struct<'a> {
            /// The operations of this tag, sent through `client`.
            pub fn new(client: &'a Client) -> Self {
                Self { client }
            }

            #( #methods )*
        }

        #( #builders )*
    }
}

/// The `apis` module's own items: its docs and the client's accessor for each tag.
pub fn accessors(api: &Api) -> TokenStream {
    let accessors = api.tags.iter().map(|tag| {
        let module = ident(&tag.module);
        let api_struct = ident(&tag.struct_name);
        let doc = format!("The operations tagged `{}`.", tag.api_name);
        let doc = docs(&[Some(&doc), tag.description.as_deref()]);
        quote! {
            #doc
            pub fn #module(&self) -> #module::#api_struct<'_> {
                #module::#api_struct::new(self)
            }
        }
    });
    let allows = prose_allows();
    quote! {
        //! The API groups (one module per tag), each with its request builders.
        #allows

        impl super::Client {
            #( #accessors )*
        }
    }
}

/// The models path as seen from a tag module.
fn models() -> TokenStream {
    quote!(models::)
}

/// The argument or setter type of a parameter, and how the stored value is made from it.
fn argument(ty: &TypeRef) -> (TokenStream, TokenStream) {
    match ty {
        TypeRef::String | TypeRef::FormattedString(_) => {
            (quote!(impl Into<String>), quote!(.into()))
        }
        _ => (type_tokens(ty, &models()), TokenStream::new()),
    }
}

fn stored(ty: &TypeRef) -> TokenStream {
    type_tokens(ty, &models())
}

fn method(op: &Operation) -> TokenStream {
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for input in op.inputs() {
        let field = ident(input.name());
        if input.required() {
            let (ty, convert) = argument(&input.ty());
            args.push(quote!(#field: #ty));
            inits.push(if convert.is_empty() {
                quote!(#field)
            } else {
                quote!(#field: #field #convert)
            });
        } else {
            inits.push(quote!(#field: None));
        }
    }
    let route = format!(" `{} {}`", op.http_method.as_str(), op.path);
    let has_setters = op.inputs().iter().any(|i| !i.required());
    let see = if has_setters {
        format!(
            " Optional parameters are set on the returned [`{}`]; `.await` it to send.",
            op.builder_name
        )
    } else {
        format!(" `.await` the returned [`{}`] to send it.", op.builder_name)
    };
    let doc = docs(&[op.summary.as_deref(), op.description.as_deref()]);
    let too_many = (args.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #doc
        #[doc = ""]
        #[doc = #route]
        #[doc = ""]
        #[doc = #see]
        #too_many
        #deprecated
        pub fn #name(&self, #( #args ),*) -> #builder<'a> {
            #builder { client: self.client, #( #inits ),* }
        }
    }
}

fn builder(api: &Api, tag: &Tag, op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let doc = format!(
        " A `{} {}` request: [`{}::{}`]. Set optional parameters, then `.await` it (or call \
         [`send`](Self::send), or [`send_with_response`](Self::send_with_response) for the \
         status and headers too).",
        op.http_method.as_str(),
        op.path,
        tag.struct_name,
        naming::bare(&op.method_name)
    );
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    for input in op.inputs() {
        let field = ident(input.name());
        let ty = stored(&input.ty());
        if input.required() {
            fields.push(quote!(#field: #ty));
            continue;
        }
        fields.push(quote!(#field: Option<#ty>));
        let (description, default) = match input {
            Input::Param(p) => (p.description.as_deref(), p.default.as_ref()),
            Input::Body(b) => (b.description.as_deref().or(Some("The request body.")), None),
        };
        setters.push(setter(input.name(), &input.ty(), description, default));
    }
    let (output, decode) = match &op.success_type {
        Some(ty) => {
            let ty = type_tokens(ty, &models());
            (ty.clone(), quote!(response.json::<#ty>()))
        }
        None => (quote!(()), quote!(Ok(response.empty()))),
    };
    let request = request(api, op);
    let has_secrets = op.params.iter().any(|p| p.secret);
    let derive_debug = (!has_secrets).then(|| quote!(Debug,));
    let debug_impl = has_secrets.then(|| redacting_debug(op));
    quote! {
        #[doc = #doc]
        #[derive(#derive_debug Clone)]
        #[must_use = "a request does nothing until it is sent: `.await` it"]
        pub struct #builder<'a> {
            client: &'a Client,
            #( #fields, )*
        }

        impl<'a> #builder<'a> {
            #( #setters )*

            /// Send the request; the decoded response body.
            pub async fn send(self) -> Result<#output, Error> {
                self.send_with_response().await.map(|response| response.body)
            }

            /// Send the request; the decoded body with the response status and headers.
            pub async fn send_with_response(self) -> Result<ApiResponse<#output>, Error> {
                let client = self.client;
                let request = #request;
                let response: RawResponse = client.send(request).await?;
                #decode
            }
        }

        #debug_impl

        impl<'a> std::future::IntoFuture for #builder<'a> {
            type Output = Result<#output, Error>;
            type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Self::Output> + Send + 'a>>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    }
}

/// `Debug` for a builder holding a secret parameter: everything shows but the secret.
fn redacting_debug(op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let label = op.builder_name.as_str();
    let entries = op.params.iter().map(|p| {
        let field = ident(&p.name);
        let name = naming::bare(&p.name).to_string();
        match (p.secret, p.required) {
            (false, _) => quote! { d.field(#name, &self.#field); },
            (true, true) => quote! { d.field(#name, &"[redacted]"); },
            (true, false) => {
                quote! { d.field(#name, &self.#field.as_ref().map(|_| "[redacted]")); }
            }
        }
    });
    // A body model redacts its own secrets.
    let body = op.caller_body().map(|b| {
        let field = ident(&b.name);
        let name = naming::bare(&b.name).to_string();
        quote! { d.field(#name, &self.#field); }
    });
    quote! {
        impl std::fmt::Debug for #builder<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut d = f.debug_struct(#label);
                d.field("client", &self.client);
                #( #entries )*
                #body
                d.finish()
            }
        }
    }
}

fn setter(
    name: &str,
    ty: &TypeRef,
    description: Option<&str>,
    default: Option<&serde_json::Value>,
) -> TokenStream {
    let field = ident(name);
    let (arg, convert) = argument(ty);
    let default = default.map(|d| format!("The server's default: `{d}`."));
    let doc = docs(&[description, default.as_deref()]);
    quote! {
        #doc
        pub fn #field(mut self, value: #arg) -> Self {
            self.#field = Some(value #convert);
            self
        }
    }
}

/// The `Request { .. }` expression for an operation.
fn request(api: &Api, op: &Operation) -> TokenStream {
    let method = ident(op.http_method.as_str());
    let segments = op.path_segments.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote!(#text.to_string()),
        PathSegment::Param(i) => {
            let p = &op.params[*i];
            to_text(&p.ty, &ident(&p.name), quote!(self.))
        }
    });
    let in_place = |location: ParamLocation| -> Vec<TokenStream> {
        op.params
            .iter()
            .filter(|p| p.location == location)
            .map(param_push)
            .collect()
    };
    let query = in_place(ParamLocation::Query);
    let headers = in_place(ParamLocation::Header);
    let body = body_expr(op);
    let accept = match &op.accept {
        Some(accept) => quote!(Some(#accept)),
        None => quote!(None),
    };
    let auth = api.schemes_for(op).map(|scheme| {
        let variant = ident(&scheme.variant);
        quote!(Auth::#variant)
    });
    let error_body = error_body(op);
    let trailing_slash = op.trailing_slash;
    let query_mut = (!query.is_empty()).then(|| quote!(mut));
    let headers_mut = (!headers.is_empty()).then(|| quote!(mut));
    quote! {{
        // Not `vec![..]`: prettyplease lays out expressions, not macro arguments.
        let path: Vec<String> = Vec::from([ #( #segments ),* ]);
        let #query_mut query: Vec<(&'static str, String)> = Vec::new();
        #( #query )*
        let #headers_mut headers: Vec<(&'static str, String)> = Vec::new();
        #( #headers )*
        Request {
            method: reqwest::Method::#method,
            path,
            trailing_slash: #trailing_slash,
            query,
            headers,
            body: #body,
            accept: #accept,
            auth: &[ #( #auth ),* ],
            error_body: #error_body,
        }
    }}
}

/// The statements that add a query or header parameter to the request's `query` or
/// `headers` list.
fn param_push(p: &crate::ir::Param) -> TokenStream {
    let explode = p.location == ParamLocation::Query;
    let list = ident(if explode { "query" } else { "headers" });
    let api_name = &p.api_name;
    let field = ident(&p.name);
    let push = match &p.ty {
        // A query array repeats its name per value (`style: form`, `explode: true`).
        TypeRef::Array(item) if explode => {
            let text = to_text(item, &ident("value"), TokenStream::new());
            quote! { for value in values { #list.push((#api_name, #text)); } }
        }
        ty => {
            let text = to_text(ty, &ident("value"), TokenStream::new());
            quote! { #list.push((#api_name, #text)); }
        }
    };
    let bind = if explode && matches!(p.ty, TypeRef::Array(_)) {
        quote!(values)
    } else {
        quote!(value)
    };
    if p.required {
        quote! { let #bind = self.#field; #push }
    } else {
        quote! { if let Some(#bind) = self.#field { #push } }
    }
}

/// The request's body: `None`, or `Some((content type, bytes))`.
fn body_expr(op: &Operation) -> TokenStream {
    let Some(b) = &op.body else {
        return quote!(None);
    };
    let content_type = &b.content_type;
    let field = ident(&b.name);
    let serialize = quote! {
        serde_json::to_vec(&body)
            .map_err(|e| Error::Request(format!("the request body does not serialize: {e}")))?
    };
    match (&b.kind, b.required) {
        (BodyKind::Fixed(text), _) => {
            quote!(Some((#content_type, #text.as_bytes().to_vec())))
        }
        (BodyKind::Json(_), true) => {
            quote! {{ let body = self.#field; Some((#content_type, #serialize)) }}
        }
        (BodyKind::Json(_), false) => quote! {
            match self.#field {
                Some(body) => Some((#content_type, #serialize)),
                None => None,
            }
        },
        (BodyKind::Text, true) => quote!(Some((#content_type, self.#field.into_bytes()))),
        (BodyKind::Text, false) => {
            quote!(self.#field.map(|body| (#content_type, body.into_bytes())))
        }
    }
}

/// Text of a path, query or header value: strings as they are, the rest through `Display`,
/// arrays comma-separated (OpenAPI's `style: simple`, the default for paths and headers).
fn to_text(ty: &TypeRef, name: &proc_macro2::Ident, owner: TokenStream) -> TokenStream {
    match ty {
        TypeRef::String | TypeRef::FormattedString(_) => quote!(#owner #name),
        TypeRef::Array(item) if matches!(**item, TypeRef::String | TypeRef::FormattedString(_)) => {
            quote!(#owner #name.join(","))
        }
        TypeRef::Array(_) => {
            quote!(#owner #name.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(","))
        }
        _ => quote!(#owner #name.to_string()),
    }
}

/// The error models an operation declares, by status: `(status, model)` in spec order.
fn declared_errors(op: &Operation) -> Vec<(&str, &str)> {
    op.responses
        .iter()
        .filter(|r| !r.is_success())
        .filter_map(|r| match &r.ty {
            Some(TypeRef::Model(model)) => Some((r.status.as_str(), model.as_str())),
            _ => None,
        })
        .collect()
}

/// The function that decodes an error body into the model declared for its status. Exact
/// codes come first (grouped by model), then ranges such as `4XX`, then `default`: a `404`
/// inside a `4XX` keeps its own model.
fn error_body(op: &Operation) -> TokenStream {
    let declared = declared_errors(op);
    if declared.is_empty() {
        return quote!(|_, _| None);
    }
    let decode = |model: &str| {
        let variant = ident(model);
        quote!(serde_json::from_slice(body).ok().map(ErrorBody::#variant))
    };
    let mut exact: Vec<(&str, Vec<u16>)> = Vec::new();
    let mut ranges = Vec::new();
    let mut fallback = quote! { _ => None, };
    for (status, model) in declared {
        if status == "default" {
            let decode = decode(model);
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
    let exact = exact.iter().map(|(model, codes)| {
        let decode = decode(model);
        let codes = codes
            .iter()
            .map(|c| proc_macro2::Literal::u16_unsuffixed(*c));
        quote! { #( #codes )|* => #decode, }
    });
    quote! {
        |status, body| match status {
            #( #exact )*
            #( #ranges )*
            #fallback
        }
    }
}
