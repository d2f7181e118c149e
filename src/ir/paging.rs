//! Which list operations page, and how: decided once the models exist, since a cursor lives
//! in a model's fields.
//!
//! An operation pages by `Link` when its success response declares a `Link` header and its
//! body is an array (or an object with one array property: the items), or when the
//! options name it (`Options::link_paging`); it pages by a
//! cursor when the options say so (`Options::cursor_paging`), naming the body's items and
//! cursor properties and the query parameter the cursor goes back in. An option that cannot
//! apply (an operation that does not return an array, a property the body does not have) is
//! an error that says why, never a stream that silently stops after one page.
//!
//! An operation pages by number, without being named, when it takes an integer query
//! parameter `page` and its body is an object with one array property (the items) and integer
//! properties `page` (this page's number; or `currentPage`, `current_page`, `pageNumber`,
//! `page_number`) and `pages` (or `total_pages`, `totalPages`, `page_count`, `pageCount`: how
//! many there are), as Linode's lists are; the stream asks for the next number until the last.
//! A parameter `pageNumber` (Loket's) or `page_number` is one too, where nothing else says how
//! the operation pages. (Only `GET` operations page without being named.)
//!
//! An operation pages by number until an empty page, without being named, when it takes an
//! integer query parameter `page` (or `pageNumber`, `page_number`), its body is an array or an
//! object with one array property, and it pages no other way. The stream asks for the next
//! number until a page is empty, or is the same as the page before it (a server that ignores
//! the number). The first page is the one a request without the number gets; the spec may say
//! its number (1, or 0), as the parameter's default, in its description (Gitea's "page
//! number of results to return (1-based)", "Defaults to 1") or as its `minimum: 1`. Where it
//! does not (GitLab's "Current page number"), the second request asks for 1: a server that
//! numbers from 1 answers with the first page again, which the stream skips before it asks for
//! 2; one that numbers from 0 answers with the second. A default other than 0 or 1 (VTEX's 10) is taken for a
//! slip, and the operation does not page: the pages before it would be skipped.
//!
//! An operation pages by offset, without being named, when it takes an integer query
//! parameter `offset` (or `skip`, `$skip`, `start`, Jira's `startAt`, `startIndex`,
//! `start_index`) and its body is an object with one array property (the items) and an
//! integer property `total_count` (or `totalCount`, `total`, `total_results`,
//! `totalResults`, `total_items`, `totalItems`: how many items there are in all), as Box's and
//! Mailchimp's lists are; the stream asks from the next offset (the one asked for plus the
//! page's items) until the total is reached or a page is empty. A server that caps `limit`
//! lower than asked still gets every item. A `start…` parameter that starts a window of time
//! (beside an `end`, or described as a time: Mist's) is no offset. The first item's offset is
//! 0, unless the parameter's default, description or `minimum` says 1 (SCIM's `startIndex`);
//! a `startIndex` that says neither does not page, as SCIM's numbering from 1 would make a
//! guess of 0 read an item twice.
//!
//! An operation pages by a URL in its body, without being named, when its body is an object
//! with one array property and a string property that names the next page's URL: `nextLink`
//! (Azure's, with `@odata.nextLink` and `nextPageLink`), `next_link`, `next_url`, `nextUrl`,
//! `next_page_url`, `nextPageUrl`, `next_page_uri` (Twilio's, a path), `nextPageUri`, or
//! `next` when its description calls it a URL or link (Spotify's), up to two objects in and
//! through unions of objects (DigitalOcean's `links.pages.next`).
//!
//! "One array property" above: where a body has several, the items are HAL's `_embedded`
//! (Loket's, beside its `messages`), or else the one whose name does not start with `_`
//! (Mailchimp's `_links` are no items), or else the one named `items`, `entries`, `data`,
//! `results`, `records`, `value` or `values`, if exactly one is.
//!
//! An operation pages by `Link` without declaring the header when a query parameter's
//! description says its cursor comes from the `Link` header or the "next link relation"
//! (Okta's `after`), and its body fits `Link` paging.
//!
//! An operation pages by a cursor, without being named, when it takes a string query
//! parameter and its body, an object with one array, has a string property for that
//! parameter's next value: `next` before its name (`cursor` → `next_cursor`, Box's `marker` →
//! `next_marker`, Google's `pageToken` → `nextPageToken`, CircleCI's `page-token` →
//! `next_page_token`: case and separators aside) or before what follows its `start_`
//! (Notion's `start_cursor` → `next_cursor`), or its own name when it starts with `next`
//! (`nextToken`, Zoom's `next_page_token`), at the top or one object in (Slack's
//! `response_metadata.next_cursor`).
//!
//! An operation pages by its last item, without being named, as Stripe's lists do: it takes a
//! string query parameter `starting_after`, and its body has a boolean `has_more` and one
//! array of objects with a string `id`; the last item's id goes back while `has_more` is true.

use super::{
    HttpMethod, ItemId, Model, ModelKind, NextPage, Operation, Paging, ParamLocation, Step, Tag,
    TypeRef, UnionVariant, Warning,
};
use crate::error::{Error, Result};
use crate::options::{CursorPaging, Options, UrlPaging};
use serde_json::Value;
use std::collections::BTreeMap;

