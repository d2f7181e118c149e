//! One module per tag: the API struct (`client.credential_operations()`) and a request
//! builder per operation (required parameters are arguments, optional ones setters).

use super::tokens::{docs, ident, prose_allows, type_tokens};
use crate::ir::{
    Api, BodyFormat, BodyKind, Input, ItemId, NextPage, Operation, Outcomes, Param, ParamLocation,
    ParamStyle, PathSegment, Step, Tag, TypeRef,
};
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
    let markers = tag.operations.iter().map(|op| {
        let builder = ident(&op.builder_name);
        quote!(pub enum #builder {})
    });
    // The prose allows of `apis` itself (its inner attribute) cover this child module.
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
    // `Base64` is named through the models module too.
    let mentions_models = |ty: &TypeRef| ty.model().is_some() || ty.uses_format(&TypeRef::Base64);
    let uses_models = tag.operations.iter().any(|op| {
        op.params.iter().any(|p| mentions_models(&p.ty))
            || op.success_type.as_ref().is_some_and(mentions_models)
            || op
                .outcomes
                .iter()
                .flat_map(|o| &o.variants)
                .any(|v| v.ty.as_ref().is_some_and(mentions_models))
            || op
                .body
                .as_ref()
                .is_some_and(|b| matches!(&b.kind, BodyKind::Json(ty) if mentions_models(ty)))
    });
    let runtime_import = runtime_import(tag);
    let models_import = uses_models.then(|| {
        quote!(
            use super::super::models;
        )
    });
    quote! {
        #![doc = #module_doc]

        #runtime_import
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

        /// The operations' marker types: each builder is a [`Call`] of one.
        #[doc(hidden)]
        pub mod ops {
            #( #markers )*
        }
    }
}

