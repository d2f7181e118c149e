//! The intermediate model: plain data describing the client to generate.
//!
//! Every name (Rust identifiers, module names, doc page names) and every type is
//! decided while building this model, once. The emitters only read it; no stage
//! after [`build`] looks at the raw OpenAPI document again.

mod aliases;
mod bodies;
mod build;
mod examples;
mod features;
mod finish;
mod operations;
mod origin;
mod paging;
mod params;
mod paths;
mod pattern;
mod refs;
mod response_names;
mod schema;
mod secrets;
mod security;
mod servers;
mod shared;
mod unions;

pub use build::build;

use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The whole API: what one spec turns into.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Api {
    /// Cargo package name, e.g. `credential-operations`.
    pub crate_name: String,
    /// Rust library name, e.g. `credential_operations`.
    pub lib_name: String,
    /// A semver version for Cargo, derived from `info.version`.
    pub crate_version: String,
    /// `info.version` exactly as the spec gives it.
    pub spec_version: String,
    /// `info.title`.
    pub title: String,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// The base URL every path is relative to (server variables filled with their defaults).
    pub base_url: String,
    /// Where a variable of that server holds a secret, if one does (Telegram's `/bot{token}` is
    /// in the path): the client then keeps that part of the base URL out of `Debug` output and
    /// errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url_secret: Option<UrlPart>,
    /// API groups, one per tag, ordered by tag name as the spec lists them.
    pub tags: Vec<Tag>,
    /// Every model, keyed (and so ordered) by its Rust name.
    pub models: BTreeMap<String, Model>,
    /// Security schemes in the order `components.securitySchemes` lists them.
    pub security_schemes: Vec<SecurityScheme>,
    /// The error models some operation declares, by Rust name: the variants of `ErrorBody`.
    pub error_models: Vec<String>,
    /// The cargo feature of the models no operation reaches (`other-models`), when there
    /// are any; on by default, like the tags' features.
    pub other_models_feature: Option<String>,
    /// Features that stand for a set of others, for models many tags reach: a model's `cfg`
    /// names the group (`feature = "models-1"`), not every tag, and each tag's feature turns
    /// on the groups it is in. (name, the features that enable it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub feature_groups: Vec<(String, Vec<String>)>,
    /// What the API sends to its users (OpenAPI 3.1 `webhooks`), in document order.
    pub webhooks: Vec<Webhook>,
    /// Things the generator skipped or worked around, for the user to read.
    pub warnings: Vec<Warning>,
}

/// A webhook: a request the API sends to you.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Webhook {
    /// As the spec names it, e.g. `newPet`.
    pub name: String,
    /// `POST`, ...
    pub method: String,
    /// Its operation's summary.
    pub summary: Option<String>,
    /// Its operation's description (markdown).
    pub description: Option<String>,
    /// The variant of the generated `Webhook` enum, e.g. `NewPet` (unique).
    pub variant: String,
    /// The type of its JSON payload, if it has one.
    pub payload: Option<TypeRef>,
}

/// Something the generator could not use as given, and what it did instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// JSON pointer into the spec.
    pub pointer: String,
    /// What happened.
    pub message: String,
}

/// One tag: an API struct (`CredentialOperationsApi`) and its docs page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tag {
    /// The tag as the spec names it, e.g. `Credential Operations`.
    pub api_name: String,
    /// Name of the docs page and of the API struct, e.g. `CredentialOperationsApi`.
    pub struct_name: String,
    /// Rust module holding the request builders, e.g. `credential_operations`; also the
    /// accessor on the client (`client.credential_operations()`).
    pub module: String,
    /// The generated crate's cargo feature that compiles this tag: the module in kebab case,
    /// e.g. `credential-operations` (`default-tag` for a module named `default`).
    pub feature: String,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// Operations ordered by `method_name`.
    pub operations: Vec<Operation>,
}