/// Set `paging` on every list operation that pages. An operation that declares a `Link`
/// header but whose body holds no one list of items is a warning: it does not stream.
pub fn decide(
    tags: &mut [Tag],
    models: &BTreeMap<String, Model>,
    options: &Options,
) -> Result<Vec<Warning>> {
    let mut warnings = Vec::new();
    let filtered = options.is_filtered();
    let mut ops: BTreeMap<String, &mut Operation> = tags
        .iter_mut()
        .flat_map(|t| t.operations.iter_mut())
        .map(|op| (op.operation_id.clone(), op))
        .collect();
    for op in ops.values_mut() {
        let declared = op.responses.iter().any(|r| r.is_success() && r.link_header);
        if declared {
            match link(op, models) {
                Ok(paging) => op.paging = Some(paging),
                Err(why) => warnings.push(Warning {
                    pointer: op.pointer.clone(),
                    message: format!(
                        "the operation declares a `Link` header, but it {why}: its request \
                         builder has no `stream()` or `pages()`"
                    ),
                }),
            }
        }
    }
    // Azure's `x-ms-pageable` says where the items and the next link are, on a `POST` too
    // (Microsoft Graph's actions that return lists): the next link is fetched with `GET`.
    for op in ops.values_mut().filter(|op| op.paging.is_none()) {
        let Some((items, next)) = op.pageable.clone() else {
            continue;
        };
        let declared = UrlPaging {
            operation: op.operation_id.clone(),
            items,
            next,
        };
        match url(op, &declared, models) {
            Ok(paging) => op.paging = Some(paging),
            Err(why) => warnings.push(Warning {
                pointer: op.pointer.clone(),
                message: format!(
                    "`x-ms-pageable` does not fit the response ({why}): its request builder has \
                     no `stream()` or `pages()`"
                ),
            }),
        }
    }
    // Found without options on `GET`s; on a `POST` only by a cursor its own body takes back:
    // a next page of a `POST` is not always a `POST`.
    for op in ops.values_mut() {
        if op.paging.is_none() && op.http_method == HttpMethod::Get {
            op.paging = page_number(op, models, &PAGE_PARAMS[..1])
                .or_else(|| next_url(op, models))
                .or_else(|| offset(op, models))
                .or_else(|| last_item(op, models))
                .or_else(|| link_by_its_cursor(op, models))
                .or_else(|| next_cursor(op, models))
                .or_else(|| page_number(op, models, &PAGE_PARAMS[1..]))
                .or_else(|| page_until_empty(op, models));
        }
        if op.paging.is_none() && op.http_method == HttpMethod::Post {
            op.paging = body_cursor(op, models);
            leave_out_cursor(op);
        }
    }
    for id in &options.link_paging {
        if let Some(op) = named(&mut ops, id, "link paging", filtered)? {
            let paging = link(op, models)
                .map_err(|why| Error::Usage(format!("link paging: `{id}` {why}")))?;
            op.paging = Some(paging);
        }
    }
    for paging in &options.cursor_paging {
        if let Some(op) = named(&mut ops, &paging.operation, "cursor paging", filtered)? {
            op.paging = Some(cursor(op, paging, models)?);
            leave_out_cursor(op);
        }
    }
    for paging in &options.url_paging {
        if let Some(op) = named(&mut ops, &paging.operation, "URL paging", filtered)? {
            op.paging = Some(url(op, paging, models)?);
        }
    }
    for op in ops.values_mut().filter(|op| op.paging.is_some()) {
        free_paging_names(op);
        let outcome = page_outcome(op).map(|o| o.variant.clone());
        if let Some(paging) = &mut op.paging {
            paging.outcome = outcome;
        }
    }
    Ok(warnings)
}

/// The methods only a paged operation's builder has.
pub const PAGED_RESERVED: [&str; 2] = ["pages", "stream"];

/// Renames a paged operation's inputs named as its builder's `stream()` or `pages()`
/// (OpenAI's `stream` query parameter): `stream2`, as any other clash is resolved. Inputs of
/// operations that do not page keep those names.
fn free_paging_names(op: &mut Operation) {
    let taken = |op: &Operation, name: &str| {
        PAGED_RESERVED.contains(&name)
            || op.params.iter().any(|p| p.name == name)
            || op.body.as_ref().is_some_and(|b| b.name == name)
    };
    for i in 0..op.params.len() {
        if PAGED_RESERVED.contains(&op.params[i].name.as_str()) {
            op.params[i].name = crate::naming::unique(&op.params[i].name, |n| taken(op, n));
        }
    }
    if let Some(name) = op
        .body
        .as_ref()
        .map(|b| b.name.clone())
        .filter(|name| PAGED_RESERVED.contains(&name.as_str()))
    {
        let renamed = crate::naming::unique(&name, |n| taken(op, n));
        if let Some(body) = &mut op.body {
            body.name = renamed;
        }
    }
}

