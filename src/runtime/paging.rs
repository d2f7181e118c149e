//! Pagination: the pages of a list operation as a stream, each page one request sent like any
//! other (the same credentials, retries of `429`s, and a deadline of its own).
//!
//! Four ways to find the next page (numbered pages and last items' ids are a cursor too: the
//! next number or id, which the generated code works out from the page's body):
//! - **`Link`**: the response's `Link` header names the next page's URL with `rel="next"`
//!   (RFC 8288; Okta, GitHub and many others). A relative link is resolved against the page's
//!   URL. A link to another origin is never followed: the client's credentials would go with
//!   it, so the stream ends with an error instead.
//! - **A URL in the body** (Azure's `nextLink`, Spotify's `next`): the same, from the page's
//!   body; empty or missing on the last page.
//! - **Cursor**: the page's body holds a cursor (`next_cursor`), sent back as a query
//!   parameter (`?cursor=..`) for the next page, or as a property of the request's JSON body
//!   (Notion's `start_cursor`). An empty or missing cursor ends the stream.
//! - **Offset**: the next page starts where this one's items end (`?offset=..`, the offset
//!   this request asked for, or the first item's, plus their count), up to the total the
//!   page's body gives; an empty page ends the stream, so does a body without a total.
//! - **Page numbers** (`?page=..`): the next page is the number this request asked for (or
//!   the first page's, when it asked for none) plus one. Where the body counts the pages, the
//!   last one ends the stream; where it does not, an empty page does, or a page whose items
//!   are the page before it again (a server that ignores the number). Where the first page's
//!   number is not known, page 1 that repeats the first page is skipped (numbers from 1). Where such a server sends `Link`
//!   headers that page after all (GitHub's searches), they decide, as for `Link` paging.
//!
//! A next page whose request (URL and body) the stream has already sent ends it too: a server
//! that loops is not followed forever.