/// One operation: a method on the API struct and a request builder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    /// `operationId` as the spec gives it, e.g. `forgotPassword(oneTimeCode)`.
    pub operation_id: String,
    /// Method on the API struct, e.g. `forgot_password_one_time_code`.
    pub method_name: String,
    /// The request builder struct, e.g. `ForgotPasswordOneTimeCode`.
    pub builder_name: String,
    /// The HTTP method.
    pub http_method: HttpMethod,
    /// The path template as in the spec, e.g. `/api/v1/users/{userId}`.
    pub path: String,
    /// The path's segments (between `/`s), each split into literal text and parameters
    /// (indices into `params`): `/ip/{ipv4}.txt` is `[[ip], [{ipv4}, .txt]]`.
    pub path_segments: Vec<Vec<PathSegment>>,
    /// The path ends with `/` (`/users/`): sent that way, as some servers tell them apart.
    pub trailing_slash: bool,
    /// The spec's one-line summary.
    pub summary: Option<String>,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// The spec marks it deprecated.
    pub deprecated: bool,
    /// Path, query, header and cookie parameters, and the fields of a form body: required
    /// ones first (in spec order), then optional.
    pub params: Vec<Param>,
    /// The request body, if the operation takes one.
    pub body: Option<Body>,
    /// Every documented response, in status order.
    pub responses: Vec<Response>,
    /// What a 2xx response decodes into (`None` for an empty body).
    pub success_type: Option<TypeRef>,
    /// How a 2xx response's body is read.
    pub success_format: BodyFormat,
    /// When the 2xx responses differ (a `200` with one type, a `201` with another, a `204`
    /// without a body): the enum the call returns, one variant per status. `success_type`
    /// is then `None`.
    pub outcomes: Option<Outcomes>,
    /// Media type sent in `Accept`, when a response has a body.
    pub accept: Option<String>,
    /// The security requirements, any one of which authorizes the call, in the spec's order:
    /// each the schemes (names from `Api::security_schemes`) sent together, usually one.
    /// Empty means no authorization.
    pub security: Vec<Vec<String>>,
    /// How it pages, for a list operation that does (declared, or named in the options).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
    /// The body's property of the items and of the next page's URL, as Azure's
    /// `x-ms-pageable` declares them (`value`, `nextLink`), for [`Operation::paging`] to decide.
    #[serde(skip)]
    pub pageable: Option<(String, String)>,
    /// The server the operation declares for itself, when it is not the API's: an absolute
    /// URL (`https://upload.box.com/api/2.0`) or a path on the client's origin (`/v2`). The
    /// client sends the operation there (unless `ClientBuilder::server` moves it).
    pub server: Option<String>,
    /// JSON pointer of the operation in the spec.
    pub pointer: String,
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `POST`
    Post,
    /// `DELETE`
    Delete,
    /// `OPTIONS`
    Options,
    /// `HEAD`
    Head,
    /// `PATCH`
    Patch,
    /// `TRACE`
    Trace,
}

impl HttpMethod {
    /// The method as HTTP spells it: `POST`.
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

/// A piece of a path segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum PathSegment {
    /// Literal text, sent as is (already a valid path piece).
    Literal(String),
    /// The parameter at this index of `Operation::params`, percent-encoded by its style.
    Param(usize),
}

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    /// In the path: `/users/{id}`.
    Path,
    /// In the query string.
    Query,
    /// In a request header.
    Header,
    /// In a cookie.
    Cookie,
    /// A field of an `application/x-www-form-urlencoded` body.
    Form,
    /// A part of a `multipart/form-data` body.
    Part,
}

/// How a parameter is laid out (OpenAPI's `style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ParamStyle {
    /// `a,b,c` (paths and headers).
    Simple,
    /// `.a.b.c` (paths).
    Label,
    /// `;id=a;id=b` (paths).
    Matrix,
    /// `id=a&id=b` (queries, cookies and form fields).
    Form,
    /// `id=a%20b` (queries).
    SpaceDelimited,
    /// `id=a|b` (queries).
    PipeDelimited,
    /// `id[key]=v` (queries and form fields).
    DeepObject,
    /// `filter={"a":1}`: the value's JSON text (a parameter with `content: application/json`).
    Json,
}