/// `Link` paging of `op`: its body is the page's items (an array), or an object with one
/// array property, the items (GitHub's `{"total_count": 2, "workflow_runs": [..]}`; of several,
/// the one named as items are); why not, otherwise.
fn link(op: &Operation, models: &BTreeMap<String, Model>) -> std::result::Result<Paging, String> {
    let body = page_body(op).ok_or("returns no body")?;
    if let TypeRef::Array(item) = body {
        return Ok(Paging {
            outcome: None,
            item: (**item).clone(),
            next: NextPage::Link {
                items: None,
                param: link_cursor(op),
            },
        });
    }
    let fields = match body {
        TypeRef::Model(name) => match models.get(name).map(|m| &m.kind) {
            Some(ModelKind::Struct(s)) => &s.fields,
            _ => return Err("does not return an array or an object".into()),
        },
        _ => return Err("does not return an array or an object".into()),
    };
    let arrays = fields
        .iter()
        .filter(|f| matches!(f.ty, TypeRef::Array(_)))
        .count();
    match (arrays, one_array(fields)) {
        (_, Some((item, items))) => Ok(Paging {
            outcome: None,
            item,
            next: NextPage::Link {
                items: Some(items),
                param: link_cursor(op),
            },
        }),
        (0, None) => Err("does not return an array, or an object with an array property".into()),
        (arrays, None) => Err(format!(
            "returns an object with {arrays} array properties, none of them alone named as \
             items are, so which holds the items is unclear"
        )),
    }
}

/// The names a body gives the next page's URL (`next` too, when its description says so).
const NEXT_URLS: [&str; 12] = [
    "nextLink",
    "@odata.nextLink",
    "odata.nextLink",
    "nextPageLink",
    "next_link",
    "next_url",
    "nextUrl",
    "next_page_url",
    "nextPageUrl",
    "next_page_uri",
    "nextPageUri",
    "next_page",
];

/// Paging by a URL in the body, if `op`'s body is an object with one array and a string
/// property that names the next page's URL (see the module's doc).
fn next_url(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    let body = body_struct(op, models)?;
    let (next, property) = find_field(&body.fields, models, NEXT_URL_DEPTH, &names_next_url)?;
    let (item, items) = one_array(&body.fields)?;
    Some(Paging {
        outcome: None,
        item,
        next: NextPage::Url {
            items,
            next,
            property,
        },
    })
}

/// How far inside the body a next URL is looked for: DigitalOcean's `links.pages.next` is two
/// objects in.
const NEXT_URL_DEPTH: usize = 2;

/// A field among `fields` that is `wanted` (the next page's URL, say), or one `depth` objects
/// (or union variants of objects) further in: the steps to it and its dotted property name.
/// Fields nearer the body win.
fn find_field(
    fields: &[super::Field],
    models: &BTreeMap<String, Model>,
    depth: usize,
    wanted: &dyn Fn(&super::Field) -> bool,
) -> Option<(Vec<Step>, String)> {
    if let Some(f) = fields.iter().find(|f| wanted(f)) {
        let step = Step::Field(f.name.clone(), f.is_optional());
        return Some((vec![step], f.api_name.clone()));
    }
    if depth == 0 {
        return None;
    }
    for f in fields {
        let field = Step::Field(f.name.clone(), f.is_optional());
        // The objects within: the field's own, or each of its union's.
        let within: Vec<(Option<Step>, &[super::Field])> = match kind_of(&f.ty, models) {
            Some(ModelKind::Struct(s)) => vec![(None, s.fields.as_slice())],
            _ => match union_variants(&f.ty, models) {
                Some(variants) => variants
                    .into_iter()
                    .filter_map(|(_, step, fields)| Some((Some(step), fields?)))
                    .collect(),
                None => continue,
            },
        };
        for (variant, fields) in within {
            if let Some((rest, property)) = find_field(fields, models, depth - 1, wanted) {
                let steps = std::iter::once(field.clone())
                    .chain(variant)
                    .chain(rest)
                    .collect();
                return Some((steps, format!("{}.{property}", f.api_name)));
            }
        }
    }
    None
}

/// Whether a field holds the next page's URL: a string named as one (see [`NEXT_URLS`]), or
/// `next` / `next_page` described as a URL, URI or link (`next_page` is a number elsewhere).
fn names_next_url(f: &super::Field) -> bool {
    let says_url = || {
        let text = f.description.as_deref().unwrap_or("").to_ascii_lowercase();
        ["url", "uri", "link"]
            .iter()
            .any(|word| text.contains(word))
    };
    let string = matches!(f.ty, TypeRef::String | TypeRef::FormattedString(_));
    let named = match f.api_name.as_str() {
        "next" | "next_page" => says_url(),
        name => NEXT_URLS.contains(&name),
    };
    string && named
}

/// Paging by a cursor in the body, without being named: `op` takes a string query parameter
/// and its body, an object with one array, has a string property that names that
/// parameter's next value (see [`cursor_names`]), at the top or one object in (Slack's
/// `response_metadata.next_cursor`). The first such parameter, in the spec's order, wins.
fn next_cursor(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    let params = op
        .params
        .iter()
        .filter(|p| p.location == ParamLocation::Query && p.ty == TypeRef::String)
        .map(|p| p.api_name.as_str());
    cursor_back_in(op, models, params, false)
}

/// Cursor paging of `op` whose body has a string property named as the next value of the
/// first of `names` that has one (see [`cursor_names`]), sent back in the query or (with
/// `in_body`) in the request body.
fn cursor_back_in<'n>(
    op: &Operation,
    models: &BTreeMap<String, Model>,
    mut names: impl Iterator<Item = &'n str>,
    in_body: bool,
) -> Option<Paging> {
    let body = body_struct(op, models)?;
    let (item, items) = one_array(&body.fields)?;
    names.find_map(|param| {
        let next = cursor_names(param);
        let names_it =
            |f: &super::Field| f.ty == TypeRef::String && next.contains(&plain(&f.api_name));
        let (cursor, property) = find_field(&body.fields, models, 1, &names_it)?;
        Some(Paging {
            outcome: None,
            item: item.clone(),
            next: NextPage::Cursor {
                items: items.clone(),
                cursor,
                cursor_is_string: true,
                param: param.to_string(),
                property,
                in_body,
            },
        })
    })
}