use super::client::{Client, Request};
use super::error::Error;
use super::response::{ApiResponse, RawResponse};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// How an operation's next page is found.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Follow {
    /// The `Link` header's `rel="next"` URL.
    // A client whose paged operations all page otherwise never builds one.
    #[allow(dead_code)]
    Link,
    /// The cursor the page's body holds, sent as this query parameter.
    // A client whose paged operations all follow `Link` never builds one.
    #[allow(dead_code)]
    Cursor(&'static str),
    /// The cursor the page's body holds, set as this property of the request's JSON body.
    // A client without such operations never builds one.
    #[allow(dead_code)]
    BodyCursor(&'static str),
    /// The next page's URL, which the page's body holds.
    // A client without such operations never builds one.
    #[allow(dead_code)]
    Url,
    /// Offsets, sent as this query parameter: the next page starts where this one's items
    /// end (the offset this request asked for, or the first item's, 0 or 1, plus their count),
    /// until the total the page's body gives (its "cursor") or an empty page.
    // A client without such operations never builds one.
    #[allow(dead_code)]
    Offset(&'static str, u64),
    /// Page numbers, sent as this query parameter, until an empty page: the next is the one
    /// this request asked for (or the first page's number, which a request without the
    /// parameter gets) plus one. Where the first page's number is not known (`None`), the one
    /// after a request without the parameter is 1, and a page 1 that is the page before it
    /// again is the first page of a server that numbers from 1: skipped, and 2 asked for.
    // A client without such operations never builds one.
    #[allow(dead_code)]
    Page(&'static str, Option<u64>),
}

/// A page's items, and the request for the next page if there is one (or why it cannot be
/// sent, which the stream gives after this page's items).
/// With [`Follow::Page`], the page's items hashed too (see [`Repeat`]).
type Page<T> = (Vec<T>, Option<Result<Request, Error>>, Option<Repeat>);
type ItemsDigest = u64;

/// A numbered page's items, hashed: a page that is the one before it again ends the stream
/// (the server ignores the number), unless it is page 1 where the first page's number is not
/// known: then it is the first page again, of a server that numbers from 1, and is skipped.
#[derive(Clone, Copy)]
struct Repeat {
    digest: ItemsDigest,
    skip: bool,
}
type PageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<Page<T>, Error>> + Send + 'a>>;
type Fetch<'a, T> = Box<dyn Fn(Request) -> PageFuture<'a, T> + Send + Sync + 'a>;

/// The pages of a list operation, one request each: a [`Stream`](futures_core::Stream) of
/// `Result<Vec<T>, Error>`, or call [`Pages::next`] in a loop. After an error it ends.
///
/// ```ignore
/// let mut pages = client.users().list_users().limit(200).pages();
/// while let Some(page) = pages.next().await {
///     println!("{} users", page?.len());
/// }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<'a, T> {
    client: &'a Client,
    fetch: Fetch<'a, T>,
    next: Option<Result<Request, Error>>,
    pending: Option<PageFuture<'a, T>>,
    /// The pages asked for so far: their URLs and bodies.
    seen: std::collections::HashSet<(reqwest::Url, Option<Vec<u8>>)>,
    /// The last page's items, hashed, for [`Follow::Page`].
    last_items: Option<ItemsDigest>,
}

impl<'a, T: Send + 'a> Pages<'a, T> {
    /// The pages from `first` on: each response decoded with `decode`, its items and cursor
    /// taken out with `split` (no cursor for [`Follow::Link`]). The items serialize: a numbered
    /// page's are hashed (see [`Repeat`]).
    pub(crate) fn new<P: Send + 'static>(
        client: &'a Client,
        first: Result<Request, Error>,
        decode: fn(RawResponse) -> Result<ApiResponse<P>, Error>,
        split: fn(P) -> (Vec<T>, Option<String>),
        follow: Follow,
    ) -> Self
    where
        T: serde::Serialize,
    {
        let fetch: Fetch<'a, T> = Box::new(move |request: Request| -> PageFuture<'a, T> {
            Box::pin(async move {
                let url = super::client::url(client, &request)?;
                let next = request.clone();
                let response = super::client::send(client, request).await?;
                // Page numbers give way to `Link` headers that page, where the server sends
                // them (GitHub's, whose spec declares none on its searches).
                let linked = match follow {
                    Follow::Link => true,
                    Follow::Page(..) => links_page(&response.headers),
                    Follow::Cursor(_)
                    | Follow::BodyCursor(_)
                    | Follow::Url
                    | Follow::Offset(..) => false,
                };
                let link = linked.then(|| next_link(&response.headers, &url)).flatten();
                let (items, cursor) = split(decode(response)?.body);
                let repeat = match follow {
                    Follow::Page(param, first) => Some(Repeat {
                        digest: digest(&items),
                        skip: first.is_none() && asked(&next, param) == Some(1),
                    }),
                    _ => None,
                };
                // A next link is fetched with `GET`, without the body, whatever the first
                // request was (Azure's lists by `POST`).
                let fetch = |url| Request {
                    url: Some(url),
                    method: reqwest::Method::GET,
                    body: None,
                    ..next.clone()
                };
                let next = match follow {
                    Follow::Link => {
                        link.map(|link| same_origin(client, next.server, link).map(fetch))
                    }
                    Follow::Cursor(param) => cursor
                        .filter(|c| !c.is_empty())
                        .map(|cursor| Ok(with_query(next, param, &cursor))),
                    Follow::BodyCursor(property) => cursor
                        .filter(|c| !c.is_empty())
                        .map(|cursor| with_body_property(next, property, cursor)),
                    Follow::Url => cursor.filter(|c| !c.is_empty()).map(|link| {
                        let link = url.join(&link).map_err(|e| {
                            Error::Request(format!("the next page's URL does not parse: {e}"))
                        })?;
                        same_origin(client, next.server, link).map(fetch)
                    }),
                    Follow::Offset(param, first) => {
                        let total = cursor.and_then(|total| total.parse::<u64>().ok());
                        next_offset(&next, (param, first), items.len(), total)
                            .map(|offset| Ok(with_query(next, param, &offset.to_string())))
                    }
                    Follow::Page(..) if linked => {
                        link.map(|link| same_origin(client, next.server, link).map(fetch))
                    }
                    Follow::Page(param, first) => (!items.is_empty()).then(|| {
                        let number = asked(&next, param).or(first).map_or(1, |n| n + 1);
                        Ok(with_query(next, param, &number.to_string()))
                    }),
                };
                Ok((items, next, repeat))
            })
        });
        Pages {
            client,
            fetch,
            next: Some(first),
            pending: None,
            seen: std::collections::HashSet::new(),
            last_items: None,
        }
    }

    /// The next page: `None` once there is none (or after an error).
    pub async fn next(&mut self) -> Option<Result<Vec<T>, Error>> {
        std::future::poll_fn(|cx| self.poll_page(cx)).await
    }

    /// Every item of every page, one at a time.
    pub fn items(self) -> Items<'a, T> {
        Items {
            pages: self,
            buffer: VecDeque::new(),
        }
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Vec<T>, Error>>> {
        loop {
            if let Some(pending) = self.pending.as_mut() {
                let result = std::task::ready!(pending.as_mut().poll(cx));
                self.pending = None;
                return Poll::Ready(match result {
                    // The page before again: the first page of a server that numbers from 1
                    // (skipped), or a server that ignores the page number (the stream ends
                    // without repeating its items).
                    Ok((_, next, Some(Repeat { digest, skip })))
                        if self.last_items.replace(digest) == Some(digest) =>
                    {
                        if skip {
                            self.next = next;
                            continue;
                        }
                        None
                    }
                    Ok((items, next, _)) => {
                        self.next = next;
                        Some(Ok(items))
                    }
                    Err(error) => Some(Err(error)),
                });
            }
            match self.next.take() {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(request)) => {
                    // A page read before: the server loops, and the stream ends.
                    let url = super::client::url(self.client, &request);
                    let body = match &request.body {
                        Some(super::body::Body::Bytes { bytes, .. }) => Some(bytes.clone()),
                        _ => None,
                    };
                    if url.is_ok_and(|url| !self.seen.insert((url, body))) {
                        return Poll::Ready(None);
                    }
                    self.pending = Some((self.fetch)(request));
                }
            }
        }
    }
}

