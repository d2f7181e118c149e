//! What to generate, beyond what the spec says: the settings every stage reads. A module of
//! its own, below `ir` and `emit`, so no stage imports from the crate root above it.

use crate::error::{Error, Result};

/// What to generate, beyond what the spec says.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Cargo package name; defaults to the spec file's stem in kebab-case (or to its title,
    /// with [`Options::name_from_title`]).
    pub crate_name: Option<String>,
    /// Without a `crate_name`, name the client after the spec's `info.title` in kebab-case
    /// (`Swagger Petstore` → `swagger-petstore`) instead of its file stem, falling back to the
    /// stem when the title has no letters or digits. Build scripts do: their spec is often
    /// saved as plain `openapi.yaml`.
    pub name_from_title: bool,
    /// Only operations with one of these tags (all when empty).
    pub tags: Vec<String>,
    /// Only operations with one of these operationIds (all when empty).
    pub operations: Vec<String>,
    /// Extra derives added to every generated struct and enum (e.g. `Hash`).
    pub extra_derives: Vec<String>,
    /// Keep `date-time`, `date` and `uuid` strings as `String` instead of
    /// `chrono::DateTime<Utc>`, `chrono::NaiveDate` and `uuid::Uuid`.
    pub string_formats: bool,
    /// Operations (by operationId) that page by the `Link` header's `rel="next"`, beside
    /// those whose success response declares a `Link` header. Each must return an array.
    pub link_paging: Vec<String>,
    /// Operations that page by a cursor in their body.
    pub cursor_paging: Vec<CursorPaging>,
    /// Operations that page by the next page's URL in their body (beside those found by the
    /// property's name, such as `nextLink`).
    pub url_paging: Vec<UrlPaging>,
    /// A build script's single file: a `tracing` span per request, an event per retry (the
    /// including crate then depends on `tracing`). A generated crate has a `tracing` feature
    /// instead, whatever this says.
    pub tracing: bool,
}

/// A list operation that pages by a cursor in its body: the body is an object whose `items`
/// property holds the page's items and whose `cursor` property the next page's cursor (empty,
/// `null` or missing on the last page), sent back as the query parameter `param`, or as the
/// JSON request body's property `param` when the operation has no such query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CursorPaging {
    /// The operation's `operationId`.
    pub operation: String,
    /// The body's property of the items (an array), by its name on the wire.
    pub items: String,
    /// The body's property of the next page's cursor, by its name on the wire; a dotted path
    /// for one in a nested object (`response_metadata.next_cursor`).
    pub cursor: String,
    /// The query parameter (or JSON request body property) that takes the cursor, by its name
    /// on the wire.
    pub param: String,
}

impl std::str::FromStr for CursorPaging {
    type Err = String;

    /// `operation:items:cursor:param`, as the CLI's `--cursor-paging` takes it.
    fn from_str(text: &str) -> std::result::Result<Self, String> {
        match text.split(':').collect::<Vec<_>>().as_slice() {
            [operation, items, cursor, param]
                if [operation, items, cursor, param]
                    .iter()
                    .all(|s| !s.is_empty()) =>
            {
                Ok(CursorPaging {
                    operation: operation.to_string(),
                    items: items.to_string(),
                    cursor: cursor.to_string(),
                    param: param.to_string(),
                })
            }
            _ => Err(format!(
                "{text:?} is not OPERATION:ITEMS:CURSOR:PARAM (e.g. listEvents:data:next_cursor:cursor)"
            )),
        }
    }
}

/// A list operation that pages by the next page's URL in its body: the body is an object whose
/// `items` property holds the page's items and whose `next` property (a dotted path for one in
/// a nested object, DigitalOcean's `links.pages.next`) the next page's URL, empty, `null` or
/// missing on the last page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlPaging {
    /// The operation's `operationId`.
    pub operation: String,
    /// The body's property of the items (an array), by its name on the wire.
    pub items: String,
    /// The body's property of the next page's URL, by its name on the wire (dotted when
    /// nested).
    pub next: String,
}

impl std::str::FromStr for UrlPaging {
    type Err = String;

    /// `operation:items:next`, as the CLI's `--url-paging` takes it.
    fn from_str(text: &str) -> std::result::Result<Self, String> {
        match text.split(':').collect::<Vec<_>>().as_slice() {
            [operation, items, next] if [operation, items, next].iter().all(|s| !s.is_empty()) => {
                Ok(UrlPaging {
                    operation: operation.to_string(),
                    items: items.to_string(),
                    next: next.to_string(),
                })
            }
            _ => Err(format!(
                "{text:?} is not OPERATION:ITEMS:NEXT (e.g. listDroplets:droplets:links.pages.next)"
            )),
        }
    }
}

impl Options {
    /// Whether an operation passes the tag and operation filters.
    pub fn includes(&self, tag: Option<&str>, operation_id: &str) -> bool {
        let tag_ok = self.tags.is_empty() || tag.is_some_and(|t| self.tags.iter().any(|x| x == t));
        let op_ok = self.operations.is_empty() || self.operations.iter().any(|x| x == operation_id);
        tag_ok && op_ok
    }

    /// Only some operations are generated: a tag or operation filter is set.
    pub fn is_filtered(&self) -> bool {
        !(self.tags.is_empty() && self.operations.is_empty())
    }

    /// Options that cannot work whatever the spec: an extra derive that is not a path.
    pub(crate) fn check(&self) -> Result<()> {
        for derive in &self.extra_derives {
            if syn::parse_str::<syn::Path>(derive).is_err() {
                return Err(Error::Usage(format!(
                    "extra derive {derive:?} is not a path such as `Hash` or `schemars::JsonSchema`"
                )));
            }
        }
        Ok(())
    }
}