/// Paging of a `POST` by a cursor its JSON body takes (Notion's `start_cursor`): the request
/// body is an object with an optional string property, and the response is as
/// [`next_cursor`] asks, with a cursor named as that property's next value. The next page is
/// the same request with the cursor set in its body.
fn body_cursor(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    let properties = request_struct(op, models)?
        .fields
        .iter()
        .filter(|f| f.ty == TypeRef::String && !f.required)
        .map(|f| f.api_name.as_str());
    cursor_back_in(op, models, properties, true)
}

/// The cursor a paged `POST`'s body takes is the stream's to set: the docs' example leaves it
/// out of the body.
fn leave_out_cursor(op: &mut Operation) {
    let Some(NextPage::Cursor {
        param,
        in_body: true,
        ..
    }) = op.paging.as_ref().map(|p| &p.next)
    else {
        return;
    };
    let param = param.clone();
    if let Some(Value::Object(example)) = op.body.as_mut().and_then(|b| b.example.as_mut()) {
        example.remove(&param);
    }
}

/// The names a body gives the next value of the cursor parameter `param`, in the form
/// [`plain`] gives them: `next` before it (`cursor` → `next_cursor`, Box's `marker` →
/// `next_marker`, Google's `pageToken` → `nextPageToken`, CircleCI's `page-token` →
/// `next_page_token`), or before what follows its `start_` (Notion's `start_cursor` →
/// `next_cursor`), and the parameter's own name when it starts with `next` (`nextToken`,
/// Zoom's `next_page_token`).
fn cursor_names(param: &str) -> Vec<String> {
    let param = plain(param);
    let base = param
        .strip_prefix("start")
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&param);
    let mut names = vec![format!("next{base}")];
    if param.starts_with("next") {
        names.push(param.clone());
    }
    names
}