/// A path, query or header parameter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Param {
    /// The name on the wire, e.g. `userId`.
    pub api_name: String,
    /// The Rust name (argument and setter), e.g. `user_id`.
    pub name: String,
    /// Where the parameter goes.
    pub location: ParamLocation,
    /// Whether it must be given.
    pub required: bool,
    /// The Rust type.
    pub ty: TypeRef,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// The default the spec documents (the server applies it).
    pub default: Option<Value>,
    /// The example the spec gives (or its default), else one the IR made from the schema
    /// (`examples::synthesize`): what the docs example passes.
    pub example: Option<Value>,
    /// The spec marks it deprecated.
    pub deprecated: bool,
    /// Never shown by the request builder's `Debug` (see [`Field::secret`]).
    pub secret: bool,
    /// How the value is laid out (the spec's `style`, or the default for its location).
    pub style: ParamStyle,
    /// Whether arrays and objects are exploded (the spec's `explode`, or its default).
    pub explode: bool,
    /// A query parameter whose value keeps RFC 3986's reserved characters as they are (the
    /// spec's `allowReserved`: a path in `$filter=path/to`); false elsewhere.
    pub allow_reserved: bool,
    /// The content type of a multipart part, from the body's `encoding`.
    pub content_type: Option<String>,
    /// The least value a whole-number parameter takes (its schema's `minimum`, past an
    /// `exclusiveMinimum`): a page number's `1` says which page is the first.
    pub minimum: Option<i64>,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Body {
    /// The Rust name of the argument or setter, e.g. `change_password_request`.
    pub name: String,
    /// The media type (`application/json`, `text/plain`, ...).
    pub content_type: String,
    /// Other media types the spec lists for the same bytes (JSON for JSON, bytes for bytes):
    /// the caller can send one of them instead, with the builder's `content_type`.
    pub alternatives: Vec<String>,
    /// What kind it is.
    pub kind: BodyKind,
    /// Whether it must be given.
    pub required: bool,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// The example the spec gives (or its default), else one the IR made from the schema
    /// (`examples::synthesize`): what the docs example passes.
    pub example: Option<Value>,
}

/// How a request body is made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum BodyKind {
    /// Serialized as JSON.
    Json(TypeRef),
    /// A body the spec gives no schema for: the spec's example text is sent as is
    /// (empty when it has none); callers have nothing to set.
    Fixed(String),
    /// Text the caller provides.
    Text,
    /// Bytes the caller provides (`format: binary`, `application/octet-stream`, `image/*`).
    Binary,
    /// `application/x-www-form-urlencoded`: the fields are the operation's
    /// [`ParamLocation::Form`] parameters.
    Form,
    /// `multipart/form-data`: the parts are the operation's [`ParamLocation::Part`]
    /// parameters.
    Multipart,
}

/// The enum of an operation's success responses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcomes {
    /// The enum's Rust name, e.g. `CreateUserOutcome`.
    pub name: String,
    /// One per documented 2xx status, in status order.
    pub variants: Vec<Outcome>,
}

/// One success response of an [`Outcomes`] enum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// `200`, `201`, or a range such as `2XX`.
    pub status: String,
    /// The variant, e.g. `Created`.
    pub variant: String,
    /// What the body decodes into (`None` for no body).
    pub ty: Option<TypeRef>,
    /// How the body is read.
    pub format: BodyFormat,
    /// Prose from the spec.
    pub description: String,
}

/// How a response body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BodyFormat {
    /// No body is documented.
    Empty,
    /// Decoded from JSON into the documented type.
    Json,
    /// Text (`text/*`): a `String`.
    Text,
    /// Anything else (`application/octet-stream`, `image/*`, `*/*`, ...): bytes.
    Bytes,
}

/// One documented response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Response {
    /// `200`, `404`, or a range such as `4XX`, or `default`.
    pub status: String,
    /// Prose from the spec (markdown), if any.
    pub description: String,
    /// The Rust type.
    pub ty: Option<TypeRef>,
    /// The media type (`application/json`, `text/plain`, ...).
    pub content_type: Option<String>,
    /// How the body is read.
    pub format: BodyFormat,
    /// It declares a `Link` header (a paged list's `rel="next"`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub link_header: bool,
}