impl<'a, T: Send + 'a> futures_core::Stream for Pages<'a, T> {
    type Item = Result<Vec<T>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_page(cx)
    }
}

impl<T> std::fmt::Debug for Pages<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("done", &(self.next.is_none() && self.pending.is_none()))
            .finish_non_exhaustive()
    }
}

/// The items of every page of a list operation, fetched a page at a time: a
/// [`Stream`](futures_core::Stream) of `Result<T, Error>`, or call [`Items::next`] in a loop.
/// After an error it ends.
///
/// ```ignore
/// let mut users = client.users().list_users().stream();
/// while let Some(user) = users.next().await {
///     println!("{:?}", user?.id);
/// }
/// ```
#[must_use = "a stream does nothing until it is polled"]
#[derive(Debug)]
pub struct Items<'a, T> {
    pages: Pages<'a, T>,
    buffer: VecDeque<T>,
}

impl<'a, T: Send + 'a> Items<'a, T> {
    /// The next item: `None` once every page is read (or after an error).
    pub async fn next(&mut self) -> Option<Result<T, Error>> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<T, Error>>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            match std::task::ready!(self.pages.poll_page(cx)) {
                Some(Ok(items)) => self.buffer.extend(items),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                None => return Poll::Ready(None),
            }
        }
    }
}

// Nothing in `Items` is ever pinned in place: the buffered items move freely.
impl<T> Unpin for Items<'_, T> {}

impl<'a, T: Send + 'a> futures_core::Stream for Items<'a, T> {
    type Item = Result<T, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

/// `stream()` and `pages()` on a list operation's request builder (a [`Call`](super::Call),
/// whose request and decoder they start from): the item type, how a page's body splits into
/// its items and the next cursor, and how the next page is found.
///
/// `paged!(ListUsers, models::User, |items| (items, None), Follow::Link);`
// Used by the API modules; the runtime's own build (runtime-tests) has none that page.
#[allow(unused_macros)]
macro_rules! paged {
    ($builder:ident, $item:ty, $split:expr, $follow:expr) => {
        impl<'a> $builder<'a> {
            /// Every item of every page, a page (one request) at a time: a `Stream` of
            /// `Result<item, Error>`, or call `.next().await` in a loop. Each page is sent with
            /// this request's parameters and credentials, its own retries and deadline.
            pub fn stream(self) -> Items<'a, $item> {
                self.pages().items()
            }

            /// Every page, one request each: a `Stream` of `Result<Vec<item>, Error>`, or call
            /// `.next().await` in a loop.
            pub fn pages(self) -> Pages<'a, $item> {
                let (client, request, decode) = self.into_parts();
                Pages::new(client, request, decode, $split, $follow)
            }
        }
    };
}
// Imported by path (`use super::super::runtime::paging::paged`), as the API modules do.
#[allow(unused_imports)]
pub(crate) use paged;

/// The `rel="next"` URL of the `Link` headers, resolved against `base`, the page's URL.
fn next_link(headers: &reqwest::header::HeaderMap, base: &reqwest::Url) -> Option<reqwest::Url> {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| {
            link_values(value)
                .into_iter()
                .find(|(_, params)| is_next(params))
        })
        .and_then(|(target, _)| base.join(target).ok())
}