/// A name with its case and its `_` and `-` separators gone, so that `nextPageToken`,
/// `next_page_token` and `next-page-token` are one.
fn plain(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// `Link` paging of `op` when the spec does not declare the header but a query parameter
/// says its cursor comes from it (Okta's `after`: "obtained from the `Link` response header",
/// "obtained through the next link relationship"), and the body fits `Link` paging.
fn link_by_its_cursor(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    link_cursor(op)?;
    link(op, models).ok()
}

/// The query parameter of `op` whose description says its cursor comes from the `Link`
/// header, if one does (by its name on the wire).
fn link_cursor(op: &Operation) -> Option<String> {
    op.params
        .iter()
        .find(|p| {
            let text = p.description.as_deref().unwrap_or("").to_ascii_lowercase();
            p.location == ParamLocation::Query
                && (text.contains("link header")
                    || text.contains("`link` response header")
                    || text.contains("link response header")
                    || text.contains("next link relation"))
        })
        .map(|p| p.api_name.clone())
}

/// Paging by the last item's id, as Stripe's lists page, if `op` takes a string query
/// parameter `starting_after` and its body is an object with a boolean `has_more` and one
/// array of objects with a string `id` (or of a union of such objects).
fn last_item(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    const PARAM: &str = "starting_after";
    let takes_it = op.params.iter().any(|p| {
        p.api_name == PARAM && p.location == ParamLocation::Query && matches!(p.ty, TypeRef::String)
    });
    if !takes_it {
        return None;
    }
    let body = body_struct(op, models)?;
    let more = body
        .fields
        .iter()
        .find(|f| f.api_name == "has_more" && f.ty == TypeRef::Boolean)?;
    let (item, items) = one_array(&body.fields)?;
    let id = item_id(&item, models)?;
    Some(Paging {
        outcome: None,
        item,
        next: NextPage::LastItem {
            items,
            more: (more.name.clone(), more.is_optional()),
            id,
            param: PARAM.to_string(),
        },
    })
}

/// Where an item of type `item` has its string `id`: its field, or, for a union, each
/// variant's (every variant a struct with one).
fn item_id(item: &TypeRef, models: &BTreeMap<String, Model>) -> Option<ItemId> {
    let id_of = |fields: &[super::Field]| {
        fields
            .iter()
            .find(|f| f.api_name == "id" && f.ty == TypeRef::String)
            .map(|f| (f.name.clone(), f.is_optional()))
    };
    match (item, kind_of(item, models)?) {
        (_, ModelKind::Struct(s)) => {
            id_of(&s.fields).map(|(name, optional)| ItemId::Field(name, optional))
        }
        (TypeRef::Model(union), ModelKind::Union(_)) => {
            let fields = union_variants(item, models)?
                .into_iter()
                .map(|(variant, _, fields)| {
                    let (name, optional) = id_of(fields?)?;
                    Some((variant.name.clone(), name, optional))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(ItemId::Variants {
                union: union.clone(),
                fields,
            })
        }
        _ => None,
    }
}

/// The names a body gives the number of pages.
const PAGE_COUNTS: [&str; 5] = [
    "pages",
    "total_pages",
    "totalPages",
    "page_count",
    "pageCount",
];

/// The names of a page number's query parameter: `page`, then, for an operation that pages
/// no other way, `pageNumber` (Loket's) and `page_number` (Zoom's, which its
/// `next_page_token` replaces).
const PAGE_PARAMS: [&str; 3] = ["page", "pageNumber", "page_number"];

/// The names a body gives the number of the page it is.
const PAGE_NUMBERS: [&str; 5] = [
    "page",
    "currentPage",
    "current_page",
    "pageNumber",
    "page_number",
];

/// Numbered paging of `op`, if it takes an integer query parameter named one of `params` and
/// its body says which page it is, how many there are, and holds one array (see the module's
/// doc).
fn page_number(
    op: &Operation,
    models: &BTreeMap<String, Model>,
    params: &[&str],
) -> Option<Paging> {
    let param = params.iter().find(|name| takes_integer(op, name))?;
    let body = body_struct(op, models)?;
    let page = integer_field(body, &PAGE_NUMBERS)?;
    let pages = integer_field(body, &PAGE_COUNTS)?;
    let (item, items) = one_array(&body.fields)?;
    Some(Paging {
        outcome: None,
        item,
        next: NextPage::PageNumber {
            items,
            page,
            pages,
            param: param.to_string(),
        },
    })
}

/// Numbered paging of `op` until an empty page, if it takes an integer `page` query parameter
/// (whose default or description may give the first page's number), and its body is the items
/// (an array) or an object with one array property (see the module's doc).
fn page_until_empty(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    let param = integer_query_param(op, &PAGE_PARAMS)?;
    let first = first_number(param)?;
    let (item, items) = match page_body(op)? {
        TypeRef::Array(item) => ((**item).clone(), None),
        _ => {
            let (item, items) = one_array(&body_struct(op, models)?.fields)?;
            (item, Some(items))
        }
    };
    Some(Paging {
        outcome: None,
        item,
        next: NextPage::PageUntilEmpty {
            items,
            param: param.api_name.clone(),
            first,
        },
    })
}

/// The first number (0 or 1) a page or offset parameter says it takes: its default (`1`, or
/// `"1"` as some specs write it), else what its description says, else 1 where that is its
/// `minimum`; `Some(None)` where it says none of these. `None` where the default is no such
/// number: another (VTEX's `page` defaults to 10) is taken for a slip, not a number to start
/// from, as the numbers before it would be skipped.
fn first_number(param: &super::Param) -> Option<Option<u64>> {
    let first = match param.default.as_ref() {
        Some(Value::Number(n)) => Some(whole(n)?),
        Some(Value::String(s)) => Some(s.parse().ok()?),
        Some(_) => return None,
        None => param
            .description
            .as_deref()
            .and_then(first_page_in)
            // A `minimum: 1` (Unicourt's `page`, SCIM's `startIndex`): none is below 1.
            .or((param.minimum == Some(1)).then_some(1)),
    };
    match first {
        Some(2..) => None,
        first => Some(first),
    }
}

/// The first page's number, 0 or 1, as a `page` parameter's description gives it: Gitea's
/// "page number of results to return (1-based)", "Defaults to 1", "(default: 1)", "starting
/// with 0", "Pages start at 1", "The first page is 0"; an offset's first too ("starting at 0").
fn first_page_in(description: &str) -> Option<u64> {
    let lower = description.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |word: &str| match word {
        "0" | "zero" => Some(0),
        "1" | "one" => Some(1),
        _ => None,
    };
    // The number after `words[i]`, past any of `filler`.
    let after = |i: usize, filler: &[&str]| {
        let next = words[i + 1..].iter().find(|w| !filler.contains(w))?;
        number(next)
    };
    words.iter().enumerate().find_map(|(i, word)| match *word {
        "based" if i > 0 => number(words[i - 1]),
        "default" | "defaults" => after(i, &["is", "to", "of", "value"]),
        "start" | "starts" | "starting" | "begin" | "begins" | "beginning" => {
            let preposition = words.get(i + 1)?;
            ["at", "with", "from"]
                .contains(preposition)
                .then(|| after(i + 1, &[]))?
        }
        "first" if words.get(i + 1..i + 3) == Some(&["page", "is"][..]) => after(i + 2, &[]),
        _ => None,
    })
}

/// The names a body gives the number of items in all, for offset paging.
const TOTALS: [&str; 7] = [
    "total_count",
    "totalCount",
    "total",
    "total_results",
    "totalResults",
    "total_items",
    "totalItems",
];

/// The names of an offset's query parameter, first come first taken. `startIndex` and
/// `start_index` may count from 1 (SCIM's), so they page only where the spec says from which.
const OFFSETS: [&str; 7] = [
    "offset",
    "skip",
    "$skip",
    "start",
    "startAt",
    "startIndex",
    "start_index",
];

/// Whether `param` (a `start…`) starts a window of time rather than counting items: the
/// operation also takes the window's end (`end…`, `stop`, `until`, `to`, `duration`: Mist's 75
/// lists take `start`, `end` and `duration` in epoch seconds), or its description speaks of
/// time.
fn starts_a_time_window(op: &Operation, param: &super::Param) -> bool {
    let ends = op.params.iter().any(|p| {
        let name = p.api_name.to_ascii_lowercase();
        name.starts_with("end") || ["stop", "until", "to", "duration"].contains(&name.as_str())
    });
    let timely = param.description.as_deref().is_some_and(|text| {
        text.to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|word| {
                ["time", "date", "datetime", "epoch", "timestamp", "seconds"].contains(&word)
            })
    });
    ends || timely
}

/// Offset paging of `op`, if it takes an integer `offset` query parameter (or another of
/// [`OFFSETS`]) and its body says how many items there are in all and holds one array (see the
/// module's doc).
fn offset(op: &Operation, models: &BTreeMap<String, Model>) -> Option<Paging> {
    let param = integer_query_param(op, &OFFSETS)?;
    if param.api_name.starts_with("start") && starts_a_time_window(op, param) {
        return None;
    }
    let first = match first_number(param)? {
        Some(first) => first,
        None if !matches!(param.api_name.as_str(), "startIndex" | "start_index") => 0,
        _ => return None,
    };
    let body = body_struct(op, models)?;
    let total = integer_field(body, &TOTALS)?;
    let (item, items) = one_array(&body.fields)?;
    Some(Paging {
        outcome: None,
        item,
        next: NextPage::Offset {
            items,
            total,
            param: param.api_name.clone(),
            first,
        },
    })
}

/// Whether `op` takes an integer query parameter named `name`.
fn takes_integer(op: &Operation, name: &str) -> bool {
    integer_query_param(op, &[name]).is_some()
}

/// `op`'s integer query parameter named one of `names`, if it has one: `type: integer`, or
/// `type: number`, as some specs type their page numbers (Vimeo's, Flickr's).
fn integer_query_param<'o>(op: &'o Operation, names: &[&str]) -> Option<&'o super::Param> {
    op.params.iter().find(|p| {
        names.contains(&p.api_name.as_str())
            && p.location == ParamLocation::Query
            && matches!(p.ty, TypeRef::Integer(_) | TypeRef::Number)
    })
}