/// How a list operation pages: its builder also streams the pages and their items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paging {
    /// The type of one item.
    pub item: TypeRef,
    /// How the next page is found.
    pub next: NextPage,
    /// The success outcome whose body is the page (`Ok` of GitHub's `200` list of contributors
    /// beside its bodiless `204`, which is an empty last page); `None` when the success body is
    /// the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// Where a list operation's next page is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum NextPage {
    /// The `Link` header's `rel="next"` URL. The body is the array of items, or an object
    /// whose one array field (its Rust name, and whether it is an `Option`) holds them.
    Link {
        /// The body's field of the items, when the body is an object.
        items: Option<(String, bool)>,
        /// The query parameter whose description says its cursor comes from the `Link`
        /// header (Okta's `after`): the next links carry it, so examples leave it out.
        param: Option<String>,
    },
    /// A cursor in the body (an object), sent back as a query parameter, or as a property of
    /// the request's JSON body (Notion's `POST /databases/{id}/query`: `start_cursor`).
    Cursor {
        /// The body's field of the items: its Rust name, and whether it is an `Option`.
        items: (String, bool),
        /// The steps to the cursor, from the body in (`response_metadata.next_cursor` is two
        /// fields).
        cursor: Vec<Step>,
        /// The cursor is a string (else it is sent as its JSON text, a number say).
        cursor_is_string: bool,
        /// The cursor's property name on the wire (dotted when nested), for the docs.
        property: String,
        /// The query parameter the cursor goes back in, by its name on the wire; or the
        /// property of the request body, with `in_body`.
        param: String,
        /// The cursor goes back in the request's JSON body, not in the query.
        in_body: bool,
    },
    /// The next page's URL in the body (an object), as Azure's `nextLink` and Spotify's `next`:
    /// followed like a `Link` header's, never to another origin.
    Url {
        /// The body's field of the items: its Rust name, and whether it is an `Option`.
        items: (String, bool),
        /// The steps to the URL, from the body in (DigitalOcean's `links.pages.next` is the
        /// field `links`, the field `pages`, its union's variant `LastNext`, the field `next`).
        next: Vec<Step>,
        /// The property's name on the wire (dotted when nested), for the docs.
        property: String,
    },
    /// The last item's id as the next page's cursor, while the body says there are more
    /// (Stripe's lists: `has_more`, and `starting_after` in the query).
    LastItem {
        /// The body's field of the items: its Rust name, and whether it is an `Option`.
        items: (String, bool),
        /// The body's boolean field that says more items follow (Rust name, `Option` or not).
        more: (String, bool),
        /// Where the item's id is.
        id: ItemId,
        /// The query parameter the id goes back in, by its name on the wire.
        param: String,
    },
    /// Numbered pages: the body (an object) says which page it is and how many there are;
    /// the next page's number goes back as a query parameter until the last.
    PageNumber {
        /// The body's field of the items: its Rust name, and whether it is an `Option`.
        items: (String, bool),
        /// The body's field of this page's number (Rust name, `Option` or not).
        page: (String, bool),
        /// The body's field of the number of pages (Rust name, `Option` or not).
        pages: (String, bool),
        /// The query parameter of the page number, by its name on the wire.
        param: String,
    },
    /// Numbered pages whose body does not count them (Gitea's lists, bare arrays): the next
    /// number (the one asked for, or the first, plus one) goes back as a query parameter
    /// until a page is empty, or is the page before it again.
    PageUntilEmpty {
        /// The body's field of the items, when the body is an object: its Rust name, and
        /// whether it is an `Option`.
        items: Option<(String, bool)>,
        /// The query parameter of the page number, by its name on the wire.
        param: String,
        /// The number of the page a request without the parameter gets: the parameter's
        /// default, or the first its description names; `None` where the spec does not say
        /// (0 or 1, which the runtime tells apart by asking for 1).
        first: Option<u64>,
    },
    /// Offsets: the body (an object) says how many items there are in all; the next offset
    /// (the one asked for plus the page's items) goes back as a query parameter until the
    /// total is reached or a page is empty.
    Offset {
        /// The body's field of the items: its Rust name, and whether it is an `Option`.
        items: (String, bool),
        /// The body's field of the number of items in all (Rust name, `Option` or not).
        total: (String, bool),
        /// The query parameter of the offset, by its name on the wire.
        param: String,
        /// The first item's offset, which a request without the parameter gets: 0, or 1
        /// where the spec says so (SCIM's `startIndex`).
        first: u64,
    },
}

/// Where a list item's id is, for [`NextPage::LastItem`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ItemId {
    /// The item's own field: its Rust name, and whether it is an `Option`.
    Field(String, bool),
    /// An item that is a union of structs (Stripe's payment sources: an account, a card, ..):
    /// the union as the item names it, and each variant's field (variant, Rust name, `Option`
    /// or not). An item the client does not know has none.
    Variants {
        /// The union's name, as the item's type names it.
        union: String,
        /// Per variant: its name, its id field's Rust name, and whether that is an `Option`.
        fields: Vec<(String, String, bool)>,
    },
}