/// The `<target>; params` values of one `Link` header (commas inside `<..>` kept).
fn link_values(header: &str) -> Vec<(&str, &str)> {
    let mut values = Vec::new();
    let mut rest = header;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>').map(|i| open + i) else {
            break;
        };
        let target = &rest[open + 1..close];
        let after = &rest[close + 1..];
        let end = after
            .find(", <")
            .or_else(|| after.find(",<"))
            .unwrap_or(after.len());
        values.push((target.trim(), &after[..end]));
        rest = &after[end..];
    }
    values
}

/// Whether `; rel="next"` (or `rel=next`, or `rel="next last"`) is among the params.
fn is_next(params: &str) -> bool {
    has_rel(params, &["next"])
}

/// Whether the `Link` headers page: one of them is a `next`, `prev`, `first` or `last` link.
/// (A last page has no `next`, but its others say the server pages by them.)
fn links_page(headers: &reqwest::header::HeaderMap) -> bool {
    headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(link_values)
        .any(|(_, params)| has_rel(params, &["next", "prev", "first", "last"]))
}

/// Whether the params have a `rel` with one of `names` (`rel="next last"` has two).
fn has_rel(params: &str, names: &[&str]) -> bool {
    params.split(';').any(|param| {
        let Some((name, value)) = param.split_once('=') else {
            return false;
        };
        name.trim().eq_ignore_ascii_case("rel")
            && value
                .trim()
                .trim_matches('"')
                .split_ascii_whitespace()
                .any(|rel| names.iter().any(|name| rel.eq_ignore_ascii_case(name)))
    })
}

/// `url` when it is on the origin of the operation's server (the client's base URL, unless the
/// operation has its own); an error naming only the other origin (the rest of a URL may hold a
/// token) when it is not.
fn same_origin(
    client: &Client,
    server: Option<&'static str>,
    url: reqwest::Url,
) -> Result<reqwest::Url, Error> {
    if url.origin() == super::client::server_url(client, server)?.origin() {
        Ok(url)
    } else {
        Err(Error::Request(format!(
            "the next page's link leads to another origin ({}); it is not followed, since the \
             client's credentials would go with it",
            url.origin().ascii_serialization()
        )))
    }
}

/// Where the page after `request`'s starts: the offset it asked for as `param` (`first`, the
/// first item's, when it gave none) plus the `count` items it got, while that is short of
/// `total` items from the first. An empty page, or one whose body gives no total, is the last.
fn next_offset(
    request: &Request,
    (param, first): (&str, u64),
    count: usize,
    total: Option<u64>,
) -> Option<u64> {
    let start = asked(request, param).unwrap_or(first);
    let next = start + count as u64;
    (count > 0 && next < first + total?).then_some(next)
}

/// A page's items, hashed as JSON: not the whole body, whose other fields may change from one
/// request to the next (StackExchange's `quota_remaining`, a request id, a timestamp).
fn digest<T: serde::Serialize>(items: &[T]) -> ItemsDigest {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_vec(items)
        .unwrap_or_default()
        .hash(&mut hasher);
    hasher.finish()
}

/// The number `request` asks for as the query parameter `param`, if it gives one: `2`, or
/// `2.0` as a `type: number` parameter sends it.
fn asked(request: &Request, param: &str) -> Option<u64> {
    let (_, value) = request.query.iter().find(|(name, _)| name == param)?;
    value.parse::<u64>().ok().or_else(|| {
        value
            .parse::<f64>()
            .ok()
            .filter(|f| f.fract() == 0.0 && (0.0..=u32::MAX.into()).contains(f))
            .map(|f| f as u64)
    })
}

/// `request` with the query parameter `name` set to `value` (replacing any).
fn with_query(mut request: Request, name: &'static str, value: &str) -> Request {
    request.query.retain(|(n, _)| n != name);
    request
        .query
        .push((name.to_string(), super::encode::component(value)));
    request
}