/// `n` as a whole number of no sign: `1`, or `1.0` as a `type: number` parameter's default
/// reads.
fn whole(n: &serde_json::Number) -> Option<u64> {
    n.as_u64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && (0.0..=u32::MAX.into()).contains(f))
            .map(|f| f as u64)
    })
}

/// The first integer field of `body` with one of `names` (its Rust name, and whether it is an
/// `Option`).
fn integer_field(body: &super::StructModel, names: &[&str]) -> Option<(String, bool)> {
    body.fields
        .iter()
        .find(|f| names.contains(&f.api_name.as_str()) && matches!(f.ty, TypeRef::Integer(_)))
        .map(|f| (f.name.clone(), f.is_optional()))
}

/// The body a page of `op` is: its success body, or the one success outcome with a body when
/// the others have none (GitHub's contributors: `200` a list, `204` for an empty repository).
fn page_body(op: &Operation) -> Option<&TypeRef> {
    op.success_type
        .as_ref()
        .or_else(|| page_outcome(op)?.ty.as_ref())
}

/// The success outcome of `op` that holds a page, when exactly one has a (JSON) body and `op`
/// has no single success body.
fn page_outcome(op: &Operation) -> Option<&super::Outcome> {
    if op.success_type.is_some() {
        return None;
    }
    let mut bodied = op
        .outcomes
        .as_ref()?
        .variants
        .iter()
        .filter(|o| o.ty.is_some());
    let page = bodied
        .next()
        .filter(|o| o.format == super::BodyFormat::Json)?;
    bodied.next().is_none().then_some(page)
}

/// The struct `op`'s success body is, if it is one.
fn body_struct<'a>(
    op: &Operation,
    models: &'a BTreeMap<String, Model>,
) -> Option<&'a super::StructModel> {
    match kind_of(page_body(op)?, models)? {
        ModelKind::Struct(body) => Some(body),
        _ => None,
    }
}

/// The struct `op`'s JSON request body is, if it is one.
fn request_struct<'a>(
    op: &Operation,
    models: &'a BTreeMap<String, Model>,
) -> Option<&'a super::StructModel> {
    match &op.body.as_ref()?.kind {
        super::BodyKind::Json(ty) => match kind_of(ty, models)? {
            ModelKind::Struct(body) => Some(body),
            _ => None,
        },
        _ => None,
    }
}

/// The kind of the model `ty` names, through aliases (an alias's fields and variants are its
/// target's).
fn kind_of<'a>(ty: &TypeRef, models: &'a BTreeMap<String, Model>) -> Option<&'a ModelKind> {
    let TypeRef::Model(name) = ty else {
        return None;
    };
    match &models.get(name)?.kind {
        ModelKind::Alias(target) => kind_of(target, models),
        kind => Some(kind),
    }
}

/// The variant of the union `ty` names that is a struct with the property `property`: the
/// step into it, and its fields. The union is named as `ty` names it (an alias's variants
/// are its target's).
fn variant_with<'a>(
    ty: &TypeRef,
    property: &str,
    models: &'a BTreeMap<String, Model>,
) -> Option<(Step, &'a [super::Field])> {
    union_variants(ty, models)?
        .into_iter()
        .find_map(|(_, step, fields)| {
            let fields = fields?;
            fields
                .iter()
                .any(|f| f.api_name == property)
                .then_some((step, fields))
        })
}