/// One step from a page's body to a value in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Step {
    /// A field: its Rust name, and whether it is an `Option`.
    Field(String, bool),
    /// One variant of a union: a value of another variant has no next page.
    Variant {
        /// The union's Rust name.
        union: String,
        /// The variant's Rust name.
        variant: String,
        /// The variant holds its value in a `Box`.
        boxed: bool,
    },
}

impl Response {
    /// A `2XX` response.
    pub fn is_success(&self) -> bool {
        self.status.starts_with('2')
    }
}

/// A Rust type as a model or parameter uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "of")]
pub enum TypeRef {
    /// `String`.
    String,
    /// A string in a format with no Rust type of its own (`email`, `password`, ...): still a
    /// `String` in Rust, the format is kept for docs.
    FormattedString(String),
    /// `chrono::DateTime<chrono::Utc>`: `format: date-time` (RFC 3339).
    DateTime,
    /// `chrono::NaiveDate`: `format: date` (`2024-01-31`).
    Date,
    /// `uuid::Uuid`: `format: uuid`.
    Uuid,
    /// The client's `Base64` (bytes): `format: byte`, base64 text on the wire.
    Base64,
    /// `i32` or `i64`.
    Integer(IntWidth),
    /// `f64`.
    Number,
    /// `bool`.
    Boolean,
    /// `Vec<T>`.
    Array(Box<TypeRef>),
    /// A JSON object with values of one type (`additionalProperties: schema`).
    Map(Box<TypeRef>),
    /// Any JSON value.
    Any,
    /// A model, by its Rust name (a key of `Api::models`).
    Model(String),
    /// `Vec<u8>`: a binary body.
    Bytes,
    /// A file to upload: a multipart part's bytes, file name and content type.
    File,
}

/// The width of an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IntWidth {
    /// `format: int32`.
    I32,
    /// Any other integer.
    I64,
}

/// A named type: a struct, an enum, or an alias.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Model {
    /// Rust name, also the docs page name, e.g. `ChangePasswordRequestNewPassword`.
    pub name: String,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// What kind it is.
    pub kind: ModelKind,
    /// Where it comes from: `#/components/schemas/User` or an inline schema's pointer.
    pub pointer: String,
    /// The tags' cargo features that compile it (any one of them does): those whose
    /// operations reach it. Empty: always compiled (an error model, or reached by no tag).
    pub features: Vec<String>,
}

impl Model {
    /// Its doc: the spec's description, else a sentence that says where the schema is
    /// ("The request body of `POST /pets`.").
    pub fn doc(&self) -> std::borrow::Cow<'_, str> {
        match &self.description {
            Some(text) if !text.trim().is_empty() => text.as_str().into(),
            _ => origin::origin_doc(&self.pointer).into(),
        }
    }

    /// Every type the model names directly: its fields' (and extra properties'), its
    /// variants', or the aliased type.
    pub fn types(&self) -> Box<dyn Iterator<Item = &TypeRef> + '_> {
        match &self.kind {
            ModelKind::Struct(s) => Box::new(s.fields.iter().map(|f| &f.ty).chain(&s.additional)),
            ModelKind::Alias(ty) => Box::new(std::iter::once(ty)),
            ModelKind::Union(u) => Box::new(u.variants.iter().map(|v| &v.ty)),
            ModelKind::Tuple(types) => Box::new(types.iter()),
            ModelKind::Enum(_) => Box::new(std::iter::empty()),
        }
    }

    /// [`Model::types`], to change.
    pub fn types_mut(&mut self) -> Vec<&mut TypeRef> {
        match &mut self.kind {
            ModelKind::Struct(s) => s
                .fields
                .iter_mut()
                .map(|f| &mut f.ty)
                .chain(&mut s.additional)
                .collect(),
            ModelKind::Alias(ty) => vec![ty],
            ModelKind::Union(u) => u.variants.iter_mut().map(|v| &mut v.ty).collect(),
            ModelKind::Tuple(types) => types.iter_mut().collect(),
            ModelKind::Enum(_) => Vec::new(),
        }
    }
}