/// The `apis` module's own items: its docs and the client's accessor for each tag.
/// The client's accessor per tag; with `gated`, each under its tag's feature.
pub fn accessors(api: &Api, gated: bool) -> TokenStream {
    let accessors = api.tags.iter().map(|tag| {
        let module = ident(&tag.module);
        let api_struct = ident(&tag.struct_name);
        let doc = format!("The operations tagged `{}`.", tag.api_name);
        let doc = docs(&[Some(&doc), tag.description.as_deref()]);
        let cfg = gated.then(|| {
            let feature = &tag.feature;
            quote!(#[cfg(feature = #feature)])
        });
        quote! {
            #doc
            #cfg
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

/// The runtime items a tag's module uses: always the request and response types, the
/// rest only when some operation needs it (the crate must build without warnings).
fn runtime_import(tag: &Tag) -> TokenStream {
    let ops = &tag.operations;
    let params = || ops.iter().flat_map(|op| &op.params);
    let at = |location: ParamLocation| params().any(|p| p.location == location);
    let mentions_file = |ty: &TypeRef| match ty {
        TypeRef::File => true,
        TypeRef::Array(item) => **item == TypeRef::File,
        _ => false,
    };
    let wanted = [
        (
            "ByteStream",
            ops.iter().any(|op| op.success_format == BodyFormat::Bytes),
        ),
        ("File", params().any(|p| mentions_file(&p.ty))),
        (
            "params::Style",
            at(ParamLocation::Path) || at(ParamLocation::Query) || at(ParamLocation::Form),
        ),
        ("Items", ops.iter().any(|op| op.paging.is_some())),
        ("Pages", ops.iter().any(|op| op.paging.is_some())),
        ("paging::Follow", ops.iter().any(|op| op.paging.is_some())),
        ("paging::paged", ops.iter().any(|op| op.paging.is_some())),
    ];
    let extra = wanted.iter().filter(|(_, used)| *used).map(|(path, _)| {
        let segments = path.split("::").map(ident);
        quote!(#( #segments )::*)
    });
    quote! {
        use super::super::runtime::{
            client::Request, draft::Draft, response::RawResponse, Call, Client, Error, Info, Operation, #( #extra ),*
        };
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
        TypeRef::Bytes => (quote!(impl Into<Vec<u8>>), quote!(.into())),
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
            inits.push(quote!(#field #convert));
        } else {
            inits.push(quote!(None));
        }
    }
    if op.body.as_ref().is_some_and(|b| !b.alternatives.is_empty()) {
        inits.push(quote!(None));
    }
    let params = grouped(&inits);
    let has_setters = op.inputs().iter().any(|i| !i.required());
    let then = if has_setters {
        format!(
            "set optional parameters on the returned [`{}`], then `.await` it.",
            op.builder_name
        )
    } else {
        format!("`.await` the returned [`{}`] to send it.", op.builder_name)
    };
    let route = format!(" `{} {}`: {then}", op.http_method.as_str(), op.path);
    let doc = docs(&[op.summary.as_deref(), op.description.as_deref()]);
    // A blank line between the prose and the route, when there is prose.
    let gap = (!doc.is_empty()).then(|| quote!(#[doc = ""]));
    let too_many = (args.len() > 6).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #doc
        #gap
        #[doc = #route]
        #too_many
        #deprecated
        pub fn #name(&self, #( #args ),*) -> #builder<'a> {
            Call::new(self.client, #params)
        }
    }
}

fn builder(api: &Api, tag: &Tag, op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let doc = format!(
        " A `{} {}` request: [`{}::{}`]. Set optional parameters, then `.await` it (or call \
         [`send`](Call::send), or [`send_with_response`](Call::send_with_response) for the \
         status and headers too).",
        op.http_method.as_str(),
        op.path,
        tag.struct_name,
        naming::bare(&op.method_name)
    );
    let slots = slots(op);
    let operation = operation_impl(api, op, &slots);
    let setters = &slots.setters;
    let streaming = (op.success_format == BodyFormat::Bytes).then(|| {
        quote! {
            /// Send the request; a success comes back with its body to read piece by piece,
            /// for downloads too large to hold in memory.
            pub async fn send_streaming(self) -> Result<ByteStream, Error> {
                let client = self.client;
                let request = self.request()?;
                super::super::runtime::client::send_streaming(client, &request)
                    .await
                    .map(ByteStream::new)
            }
        }
    });
    let methods = (!setters.is_empty() || streaming.is_some()).then(|| {
        quote! {
            impl #builder<'_> {
                #( #setters )*
                #streaming
            }
        }
    });
    let outcome_enum = op.outcomes.as_ref().map(outcome_enum);
    let paged = paged(&builder, op);
    quote! {
        #[doc = #doc]
        pub type #builder<'a> = Call<'a, ops::#builder>;

        #operation

        #methods

        #outcome_enum

        #paged
    }
}

/// The operation's `Operation` impl, on its marker type: its parameters' and output's types,
/// its names and decoder, and how its parameters make the request.
fn operation_impl(api: &Api, op: &Operation, slots: &Slots) -> TokenStream {
    let marker = ident(&op.builder_name);
    let (output, decode) = output_and_decode(op);
    let (label, operation_id) = (&op.builder_name, &op.operation_id);
    let names = &slots.names;
    let secrets = op
        .params
        .iter()
        .filter(|p| p.secret)
        .map(|p| naming::bare(&p.name).to_string());
    let params = grouped(&slots.types);
    let pattern = grouped(&slots.locals);
    let allow = locals_allow(op);
    let request = request(api, op);
    quote! {
        impl Operation for ops::#marker {
            type Params = #params;
            type Output = #output;
            const INFO: Info<Self::Output> = Info {
                builder: #label,
                id: #operation_id,
                fields: &[ #( #names ),* ],
                secrets: &[ #( #secrets ),* ],
                decode: #decode,
            };

            #allow
            fn into_request(#pattern: Self::Params) -> Result<Request, Error> {
                #request
            }
        }
    }
}

/// How many inputs a builder holds per tuple: the standard library's `Clone` and `Debug` of
/// tuples reach twelve.
const GROUP: usize = 12;

/// `items` as a builder's parameters: tuples of at most [`GROUP`] in a list, `(group, rest)`
/// ending in `(group,)` (the runtime's `Params`); `()` for none.
fn grouped(items: &[TokenStream]) -> TokenStream {
    let groups: Vec<TokenStream> = items.chunks(GROUP).map(tuple).collect();
    let Some((last, rest)) = groups.split_last() else {
        return quote!(());
    };
    rest.iter()
        .rev()
        .fold(quote!((#last,)), |list, group| quote!((#group, #list)))
}

fn tuple(items: &[TokenStream]) -> TokenStream {
    match items {
        [one] => quote!((#one,)),
        _ => quote!(( #( #items ),* )),
    }
}

/// Where a builder holds its `i`th input: `params.0.3` in the first group, `params.1.0.3` in
/// the second (see [`grouped`]).
fn slot(i: usize) -> TokenStream {
    let rest = std::iter::repeat_n(quote!(.1), i / GROUP);
    let index = proc_macro2::Literal::usize_unsuffixed(i % GROUP);
    quote!(params #( #rest )* .0.#index)
}

/// The name an input has as a local of `into_request`: its own, unless that is the name of
/// one of the function's own locals (the draft `d`, `content_type`).
fn local(name: &str) -> TokenStream {
    const REQUEST_LOCALS: [&str; 2] = ["d", "content_type"];
    let local = match REQUEST_LOCALS.contains(&name) {
        true => ident(&format!("{name}_")),
        false => ident(name),
    };
    quote!(#local)
}

/// The lints `into_request`'s locals, named after the inputs, would trip: clippy's
/// placeholder names (`foo`) and too many single letters.
fn locals_allow(op: &Operation) -> Option<TokenStream> {
    let names: Vec<&str> = op.inputs().iter().map(|i| naming::bare(i.name())).collect();
    let placeholder = names.iter().any(|n| ["foo", "baz", "quux"].contains(n));
    let letters = names.iter().filter(|n| n.len() == 1).count() > 3;
    let lints: Vec<TokenStream> = [
        (placeholder, quote!(clippy::disallowed_names)),
        (letters, quote!(clippy::many_single_char_names)),
    ]
    .into_iter()
    .filter_map(|(on, lint)| on.then_some(lint))
    .collect();
    (!lints.is_empty()).then(|| quote!(#[allow(#( #lints ),*)]))
}

/// A builder's inputs: their types (the optional ones as `Option`), names (as `Debug` shows
/// them), names as locals of `into_request`, and a setter for each optional one; the body's
/// media type last, when the caller may choose it.
struct Slots {
    types: Vec<TokenStream>,
    names: Vec<String>,
    locals: Vec<TokenStream>,
    setters: Vec<TokenStream>,
}

fn slots(op: &Operation) -> Slots {
    let mut slots = Slots {
        types: Vec::new(),
        names: Vec::new(),
        locals: Vec::new(),
        setters: Vec::new(),
    };
    for (i, input) in op.inputs().into_iter().enumerate() {
        let ty = stored(&input.ty());
        slots.names.push(naming::bare(input.name()).to_string());
        slots.locals.push(local(input.name()));
        if input.required() {
            slots.types.push(ty);
            continue;
        }
        slots.types.push(quote!(Option<#ty>));
        let fallback;
        let (description, default) = match input {
            Input::Param(p) => {
                fallback = param_doc(p);
                (
                    p.description.as_deref().or(Some(&fallback)),
                    p.default.as_ref(),
                )
            }
            Input::Body(b) => (b.description.as_deref().or(Some("The request body.")), None),
        };
        let setter = setter(input.name(), &input.ty(), description, default, &slot(i));
        slots.setters.push(setter);
    }
    // The caller's choice among the body's media types, last.
    if let Some(body) = op.body.as_ref().filter(|b| !b.alternatives.is_empty()) {
        let slot = slot(slots.types.len());
        slots.setters.push(content_type_setter(body, &slot));
        slots.types.push(quote!(Option<&'static str>));
        slots.names.push("content_type".to_string());
        slots.locals.push(quote!(content_type));
    }
    slots
}

/// What the operation's `send` returns, and the decoder that reads it from a success.
fn output_and_decode(op: &Operation) -> (TokenStream, TokenStream) {
    match &op.outcomes {
        Some(outcomes) => outcome_decode(outcomes),
        None => {
            let output = match &op.success_type {
                Some(ty) => type_tokens(ty, &models()),
                None => quote!(()),
            };
            let decode = decoder(op.success_format, &output);
            (output, decode)
        }
    }
}

/// An `Option` of the value at the end of `path` in `page`: through each field on the way
/// (an `Option` or not).
fn field_path(path: &[Step]) -> TokenStream {
    // The body's own field first (the IR's paths start with one), then the steps within.
    let (mut value, rest) = match path.split_first() {
        Some((Step::Field(name, optional), rest)) => {
            let name = ident(name);
            match optional {
                true => (quote!(page.#name), rest),
                false => (quote!(Some(page.#name)), rest),
            }
        }
        _ => (quote!(None::<String>), path),
    };
    for step in rest {
        value = match step {
            Step::Field(name, optional) => {
                let name = ident(name);
                match optional {
                    true => quote!(#value.and_then(|v| v.#name)),
                    false => quote!(#value.map(|v| v.#name)),
                }
            }
            Step::Variant {
                union,
                variant,
                boxed,
            } => {
                let (union, variant) = (ident(union), ident(variant));
                let inner = match boxed {
                    true => quote!(*v),
                    false => quote!(v),
                };
                quote! {
                    #value.and_then(|v| match v {
                        models::#union::#variant(v) => Some(#inner),
                        _ => None,
                    })
                }
            }
        };
    }
    value
}

/// The items of a page: its field (Rust name, `Option` or not), an empty list for `None`.
fn items_of((items, optional): (&str, bool)) -> TokenStream {
    let items = ident(items);
    match optional {
        true => quote!(page.#items.unwrap_or_default()),
        false => quote!(page.#items),
    }
}

/// `stream()` and `pages()` for a list operation that pages.
fn paged(builder: &proc_macro2::Ident, op: &Operation) -> Option<TokenStream> {
    let paging = op.paging.as_ref()?;
    let item = type_tokens(&paging.item, &models());
    // How a page (`page`) splits into its items and what leads to the next.
    let (split, follow) = split_and_follow(&paging.next);
    let split = match (&paging.outcome, &op.outcomes) {
        // A page in one success outcome: the others (a `204`) are an empty last page.
        (Some(variant), Some(outcomes)) => {
            let (name, variant) = (ident(&outcomes.name), ident(variant));
            quote! {
                |outcome: #name| match outcome {
                    #name::#variant(page) => #split,
                    _ => (Vec::new(), None),
                }
            }
        }
        // The page's type, which the decoder's inference needs.
        _ => {
            let page = op
                .success_type
                .as_ref()
                .map(|ty| type_tokens(ty, &models()));
            quote!(|page: #page| #split)
        }
    };
    Some(quote! {
        paged!(#builder, #item, #split, #follow);
    })
}

/// The expression that splits a page (`page`, decoded) into its items and the next page's
/// cursor or URL, and how the runtime follows that (`Follow::..`).
fn split_and_follow(next: &NextPage) -> (TokenStream, TokenStream) {
    match next {
        NextPage::Link { items, .. } => {
            let items = page_items(items.as_ref());
            (quote!((#items, None)), quote!(Follow::Link))
        }
        NextPage::Cursor {
            items: (items, items_optional),
            cursor,
            cursor_is_string,
            param,
            in_body,
            ..
        } => {
            let items = items_of((items, *items_optional));
            // A number goes back as its digits.
            let mut cursor = field_path(cursor);
            if !cursor_is_string {
                cursor = quote!(#cursor.map(|c| c.to_string()));
            }
            let follow = if *in_body {
                quote!(Follow::BodyCursor(#param))
            } else {
                quote!(Follow::Cursor(#param))
            };
            (quote!((#items, #cursor)), follow)
        }
        NextPage::Url {
            items: (items, items_optional),
            next,
            ..
        } => {
            let items = items_of((items, *items_optional));
            let next = field_path(next);
            (quote!((#items, #next)), quote!(Follow::Url))
        }
        NextPage::LastItem {
            items,
            more,
            id,
            param,
        } => (
            last_item_split(items, more, id),
            quote!(Follow::Cursor(#param)),
        ),
        // The next page's number goes back as the page parameter, as a cursor would.
        NextPage::PageNumber {
            items,
            page,
            pages,
            param,
        } => (
            page_number_split(items, page, pages),
            quote!(Follow::Cursor(#param)),
        ),
        // The runtime works out the next number from the one the request asked for.
        NextPage::PageUntilEmpty {
            items,
            param,
            first,
        } => {
            let items = page_items(items.as_ref());
            let first = match first {
                Some(first) => {
                    let first = proc_macro2::Literal::u64_unsuffixed(*first);
                    quote!(Some(#first))
                }
                None => quote!(None),
            };
            (quote!((#items, None)), quote!(Follow::Page(#param, #first)))
        }
        NextPage::Offset {
            items: (items, items_optional),
            total,
            param,
            first,
        } => {
            let items = items_of((items, *items_optional));
            let total = field_path(&[Step::Field(total.0.clone(), total.1)]);
            // The total goes to the runtime, which works out the next offset from the one
            // the request asked for and the page's items.
            let split = quote! {
                {
                    let total = #total.map(|total| total.to_string());
                    (#items, total)
                }
            };
            let first = proc_macro2::Literal::u64_unsuffixed(*first);
            (split, quote!(Follow::Offset(#param, #first)))
        }
    }
}

/// The items of a page (`page`) that is them, or of its field (Rust name, `Option` or not).
fn page_items(field: Option<&(String, bool)>) -> TokenStream {
    match field {
        None => quote!(page),
        Some((items, optional)) => items_of((items, *optional)),
    }
}

/// The split of a page that counts its pages: its items, and the next page's number while
/// it is not the last (each field: Rust name, `Option` or not).
fn page_number_split(
    (items, items_optional): &(String, bool),
    (number, number_optional): &(String, bool),
    (count, count_optional): &(String, bool),
) -> TokenStream {
    let items = items_of((items, *items_optional));
    let number = field_path(&[Step::Field(number.clone(), *number_optional)]);
    let count = field_path(&[Step::Field(count.clone(), *count_optional)]);
    quote! {
        {
            let next = match (#number, #count) {
                (Some(number), Some(count)) if number < count => {
                    Some((number + 1).to_string())
                }
                _ => None,
            };
            (#items, next)
        }
    }
}

/// The split of a Stripe-style page: its items, and the last one's id while `more` says more
/// follow (each field: Rust name, `Option` or not).
fn last_item_split(
    (items, items_optional): &(String, bool),
    (more, more_optional): &(String, bool),
    id: &ItemId,
) -> TokenStream {
    let items = items_of((items, *items_optional));
    let more = ident(more);
    let more = match more_optional {
        true => quote!(page.#more.unwrap_or(false)),
        false => quote!(page.#more),
    };
    // `Option<String>` from `value`'s field `name`.
    let id_of = |value: TokenStream, name: &str, optional: bool| {
        let name = ident(name);
        match optional {
            true => quote!(#value.#name.clone()),
            false => quote!(Some(#value.#name.clone())),
        }
    };
    let last_id = match id {
        ItemId::Field(name, true) => {
            let name = ident(name);
            quote!(items.last().and_then(|item| item.#name.clone()))
        }
        ItemId::Field(name, false) => {
            let name = ident(name);
            quote!(items.last().map(|item| item.#name.clone()))
        }
        ItemId::Variants { union, fields } => {
            let union = ident(union);
            let arms = fields.iter().map(|(variant, name, optional)| {
                let variant = ident(variant);
                let id = id_of(quote!(v), name, *optional);
                quote!(models::#union::#variant(v) => #id,)
            });
            quote! {
                items.last().and_then(|item| match item {
                    #( #arms )*
                    _ => None,
                })
            }
        }
    };
    // The last item's id while the body says more follow; it goes back as the
    // parameter, as a cursor would.
    quote! {
        {
            let more = #more;
            let items = #items;
            let next = if more { #last_id } else { None };
            (items, next)
        }
    }
}

/// `content_type`: send the body under another of the media types the spec lists for it.
fn content_type_setter(body: &crate::ir::Body, slot: &TokenStream) -> TokenStream {
    let listed: Vec<String> = std::iter::once(&body.content_type)
        .chain(&body.alternatives)
        .map(|c| format!("`{c}`"))
        .collect();
    let doc = format!(
        " The body's media type: one of {} (default `{}`). Another is refused when the \
         request is sent.",
        listed.join(", "),
        body.content_type
    );
    quote! {
        #[doc = #doc]
        pub fn content_type(mut self, content_type: &'static str) -> Self {
            self.#slot = Some(content_type);
            self
        }
    }
}

/// The expression that reads a `RawResponse` named `response` as `format` says, into
/// `Result<ApiResponse<output>, Error>`.
fn decode(format: BodyFormat, output: &TokenStream) -> TokenStream {
    match format {
        BodyFormat::Json => quote!(response.json::<#output>()),
        BodyFormat::Text => quote!(Ok(response.text())),
        BodyFormat::Bytes => quote!(Ok(response.bytes())),
        BodyFormat::Empty => quote!(Ok(response.empty())),
    }
}

/// A function (pointer) that reads a success response as `format` says.
fn decoder(format: BodyFormat, output: &TokenStream) -> TokenStream {
    match format {
        BodyFormat::Json => quote!(RawResponse::json),
        _ => {
            let read = decode(format, output);
            quote!(|response: RawResponse| #read)
        }
    }
}

/// The output type and the decoding of an operation whose success responses differ: each
/// documented status into its variant, any other 2xx kept as bytes in `Other`.
fn outcome_decode(outcomes: &Outcomes) -> (TokenStream, TokenStream) {
    let name = ident(&outcomes.name);
    let mut exact = Vec::new();
    let mut range = None;
    for o in &outcomes.variants {
        let variant = ident(&o.variant);
        let ty =
            o.ty.as_ref()
                .map_or(quote!(()), |ty| type_tokens(ty, &models()));
        let read = decode(o.format, &ty);
        let wrap = match o.format {
            BodyFormat::Empty => quote!(|_| #name::#variant),
            _ => quote!(#name::#variant),
        };
        let arm = quote!(#read.map(|response| response.map(#wrap)));
        match o.status.parse::<u16>() {
            Ok(code) => {
                let code = proc_macro2::Literal::u16_unsuffixed(code);
                exact.push(quote!(#code => #arm,));
            }
            // `2XX`: every success status the spec does not list by code.
            Err(_) => range = Some(arm),
        }
    }
    let fallback = range.unwrap_or_else(|| quote!(Ok(response.bytes().map(#name::Other))));
    let decode = quote! {
        |response: RawResponse| match response.status.as_u16() {
            #( #exact )*
            _ => #fallback,
        }
    };
    (quote!(#name), decode)
}

/// The enum of an operation's success responses.
fn outcome_enum(outcomes: &Outcomes) -> TokenStream {
    let name = ident(&outcomes.name);
    let names_allow = super::tokens::variant_names_allow(
        &outcomes.name,
        outcomes.variants.iter().map(|o| o.variant.as_str()),
    );
    let variants = outcomes.variants.iter().map(|o| {
        let variant = ident(&o.variant);
        let doc = docs(&[Some(&format!("`{}`: {}", o.status, o.description.trim()))]);
        match &o.ty {
            Some(ty) => {
                let ty = type_tokens(ty, &models());
                quote!(#doc #variant(#ty),)
            }
            None => quote!(#doc #variant,),
        }
    });
    let has_range = outcomes
        .variants
        .iter()
        .any(|o| o.status.parse::<u16>().is_err());
    let other = (!has_range).then(|| {
        quote! {
            /// A success status the spec does not document: the body as it came.
            Other(Vec<u8>),
        }
    });
    let doc = " The success responses of the operation, one variant per documented status (its \
               body decoded as documented for it).";
    quote! {
        #[doc = #doc]
        // The variants hold the spec's types, of whatever size; boxing them would put every
        // response behind a pointer to save space only where sizes differ.
        #[allow(clippy::large_enum_variant)]
        #names_allow
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #variants )*
            #other
        }
    }
}

/// The doc of a parameter the spec does not describe.
fn param_doc(p: &Param) -> String {
    let name = &p.api_name;
    match p.location {
        ParamLocation::Path => format!("The `{name}` path parameter."),
        ParamLocation::Query => format!("The `{name}` query parameter."),
        ParamLocation::Header => format!("The `{name}` header."),
        ParamLocation::Cookie => format!("The `{name}` cookie."),
        ParamLocation::Form => format!("The `{name}` field of the form."),
        ParamLocation::Part => format!("The `{name}` part of the multipart body."),
    }
}

fn setter(
    name: &str,
    ty: &TypeRef,
    description: Option<&str>,
    default: Option<&serde_json::Value>,
    slot: &TokenStream,
) -> TokenStream {
    let field = ident(name);
    let (arg, convert) = argument(ty);
    let default = default.map(|d| format!("The server's default: `{d}`."));
    let doc = docs(&[description, default.as_deref()]);
    // A setter named as an operator's method (BritBox's `sub`) is no operator: clippy's
    // `should_implement_trait` would say it looks like `std::ops::Sub::sub`.
    const OPERATOR_METHODS: [&str; 10] = [
        "add", "sub", "mul", "div", "rem", "bitand", "bitor", "bitxor", "shl", "shr",
    ];
    let allow = OPERATOR_METHODS
        .contains(&name)
        .then(|| quote!(#[allow(clippy::should_implement_trait)]));
    quote! {
        #doc
        #allow
        pub fn #field(mut self, value: #arg) -> Self {
            self.#slot = Some(value #convert);
            self
        }
    }
}

/// The body of an operation's `into_request`: a [`Draft`](crate) built by one call per path
/// piece, parameter and body.
fn request(api: &Api, op: &Operation) -> TokenStream {
    let method = ident(op.http_method.as_str());
    let path = path_calls(op);
    let auth = api.requirements_for(op).map(|schemes| {
        let variants = schemes.iter().map(|scheme| ident(&scheme.variant));
        quote!(&[ #( Auth::#variants ),* ])
    });
    let error_body = super::errors::decoder_path(op);
    let accept = match &op.accept {
        Some(accept) => quote!(Some(#accept)),
        None => quote!(None),
    };
    let server = op.server.as_ref().map(|server| quote!(d.server(#server);));
    let trailing_slash = op.trailing_slash.then(|| quote!(d.trailing_slash();));
    let pushes = [
        ParamLocation::Query,
        ParamLocation::Header,
        ParamLocation::Cookie,
    ]
    .into_iter()
    .flat_map(|location| op.params.iter().filter(move |p| p.location == location))
    .map(param_push);
    let body = body_calls(op);
    let calls = quote! {
        #server
        #( #path )*
        #trailing_slash
        #( #pushes )*
        #body
    };
    let new = quote!(Draft::new(reqwest::Method::#method, &[ #( #auth ),* ], #error_body, #accept));
    // A request to the base URL alone (`GET /`) has nothing to add.
    if calls.is_empty() {
        return quote!(#new.finish());
    }
    quote! {
        let mut d = #new;
        #calls
        d.finish()
    }
}

/// The calls that add the path's segments: template text only, one after another, is one call
/// (`api/v1/users`); a segment of several pieces adds the later ones with `and_`.
fn path_calls(op: &Operation) -> Vec<TokenStream> {
    let mut merged: Vec<Vec<PathSegment>> = Vec::new();
    for parts in &op.path_segments {
        let literal =
            |parts: &[PathSegment]| parts.iter().all(|p| matches!(p, PathSegment::Literal(_)));
        match merged.last_mut() {
            Some(last)
                if literal(last) && literal(parts) && !parts.is_empty() && !last.is_empty() =>
            {
                let text = |parts: &[PathSegment]| -> String {
                    parts
                        .iter()
                        .map(|p| match p {
                            PathSegment::Literal(t) => t.as_str(),
                            PathSegment::Param(_) => "",
                        })
                        .collect()
                };
                *last = vec![PathSegment::Literal(format!(
                    "{}/{}",
                    text(last),
                    text(parts)
                ))];
            }
            _ => merged.push(parts.clone()),
        }
    }
    let mut calls = Vec::new();
    for parts in &merged {
        if parts.is_empty() {
            calls.push(quote!(d.segment();));
        }
        for (i, part) in parts.iter().enumerate() {
            calls.push(match (part, i == 0) {
                (PathSegment::Literal(text), true) => quote!(d.text(#text);),
                (PathSegment::Literal(text), false) => quote!(d.and_text(#text);),
                (PathSegment::Param(index), first) => {
                    let p = &op.params[*index];
                    let (api_name, field) = (&p.api_name, local(&p.name));
                    let (style, explode) = (style(p.style), p.explode);
                    let call = match first {
                        true => quote!(param),
                        false => quote!(and_param),
                    };
                    quote!(d.#call(#api_name, &#field, #style, #explode);)
                }
            });
        }
    }
    calls
}

fn style(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Simple => quote!(Style::Simple),
        ParamStyle::Label => quote!(Style::Label),
        ParamStyle::Matrix => quote!(Style::Matrix),
        ParamStyle::Form => quote!(Style::Form),
        ParamStyle::SpaceDelimited => quote!(Style::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(Style::PipeDelimited),
        ParamStyle::DeepObject => quote!(Style::DeepObject),
        ParamStyle::Json => quote!(Style::Json),
    }
}

/// The statement that adds a query, header or cookie parameter, a form field or a multipart
/// part to the draft `d`.
fn param_push(p: &Param) -> TokenStream {
    let api_name = &p.api_name;
    let field = local(&p.name);
    let (style, explode) = (style(p.style), p.explode);
    let content_type = match &p.content_type {
        Some(content_type) => quote!(Some(#content_type)),
        None => quote!(None),
    };
    let push = |value: TokenStream| match (p.location, &p.ty) {
        (ParamLocation::Query, _) if p.allow_reserved => {
            quote!(d.query_reserved(#api_name, #value, #style, #explode);)
        }
        (ParamLocation::Query, _) => quote!(d.query(#api_name, #value, #style, #explode);),
        (ParamLocation::Header, _) if p.style == ParamStyle::Json => {
            quote!(d.header_json(#api_name, #value);)
        }
        (ParamLocation::Header, _) => quote!(d.header(#api_name, #value, #explode);),
        (ParamLocation::Cookie, _) if p.style == ParamStyle::Json => {
            quote!(d.cookie_json(#api_name, #value);)
        }
        (ParamLocation::Cookie, _) => quote!(d.cookie(#api_name, #value, #explode);),
        (ParamLocation::Form, _) => quote!(d.form_field(#api_name, #value, #style, #explode);),
        (ParamLocation::Part, TypeRef::File) => {
            quote!(d.multipart_file(#api_name, #value, #content_type);)
        }
        (ParamLocation::Part, TypeRef::Array(item)) if **item == TypeRef::File => quote! {
            for file in #value {
                d.multipart_file(#api_name, file, #content_type);
            }
        },
        (ParamLocation::Part, _) => quote!(d.multipart_field(#api_name, #value, #content_type);),
        (ParamLocation::Path, _) => TokenStream::new(),
    };
    if p.location == ParamLocation::Path {
        return TokenStream::new();
    }
    match (p.required, p.location) {
        (true, _) => push(quote!(&#field)),
        (false, ParamLocation::Query) if !p.allow_reserved => {
            quote!(d.query_opt(#api_name, &#field, #style, #explode);)
        }
        (false, _) => {
            let push = push(quote!(value));
            quote! { if let Some(value) = &#field { #push } }
        }
    }
}

/// The media type the body is sent as: the spec's first choice, or the alternative the caller
/// set (checked against the spec's list).
fn content_type_expr(b: &crate::ir::Body) -> TokenStream {
    if b.alternatives.is_empty() {
        let content_type = &b.content_type;
        quote!(#content_type)
    } else {
        let listed = std::iter::once(&b.content_type).chain(&b.alternatives);
        quote!(d.media_type(content_type, &[#( #listed ),*]))
    }
}

/// The calls that set the request's body (none without one).
fn body_calls(op: &Operation) -> TokenStream {
    let Some(b) = &op.body else {
        return TokenStream::new();
    };
    // A multipart body's media type is reqwest's (with its boundary).
    let content_type = (b.kind != BodyKind::Multipart).then(|| {
        let expr = content_type_expr(b);
        quote!(let content_type: &str = #expr;)
    });
    let field = local(&b.name);
    let fields = |location: ParamLocation| -> Vec<TokenStream> {
        op.params
            .iter()
            .filter(|p| p.location == location)
            .map(param_push)
            .collect()
    };
    let set = match (&b.kind, b.required) {
        (BodyKind::Fixed(text), _) => quote!(d.bytes(content_type, #text);),
        (BodyKind::Json(_), true) => quote!(d.json(content_type, &#field);),
        (BodyKind::Json(_), false) => quote! {
            if let Some(body) = &#field {
                d.json(content_type, body);
            }
        },
        (BodyKind::Text | BodyKind::Binary, true) => quote!(d.bytes(content_type, #field);),
        (BodyKind::Text | BodyKind::Binary, false) => quote! {
            if let Some(body) = #field {
                d.bytes(content_type, body);
            }
        },
        (BodyKind::Form, _) => {
            let pushes = fields(ParamLocation::Form);
            quote! {
                #( #pushes )*
                d.form(content_type);
            }
        }
        (BodyKind::Multipart, _) => {
            let pushes = fields(ParamLocation::Part);
            quote! {
                #( #pushes )*
                d.multipart();
            }
        }
    };
    quote! {
        #content_type
        #set
    }
}

/// The error models an operation declares, by status: `(status, model)` in spec order.
pub(super) fn declared_errors(op: &Operation) -> Vec<(&str, &str)> {
    op.responses
        .iter()
        .filter(|r| !r.is_success())
        .filter_map(|r| match &r.ty {
            Some(TypeRef::Model(model)) => Some((r.status.as_str(), model.as_str())),
            _ => None,
        })
        .collect()
}