/// A variant of a union: itself, the step into it, and its fields when it is a struct.
type VariantIn<'a> = (&'a UnionVariant, Step, Option<&'a [super::Field]>);

/// The variants of the union `ty` names, each with the step into it (the union named as `ty`
/// names it: an alias's variants are its target's) and its fields when it is a struct.
fn union_variants<'a>(
    ty: &TypeRef,
    models: &'a BTreeMap<String, Model>,
) -> Option<Vec<VariantIn<'a>>> {
    let (TypeRef::Model(union), Some(ModelKind::Union(u))) = (ty, kind_of(ty, models)) else {
        return None;
    };
    let variants = u.variants.iter().map(|v| {
        let step = Step::Variant {
            union: union.clone(),
            variant: v.name.clone(),
            boxed: v.boxed,
        };
        let fields = match kind_of(&v.ty, models) {
            Some(ModelKind::Struct(s)) => Some(s.fields.as_slice()),
            _ => None,
        };
        (v, step, fields)
    });
    Some(variants.collect())
}

/// The names of a body's array of items, which picks it among several arrays.
const ITEMS_NAMES: [&str; 7] = [
    "items", "entries", "data", "results", "records", "value", "values",
];

/// The array field of `body` that holds the items: its only one, or of several HAL's
/// `_embedded`, the one whose name does not start with `_`, or the one named as items are
/// (see [`ITEMS_NAMES`]). An item's type, and the field (its Rust name, and whether it is an
/// `Option`).
fn one_array(fields: &[super::Field]) -> Option<(TypeRef, (String, bool))> {
    let arrays: Vec<&super::Field> = fields
        .iter()
        .filter(|f| matches!(f.ty, TypeRef::Array(_)))
        .collect();
    // The only field `fields` yields, if it yields exactly one.
    fn only<'f>(mut fields: impl Iterator<Item = &'f super::Field>) -> Option<&'f super::Field> {
        match (fields.next(), fields.next()) {
            (Some(field), None) => Some(field),
            _ => None,
        }
    }
    let items = only(arrays.iter().copied())
        // Of several, HAL's `_embedded` (Loket's, beside its `messages`), the one whose name
        // does not start with `_` (Mailchimp's `lists` beside its `_links`), or the one named
        // as items are (Box's `entries` beside its `order`).
        .or_else(|| only(arrays.iter().copied().filter(|f| f.api_name == "_embedded")))
        .or_else(|| {
            only(
                arrays
                    .iter()
                    .copied()
                    .filter(|f| !f.api_name.starts_with('_')),
            )
        })
        .or_else(|| {
            only(
                arrays
                    .iter()
                    .copied()
                    .filter(|f| ITEMS_NAMES.contains(&f.api_name.as_str())),
            )
        })?;
    let TypeRef::Array(item) = &items.ty else {
        return None;
    };
    Some(((**item).clone(), (items.name.clone(), items.is_optional())))
}

/// The operation an option names (`what`: "cursor paging"...): an error when the spec has
/// none, nothing when tags or operations were `filtered` out.
fn named<'a>(
    ops: &'a mut BTreeMap<String, &mut Operation>,
    id: &str,
    what: &str,
    filtered: bool,
) -> Result<Option<&'a mut Operation>> {
    match ops.get_mut(id) {
        Some(op) => Ok(Some(&mut **op)),
        None if filtered => Ok(None),
        None => Err(unknown(id, what)),
    }
}

fn unknown(id: &str, what: &str) -> Error {
    Error::Usage(format!(
        "{what}: the spec has no operation with the operationId `{id}`"
    ))
}

/// The cursor paging of `op`, checked against its body's model and its parameters.
fn cursor(
    op: &Operation,
    paging: &CursorPaging,
    models: &BTreeMap<String, Model>,
) -> Result<Paging> {
    let CursorPaging {
        operation: id,
        items,
        cursor,
        param,
    } = paging;
    let fail = |why: String| Error::Usage(format!("cursor paging of `{id}`: {why}"));
    let (item, items) = items_of(op, items, models).map_err(fail)?;
    let (path, ty) = walk(op, cursor, models).map_err(fail)?;
    let cursor_is_string = match ty {
        TypeRef::String => true,
        TypeRef::Integer(_) | TypeRef::Number => false,
        _ => {
            return Err(fail(format!(
                "the property `{cursor}` is not a string or a number"
            )));
        }
    };
    let in_query = op
        .params
        .iter()
        .any(|p| p.api_name == *param && p.location == ParamLocation::Query);
    // Else a string property of its JSON body (a `POST` that takes the cursor back there).
    let in_body = !in_query
        && request_struct(op, models).is_some_and(|s| {
            s.fields
                .iter()
                .any(|f| f.api_name == *param && f.ty == TypeRef::String)
        });
    if !in_query && !in_body {
        return Err(fail(format!(
            "it has no query parameter `{param}`, nor a string property `{param}` in a JSON \
             request body"
        )));
    }
    Ok(Paging {
        outcome: None,
        item,
        next: NextPage::Cursor {
            items,
            cursor: path,
            cursor_is_string,
            param: param.clone(),
            property: cursor.clone(),
            in_body,
        },
    })
}