/// What a model is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ModelKind {
    /// A struct with named fields.
    Struct(StructModel),
    /// A string enum with a catch-all variant.
    Enum(EnumModel),
    /// Another name for a type (`allOf` of one schema plus annotations, a top-level array...).
    Alias(TypeRef),
    /// One of several types (`oneOf`, `anyOf`): an enum with a variant per member.
    Union(UnionModel),
    /// A tuple (3.1 `prefixItems`): a tuple struct, a JSON array on the wire.
    Tuple(Vec<TypeRef>),
}

/// A `oneOf`/`anyOf`: an enum whose variants hold the members' types.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnionModel {
    /// The variants, in the order decoding tries them (see `ir::unions`).
    pub variants: Vec<UnionVariant>,
    /// The discriminator's property, when the spec names one: decoding reads it first and
    /// picks the variant by its value.
    pub tag: Option<String>,
    /// The variant that keeps, as raw JSON, a value no other variant takes (an unknown tag, a
    /// shape this client does not know), so a new server-side subtype never breaks decoding.
    pub catch_all: String,
}

/// One member of a [`UnionModel`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnionVariant {
    /// The Rust variant, named after the member's `$ref`, title or type.
    pub name: String,
    /// The member's type.
    pub ty: TypeRef,
    /// The discriminator values that select it (empty without a discriminator).
    pub tags: Vec<String>,
    /// Boxed to break a cycle of types.
    pub boxed: bool,
    /// A string enum in an untagged union: its catch-all variant (`Unknown`). The union takes
    /// the enum only for one of its listed values (the catch-all would take any string), else
    /// tries the next variant.
    pub enum_catch_all: Option<String>,
    /// Named for want of a better name (`Variant<i>`, `Object`, or the properties only it
    /// has): a discriminator value found later names it instead.
    #[serde(skip)]
    pub provisional: bool,
}

/// A struct: named fields, maybe more properties kept as a map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StructModel {
    /// The fields, in spec order.
    pub fields: Vec<Field>,
    /// Unknown properties are kept (`additionalProperties: true` or a schema).
    pub additional: Option<TypeRef>,
    /// Every field type has a `Default`, so the struct derives it.
    pub derives_default: bool,
    /// Some field is secret: `Debug` is written by hand to redact it.
    pub has_secrets: bool,
}

/// One property of a struct.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// The name on the wire.
    pub api_name: String,
    /// The Rust field name.
    pub name: String,
    /// The Rust type.
    pub ty: TypeRef,
    /// Whether it must be given.
    pub required: bool,
    /// `nullable: true`: `null` is a value.
    pub nullable: bool,
    /// `readOnly`: set by the server.
    pub read_only: bool,
    /// `writeOnly`: sent, never returned.
    pub write_only: bool,
    /// Never shown by `Debug` (`format: password`, write-only, or a password by name).
    pub secret: bool,
    /// Boxed to break a cycle of types.
    pub boxed: bool,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// The default the spec documents (the server applies it).
    pub default: Option<Value>,
    /// The example the spec gives, if any.
    pub example: Option<Value>,
    /// The spec marks it deprecated.
    pub deprecated: bool,
}

impl Field {
    /// The field is an `Option` in Rust.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }
}

/// A string enum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumModel {
    /// The known values, in spec order.
    pub variants: Vec<EnumVariant>,
    /// The variant that keeps a value this client does not know, e.g. `Unknown`.
    pub catch_all: String,
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnumVariant {
    /// The value on the wire, e.g. `SHA-256`.
    pub value: String,
    /// The Rust variant, e.g. `Sha256`.
    pub name: String,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
}

/// A way to authorize requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecurityScheme {
    /// Name in `components.securitySchemes`, e.g. `apiToken`.
    pub api_name: String,
    /// Rust name of the builder method and field, e.g. `api_token`.
    pub name: String,
    /// Variant of the client's `Auth` enum, e.g. `ApiToken`.
    pub variant: String,
    /// The environment variable docs examples read the credential from, e.g. `API_TOKEN`.
    pub env_var: String,
    /// Prose from the spec (markdown), if any.
    pub description: Option<String>,
    /// What kind it is.
    pub kind: SecurityKind,
}