/// `request` with `property` of its JSON body object set to `cursor` (a body of only it when
/// the request had none).
fn with_body_property(
    mut request: Request,
    property: &str,
    cursor: String,
) -> Result<Request, Error> {
    use super::body::Body;
    let (content_type, mut object) = match request.body.take() {
        None => ("application/json".to_string(), serde_json::Map::new()),
        Some(Body::Bytes {
            content_type,
            bytes,
        }) => match serde_json::from_slice(&bytes) {
            Ok(serde_json::Value::Object(object)) => (content_type, object),
            _ => {
                return Err(Error::Request(
                    "the next page's cursor goes in the request body, which is not a JSON object"
                        .into(),
                ));
            }
        },
        Some(_) => {
            return Err(Error::Request(
                "the next page's cursor goes in the request body, which is not JSON".into(),
            ));
        }
    };
    object.insert(property.to_string(), serde_json::Value::String(cursor));
    request.body = Some(Body::json(&content_type, &object)?);
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_cursor_is_set_in_the_json_body() {
        use super::super::body::Body;
        let body = |request: &Request| match &request.body {
            Some(Body::Bytes {
                content_type,
                bytes,
            }) => format!("{content_type} {}", String::from_utf8_lossy(bytes)),
            _ => "none".to_string(),
        };
        let first = Request {
            body: Some(
                Body::json(
                    "application/json",
                    &serde_json::json!({"page_size": 2, "start_cursor": "a"}),
                )
                .unwrap(),
            ),
            ..Request::default()
        };
        let next = with_body_property(first, "start_cursor", "b".into()).unwrap();
        assert_eq!(
            body(&next),
            r#"application/json {"page_size":2,"start_cursor":"b"}"#
        );
        // No body sent: one with only the cursor.
        let next = with_body_property(Request::default(), "start_cursor", "c".into()).unwrap();
        assert_eq!(body(&next), r#"application/json {"start_cursor":"c"}"#);
        let text = Request {
            body: Some(Body::bytes("application/json", "[1]")),
            ..Request::default()
        };
        assert!(with_body_property(text, "start_cursor", "d".into()).is_err());
    }

    fn next_of(header: &str) -> Option<String> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::LINK, header.parse().unwrap());
        let base = reqwest::Url::parse("https://api.example.com/v1/users?limit=2").unwrap();
        next_link(&headers, &base).map(String::from)
    }

    #[test]
    fn the_next_offset_follows_the_items_up_to_the_total() {
        let asked = |offset: Option<&str>| Request {
            query: [("limit".to_string(), "2".to_string())]
                .into_iter()
                .chain(offset.map(|o| ("offset".to_string(), o.to_string())))
                .collect(),
            ..Request::default()
        };
        let offset = ("offset", 0);
        // No offset asked for is the first page: 0 plus its items.
        assert_eq!(next_offset(&asked(None), offset, 2, Some(5)), Some(2));
        assert_eq!(next_offset(&asked(Some("2")), offset, 2, Some(5)), Some(4));
        // The total reached, an empty page or no total: the last page.
        assert_eq!(next_offset(&asked(Some("4")), offset, 1, Some(5)), None);
        assert_eq!(next_offset(&asked(Some("2")), offset, 0, Some(5)), None);
        assert_eq!(next_offset(&asked(Some("2")), offset, 2, None), None);
        // Another parameter's value is not the offset.
        assert_eq!(
            next_offset(&asked(None), ("start", 0), 2, Some(10)),
            Some(2)
        );
        // Offsets from 1 (SCIM's `startIndex`): items 1 to 5 of five, two a page.
        let from_one = ("offset", 1);
        assert_eq!(next_offset(&asked(None), from_one, 2, Some(5)), Some(3));
        assert_eq!(
            next_offset(&asked(Some("3")), from_one, 2, Some(5)),
            Some(5)
        );
        assert_eq!(next_offset(&asked(Some("5")), from_one, 1, Some(5)), None);
    }

    #[test]
    fn the_next_link_is_found_among_others() {
        assert_eq!(
            next_of(
                r#"<https://api.example.com/v1/users?after=a,b&limit=2>; rel="next", <https://api.example.com/v1/users?limit=2>; rel="self""#
            ),
            Some("https://api.example.com/v1/users?after=a,b&limit=2".into())
        );
        assert_eq!(
            next_of(r#"<https://x.test/1>; rel="self", </v1/users?page=3>; rel=next"#),
            Some("https://api.example.com/v1/users?page=3".into())
        );
        assert_eq!(
            next_of(r#"<?page=2>; title="x;y"; rel="next last""#),
            Some("https://api.example.com/v1/users?page=2".into())
        );
        assert_eq!(
            next_of(r#"<https://api.example.com/v1/users>; rel="self""#),
            None
        );
        assert_eq!(next_of("garbage"), None);
    }
}