/// The URL paging of `op` the options name, checked against its body's model.
fn url(op: &Operation, paging: &UrlPaging, models: &BTreeMap<String, Model>) -> Result<Paging> {
    let UrlPaging {
        operation: id,
        items,
        next,
    } = paging;
    let fail = |why: String| Error::Usage(format!("URL paging of `{id}`: {why}"));
    let (item, items) = items_of(op, items, models).map_err(fail)?;
    let (path, ty) = walk(op, next, models).map_err(fail)?;
    if !matches!(ty, TypeRef::String | TypeRef::FormattedString(_)) {
        return Err(fail(format!("the property `{next}` is not a string")));
    }
    Ok(Paging {
        outcome: None,
        item,
        next: NextPage::Url {
            items,
            next: path,
            property: next.clone(),
        },
    })
}

/// The fields of the struct `ty` names, or why there are none (`what` it is).
fn struct_fields<'a>(
    ty: &TypeRef,
    what: &str,
    models: &'a BTreeMap<String, Model>,
) -> std::result::Result<&'a [super::Field], String> {
    match (ty, kind_of(ty, models)) {
        (_, Some(ModelKind::Struct(s))) => Ok(&s.fields),
        (TypeRef::Model(name), _) => Err(format!("{what}, `{name}`, is not an object")),
        _ => Err(format!("{what} is not an object")),
    }
}

/// The body's property `items` of `op`: the type of one item, and the field (its Rust name
/// and whether it is an `Option`).
fn items_of(
    op: &Operation,
    items: &str,
    models: &BTreeMap<String, Model>,
) -> std::result::Result<(TypeRef, (String, bool)), String> {
    let body = page_body(op).ok_or("it has no body")?;
    let fields = struct_fields(body, "its body", models)?;
    let field = fields
        .iter()
        .find(|f| f.api_name == items)
        .ok_or_else(|| format!("its body has no property `{items}`"))?;
    let TypeRef::Array(item) = &field.ty else {
        return Err(format!("the property `{items}` is not an array"));
    };
    Ok(((**item).clone(), (field.name.clone(), field.is_optional())))
}

/// The steps along the dotted `path` through `op`'s body (`response_metadata.next_cursor`),
/// and the last one's type. A property that is a union steps into its variant that has the
/// next property (DigitalOcean's `links.pages` is one of `{last, next}` and `{first, prev}`).
fn walk<'a>(
    op: &Operation,
    path: &str,
    models: &'a BTreeMap<String, Model>,
) -> std::result::Result<(Vec<Step>, &'a TypeRef), String> {
    let body = page_body(op).ok_or("it has no body")?;
    let mut within = struct_fields(body, "its body", models)?;
    // A property whose name has dots of its own (OData's `@odata.nextLink`) is that property.
    if let Some(found) = within.iter().find(|f| f.api_name == path) {
        return Ok((
            vec![Step::Field(found.name.clone(), found.is_optional())],
            &found.ty,
        ));
    }
    let mut steps = Vec::new();
    let names: Vec<&str> = path.split('.').collect();
    for (i, name) in names.iter().enumerate() {
        let found = within
            .iter()
            .find(|f| f.api_name == *name)
            .ok_or_else(|| format!("its body has no property `{name}`"))?;
        steps.push(Step::Field(found.name.clone(), found.is_optional()));
        let Some(next) = names.get(i + 1) else {
            return Ok((steps, &found.ty));
        };
        within = match variant_with(&found.ty, next, models) {
            Some((variant, fields)) => {
                steps.push(variant);
                fields
            }
            None => struct_fields(&found.ty, &format!("the property `{name}`"), models)?,
        };
    }
    Err(format!("`{path}` names no property"))
}

#[cfg(test)]
mod tests {
    use super::{first_page_in, whole};

    #[test]
    fn the_first_page_is_read_from_a_description() {
        for (text, first) in [
            ("page number of results to return (1-based)", Some(1)),
            ("Zero-based page number", Some(0)),
            (
                "The current page to fetch results from. Defaults to 1",
                Some(1),
            ),
            ("Page to show (default: 1)", Some(1)),
            ("The default is '1'.", Some(1)),
            (
                "Page of results to return, default 0. Results per page 20.",
                Some(0),
            ),
            ("The current page to request starting with 1", Some(1)),
            ("Page number to return, starting with 0.", Some(0)),
            ("The page of results to fetch. Pages start at 1", Some(1)),
            (
                "The page number to be displayed. The first page is 0.",
                Some(0),
            ),
            (
                "Page of Secrets to retrieve (starts at and defaults to 0)",
                Some(0),
            ),
            // Nothing said, or not about the first page.
            ("Current page number", None),
            (
                "The current page to fetch users from. Defaults to returning all users",
                None,
            ),
            ("Page 1 equates to the first 1000 stop points", None),
            ("Page number (default: 10)", None),
            ("e.g. page=1 – Up to 100 objects will be returned", None),
        ] {
            assert_eq!(first_page_in(text), first, "{text}");
        }
    }

    #[test]
    fn a_default_is_a_whole_number_written_either_way() {
        let number = |text: &str| serde_json::from_str::<serde_json::Number>(text).unwrap();
        assert_eq!(whole(&number("1")), Some(1));
        assert_eq!(whole(&number("1.0")), Some(1));
        assert_eq!(whole(&number("0.0")), Some(0));
        assert_eq!(whole(&number("1.5")), None);
        assert_eq!(whole(&number("-1")), None);
    }
}