/// How a scheme's credential is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SecurityKind {
    /// An API key sent in a header, with an optional prefix before the key
    /// (`SSWS` for Okta's `Authorization` header).
    ApiKeyHeader {
        /// The header name.
        header: String,
        /// Text sent before the key, e.g. `SSWS`.
        prefix: Option<String>,
    },
    /// An API key sent as a query parameter.
    ApiKeyQuery {
        /// The query parameter name.
        param: String,
    },
    /// An API key sent as a cookie.
    ApiKeyCookie {
        /// The cookie name.
        cookie: String,
    },
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2 or OpenID Connect access tokens).
    Bearer,
    /// `Authorization: Basic ...`.
    Basic,
}

/// One thing a caller gives an operation: a parameter or the request body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input<'a> {
    /// A path, query or header parameter.
    Param(&'a Param),
    /// The request body.
    Body(&'a Body),
}

impl<'a> Input<'a> {
    /// The Rust name of the argument or setter.
    pub fn name(&self) -> &'a str {
        match self {
            Input::Param(p) => &p.name,
            Input::Body(b) => &b.name,
        }
    }

    /// A required input is a method argument; an optional one a setter.
    pub fn required(&self) -> bool {
        match self {
            Input::Param(p) => p.required,
            Input::Body(b) => b.required,
        }
    }

    /// The Rust type the caller gives.
    pub fn ty(&self) -> TypeRef {
        match self {
            Input::Param(p) => p.ty.clone(),
            Input::Body(Body {
                kind: BodyKind::Json(ty),
                ..
            }) => ty.clone(),
            Input::Body(Body {
                kind: BodyKind::Binary,
                ..
            }) => TypeRef::Bytes,
            Input::Body(_) => TypeRef::String,
        }
    }

    /// The spec's description.
    pub fn description(&self) -> Option<&'a str> {
        match self {
            Input::Param(p) => p.description.as_deref(),
            Input::Body(b) => b.description.as_deref(),
        }
    }
}

impl Operation {
    /// Every type the operation names: what it sends, then what it receives.
    pub fn types(&self) -> impl Iterator<Item = &TypeRef> {
        self.sent_types().chain(self.received_types())
    }

    /// The types the operation sends: its parameters (and form fields) and a JSON body.
    pub fn sent_types(&self) -> impl Iterator<Item = &TypeRef> {
        let body = match &self.body {
            Some(Body {
                kind: BodyKind::Json(ty),
                ..
            }) => Some(ty),
            _ => None,
        };
        self.params.iter().map(|p| &p.ty).chain(body)
    }

    /// The types the operation decodes: its responses and the success outcomes.
    pub fn received_types(&self) -> impl Iterator<Item = &TypeRef> {
        self.responses
            .iter()
            .filter_map(|r| r.ty.as_ref())
            .chain(&self.success_type)
            .chain(
                self.outcomes
                    .iter()
                    .flat_map(|o| &o.variants)
                    .filter_map(|v| v.ty.as_ref()),
            )
    }

    /// [`Operation::types`], to change.
    pub fn types_mut(&mut self) -> Vec<&mut TypeRef> {
        let body = match &mut self.body {
            Some(Body {
                kind: BodyKind::Json(ty),
                ..
            }) => Some(ty),
            _ => None,
        };
        self.params
            .iter_mut()
            .map(|p| &mut p.ty)
            .chain(body)
            .chain(self.responses.iter_mut().filter_map(|r| r.ty.as_mut()))
            .chain(&mut self.success_type)
            .chain(
                self.outcomes
                    .iter_mut()
                    .flat_map(|o| &mut o.variants)
                    .filter_map(|v| v.ty.as_mut()),
            )
            .collect()
    }

    /// The request body the caller gives: none for a fixed body, which is the spec's own
    /// text, nor for a form, whose fields the caller gives one by one.
    pub fn caller_body(&self) -> Option<&Body> {
        self.body.as_ref().filter(|b| {
            !matches!(
                b.kind,
                BodyKind::Fixed(_) | BodyKind::Form | BodyKind::Multipart
            )
        })
    }

    /// Everything the caller gives, in the order the method, its docs and its example take it:
    /// required parameters (spec order), a required body, optional parameters, an optional
    /// body. Required inputs are the method's arguments; optional ones the builder's setters.
    pub fn inputs(&self) -> Vec<Input<'_>> {
        let params = |required: bool| {
            self.params
                .iter()
                .filter(move |p| p.required == required)
                .map(Input::Param)
        };
        let body = |required: bool| {
            self.caller_body()
                .filter(|b| b.required == required)
                .map(Input::Body)
        };
        params(true)
            .chain(body(true))
            .chain(params(false))
            .chain(body(false))
            .collect()
    }
}

impl Api {
    /// The servers some operations go to instead of the base URL ([`Operation::server`]),
    /// each once, sorted.
    pub fn operation_servers(&self) -> std::collections::BTreeSet<&str> {
        self.tags
            .iter()
            .flat_map(|t| &t.operations)
            .filter_map(|op| op.server.as_deref())
            .collect()
    }

    /// Whether some operation pages (its builder streams pages and items).
    pub fn has_paging(&self) -> bool {
        self.tags
            .iter()
            .flat_map(|t| &t.operations)
            .any(|op| op.paging.is_some())
    }

    /// Whether the generated code names `format` (a typed format: `DateTime`, `Date`,
    /// `Uuid`) anywhere, so the crate depends on the crate it comes from.
    pub fn uses_format(&self, format: &TypeRef) -> bool {
        let models = self
            .models
            .values()
            .any(|m| m.types().any(|t| t.uses_format(format)));
        let operations = self
            .tags
            .iter()
            .flat_map(|t| &t.operations)
            .any(|op| op.types().any(|t| t.uses_format(format)));
        models || operations
    }

    /// The security schemes that can authorize `op`, in its order of preference.
    pub fn schemes_for<'a>(
        &'a self,
        op: &'a Operation,
    ) -> impl Iterator<Item = &'a SecurityScheme> {
        let mut names: Vec<&String> = Vec::new();
        for name in op.security.iter().flatten() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
            .into_iter()
            .filter_map(|name| self.security_schemes.iter().find(|s| &s.api_name == name))
    }

    /// Each security requirement of `op` as its schemes, in the spec's order.
    pub fn requirements_for<'a>(
        &'a self,
        op: &'a Operation,
    ) -> impl Iterator<Item = Vec<&'a SecurityScheme>> {
        op.security.iter().map(|names| {
            names
                .iter()
                .filter_map(|name| self.security_schemes.iter().find(|s| &s.api_name == name))
                .collect()
        })
    }
}

impl TypeRef {
    /// The Rust type as docs show it, with models by their bare name:
    /// `String`, `bool`, `Vec<User>`, `BTreeMap<String, serde_json::Value>`.
    pub fn display(&self) -> String {
        match self {
            TypeRef::String | TypeRef::FormattedString(_) => "String".into(),
            TypeRef::Integer(IntWidth::I32) => "i32".into(),
            TypeRef::Integer(IntWidth::I64) => "i64".into(),
            TypeRef::Number => "f64".into(),
            TypeRef::Boolean => "bool".into(),
            TypeRef::Array(item) => format!("Vec<{}>", item.display()),
            TypeRef::Map(value) => format!("BTreeMap<String, {}>", value.display()),
            TypeRef::Any => "serde_json::Value".into(),
            TypeRef::Model(name) => name.clone(),
            TypeRef::Bytes => "Vec<u8>".into(),
            TypeRef::File => "File".into(),
            TypeRef::DateTime => "DateTime<Utc>".into(),
            TypeRef::Date => "NaiveDate".into(),
            TypeRef::Uuid => "Uuid".into(),
            TypeRef::Base64 => "Base64".into(),
        }
    }

    /// Whether this type, or a type inside it, is one of the typed formats.
    pub fn uses_format(&self, format: &TypeRef) -> bool {
        match self {
            TypeRef::Array(inner) | TypeRef::Map(inner) => inner.uses_format(format),
            other => other == format,
        }
    }

    /// The model this type names, directly or as the items of an array or map.
    pub fn model(&self) -> Option<&str> {
        match self {
            TypeRef::Model(name) => Some(name),
            TypeRef::Array(inner) | TypeRef::Map(inner) => inner.model(),
            _ => None,
        }
    }
}

/// A part of a URL that may hold a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum UrlPart {
    /// The host (`https://{apiKey}.api.example`).
    Host,
    /// The path (`https://api.telegram.org/bot{token}`).
    Path,
}
