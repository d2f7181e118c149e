//! Issue 15 on the wire: paged list operations stream their pages and items by the `Link`
//! header's `rel="next"` or by a cursor in the body, with the same credentials, retries and
//! deadline per page; a next link to another origin is refused. (`paging_traced.rs`: the spans.)
//!
//! The clients are generated in `build.rs`: `tests/fixtures/paging.yaml` (traced), and the
//! `listUsers` operation of Okta's management API, which pages by `Link` without declaring it.

mod paging_support;
// Included into a test binary, the client's public items that a test does not use are dead
// code and unused re-exports to rustc.
mod okta_users {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/okta_users.rs"));
}

use paging_support::{
    TOKEN, all, asking, client, page_sizes, rate_limited_once, users, users_page,
};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn three_pages_by_link_then_an_empty_last_page() {
    let server = MockServer::start().await;
    let uri = server.uri();
    users_page(
        &server,
        None,
        &["u1", "u2"],
        Some(format!("{uri}/api/v1/users?after=u2&limit=2")),
    )
    .await;
    // A relative link resolves against the page's URL.
    users_page(
        &server,
        Some("u2"),
        &["u3", "u4"],
        Some("/api/v1/users?after=u4&limit=2".into()),
    )
    .await;
    users_page(
        &server,
        Some("u4"),
        &["u5"],
        Some(format!("{uri}/api/v1/users?after=u5&limit=2")),
    )
    .await;
    users_page(&server, Some("u5"), &[], None).await;
    let client = client(&server);

    let mut stream = client.users().list_users().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.unwrap().id);
    }
    assert_eq!(ids, ["u1", "u2", "u3", "u4", "u5"]);

    // The same by pages, through the `Stream` trait.
    let mut pages = client.users().list_users().limit(2).pages();
    let mut sizes = Vec::new();
    while let Some(page) = std::future::poll_fn(|cx| {
        futures_core::Stream::poll_next(std::pin::Pin::new(&mut pages), cx)
    })
    .await
    {
        sizes.push(page.unwrap().len());
    }
    assert_eq!(sizes, [2, 2, 1, 0]);
    // Each page once per stream, each with the token (the mocks match only then).
    assert_eq!(server.received_requests().await.unwrap().len(), 8);
}

/// GitHub's contributors: a page in the `200` outcome, and a bodiless `204` that is an empty
/// last page, not an error.
#[tokio::test]
async fn a_bodiless_success_is_an_empty_last_page() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(method("GET"))
        .and(path("/api/v1/contributors"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header(
                    "link",
                    format!("<{uri}/api/v1/contributors?page=2>; rel=\"next\"").as_str(),
                )
                .set_body_json(users(&["c1", "c2"])),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/contributors"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let mut stream = client.users().list_contributors().stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.unwrap().id);
    }
    assert_eq!(ids, ["c1", "c2"]);
}

#[tokio::test]
async fn a_next_link_to_another_origin_is_refused_without_a_request() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    let other = format!("{}/api/v1/users?after=u2&limit=2", elsewhere.uri());
    users_page(&server, None, &["u1", "u2"], Some(other)).await;
    let client = client(&server);

    let mut stream = client.users().list_users().limit(2).stream();
    assert_eq!(stream.next().await.unwrap().unwrap().id, "u1");
    assert_eq!(stream.next().await.unwrap().unwrap().id, "u2");
    let error = stream.next().await.unwrap().unwrap_err();
    let text = error.to_string();
    assert!(text.contains("another origin"), "{text}");
    assert!(text.contains(&elsewhere.uri()), "{text}");
    assert!(
        !text.contains("after=u2"),
        "only the origin is named: {text}"
    );
    assert!(
        stream.next().await.is_none(),
        "the stream ends after the error"
    );
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_429_in_the_middle_is_retried_and_the_stream_goes_on() {
    let server = MockServer::start().await;
    let uri = server.uri();
    users_page(
        &server,
        None,
        &["u1"],
        Some(format!("{uri}/api/v1/users?after=u1&limit=2")),
    )
    .await;
    // The second page answers 429 once, then the page.
    rate_limited_once(&server, "u1").await;
    users_page(&server, Some("u1"), &["u2"], None).await;
    let client = client(&server);

    let mut stream = client.users().list_users().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.unwrap().id);
    }
    assert_eq!(ids, ["u1", "u2"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn an_undeclared_link_is_followed_when_the_options_name_the_operation() {
    let server = MockServer::start().await;
    let next = format!(r#"<{}/api/v1/groups?page=2>; rel="next""#, server.uri());
    Mock::given(method("GET"))
        .and(path("/api/v1/groups"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(["admins"])
                .insert_header("Link", next.as_str()),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/groups"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["staff"]))
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.users().list_groups().stream()).await;
    assert_eq!(names, ["admins", "staff"]);
}

#[tokio::test]
async fn a_cursor_in_the_body_pages_until_it_is_null() {
    let server = MockServer::start().await;
    let page = |events: &[i64], next: Option<&str>| {
        let data: Vec<_> = events
            .iter()
            .map(|id| serde_json::json!({ "id": id }))
            .collect();
        ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({ "data": data, "next_cursor": next }))
    };
    Mock::given(path("/api/v1/events"))
        .and(query_param_is_missing("cursor"))
        .respond_with(page(&[1, 2], Some("c2")))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/events"))
        .and(query_param("cursor", "c2"))
        .respond_with(page(&[3], Some("c3")))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/events"))
        .and(query_param("cursor", "c3"))
        .and(header("Authorization", TOKEN))
        .respond_with(page(&[], None))
        .mount(&server)
        .await;
    let client = client(&server);
    let mut events = client.events().list_events().stream();
    let mut ids = Vec::new();
    while let Some(event) = events.next().await {
        ids.push(event.unwrap().id.unwrap());
    }
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

/// A numeric cursor that is always there goes back as its digits; `0` is a cursor too, so a
/// server that answers `0` twice ends by the repeat rule. Missing items are an empty page.
#[tokio::test]
async fn a_numeric_cursor_goes_back_as_digits() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/logs"))
        .and(query_param_is_missing("offset"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({ "entries": ["a", "b"], "next": 20 })),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/logs"))
        .and(query_param("offset", "20"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({ "next": 0 })))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/logs"))
        .and(query_param("offset", "0"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({ "entries": ["c"], "next": 0 })),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let sizes = page_sizes(client.events().list_logs().pages()).await;
    assert_eq!(sizes, [2, 0, 1]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

/// A cursor nested in the body (Slack's `response_metadata.next_cursor`), empty on the last
/// page.
#[tokio::test]
async fn a_nested_cursor_pages_until_it_is_empty() {
    let server = MockServer::start().await;
    let page = |channels: &[&str], next: &str| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "channels": channels,
            "response_metadata": { "next_cursor": next },
        }))
    };
    Mock::given(path("/api/v1/channels"))
        .and(query_param_is_missing("cursor"))
        .respond_with(page(&["general", "random"], "dGVhbTpDMDYx"))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/channels"))
        .and(query_param("cursor", "dGVhbTpDMDYx"))
        .respond_with(page(&["ops"], ""))
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_channels().stream()).await;
    assert_eq!(names, ["general", "random", "ops"]);
}

/// `Link` paging of an object body whose one array property holds the items (GitHub's
/// `workflow_runs`), found without any option.
#[tokio::test]
async fn a_link_paged_object_streams_its_array() {
    let server = MockServer::start().await;
    let next = format!(r#"<{}/api/v1/runs?page=2>; rel="next""#, server.uri());
    Mock::given(path("/api/v1/runs"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({ "total_count": 3, "workflow_runs": [1, 2] }))
                .insert_header("Link", next.as_str()),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/runs"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({ "total_count": 3, "workflow_runs": [3] })),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let ids = all(client.events().list_runs().stream()).await;
    assert_eq!(ids, [1, 2, 3]);
}

/// Okta's lists declare no `Link` header, but their `after` parameter says its cursor comes
/// from it: they page by `Link` without any option.
#[tokio::test]
async fn a_cursor_said_to_come_from_the_link_header_pages_by_link() {
    let server = MockServer::start().await;
    let next = format!(r#"<{}/api/v1/apps?after=b>; rel="next""#, server.uri());
    Mock::given(path("/api/v1/apps"))
        .and(query_param_is_missing("after"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!(["a", "b"]))
                .insert_header("Link", next.as_str()),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/apps"))
        .and(query_param("after", "b"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(["c"])))
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_apps().stream()).await;
    assert_eq!(names, ["a", "b", "c"]);
}

#[tokio::test]
async fn a_cursor_the_server_repeats_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/events"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({ "data": [{ "id": 1 }], "next_cursor": "same" })),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let mut pages = client.events().list_events().pages();
    let mut count = 0;
    while let Some(page) = pages.next().await {
        page.unwrap();
        count += 1;
    }
    // The first page, then the one `same` names, which names itself again.
    assert_eq!(count, 2);
}

/// Links that lead back to a page already read (A → B → A) end the stream after B.
#[tokio::test]
async fn a_cycle_of_links_ends_the_stream() {
    let server = MockServer::start().await;
    let uri = server.uri();
    users_page(
        &server,
        None,
        &["a"],
        Some(format!("{uri}/api/v1/users?after=b&limit=2")),
    )
    .await;
    users_page(
        &server,
        Some("b"),
        &["b"],
        Some(format!("{uri}/api/v1/users?limit=2")),
    )
    .await;
    let client = client(&server);
    let mut stream = client.users().list_users().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(user) = stream.next().await {
        ids.push(user.unwrap().id);
    }
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Okta's management API: `listUsers` pages by `Link` with an opaque `after` cursor.
#[tokio::test]
async fn okta_list_users_streams() {
    let server = MockServer::start().await;
    let next = format!(
        r#"<{}/api/v1/users?after=00u2&limit=2>; rel="next""#,
        server.uri()
    );
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .and(query_param_is_missing("after"))
        .and(header("Authorization", TOKEN))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(users(&["00u1", "00u2"]))
                .insert_header("link", next.as_str()),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/users"))
        .and(query_param("after", "00u2"))
        .and(header("Authorization", TOKEN))
        .respond_with(ResponseTemplate::new(200).set_body_json(users(&["00u3"])))
        .mount(&server)
        .await;
    let client = okta_users::Client::builder(server.uri())
        .api_token(TOKEN.trim_start_matches("SSWS "))
        .build()
        .unwrap();
    let mut users = client.user().list_users().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(user) = users.next().await {
        ids.push(user.unwrap().id.unwrap());
    }
    assert_eq!(ids, ["00u1", "00u2", "00u3"]);
}

/// Numbered pages (Linode's `page` and `pages`), found without options: the stream asks for
/// page 2 and 3 with the caller's other parameters, and stops at the last.
#[tokio::test]
async fn numbered_pages_are_asked_for_up_to_the_last() {
    let server = MockServer::start().await;
    let page = |number: u32, names: &[&str]| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "data": names, "page": number, "pages": 3, "results": 5
        }))
    };
    Mock::given(path("/api/v1/servers"))
        .and(query_param("page_size", "2"))
        .and(query_param_is_missing("page"))
        .respond_with(page(1, &["a", "b"]))
        .mount(&server)
        .await;
    for (number, names) in [(2, &["c", "d"][..]), (3, &["e"][..])] {
        Mock::given(path("/api/v1/servers"))
            .and(query_param("page_size", "2"))
            .and(query_param("page", number.to_string().as_str()))
            .respond_with(page(number, names))
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_servers().page_size(2).stream()).await;
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

/// Azure's `nextLink`, found without options: an absolute URL, then a relative one, each
/// followed as given (its own query, not the first page's), with the client's credentials;
/// a missing link ends the stream. A link to another origin is refused without a request.
#[tokio::test]
async fn next_links_in_the_body_are_followed_on_the_same_origin() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    let body = |names: &[&str], next: Option<String>| {
        let mut body = serde_json::json!({ "value": names });
        if let Some(next) = next {
            body["nextLink"] = next.into();
        }
        ResponseTemplate::new(200).set_body_json(body)
    };
    let vaults = |skip: Option<&str>| {
        let mock = Mock::given(path("/api/v1/vaults"))
            .and(header("Authorization", TOKEN))
            .and(query_param("api-version", "2024-01"));
        match skip {
            Some(skip) => mock.and(query_param("$skiptoken", skip)),
            None => mock.and(query_param_is_missing("$skiptoken")),
        }
    };
    let second = format!(
        "{}/api/v1/vaults?api-version=2024-01&$skiptoken=2",
        server.uri()
    );
    vaults(None)
        .respond_with(body(&["a", "b"], Some(second)))
        .mount(&server)
        .await;
    let third = "/api/v1/vaults?api-version=2024-01&$skiptoken=3".to_string();
    vaults(Some("2"))
        .respond_with(body(&["c"], Some(third)))
        .mount(&server)
        .await;
    let fourth = format!("{}/api/v1/vaults?$skiptoken=4", elsewhere.uri());
    vaults(Some("3"))
        .respond_with(body(&["d"], Some(fourth)))
        .mount(&server)
        .await;
    let client = client(&server);
    let mut vaults = client.events().list_vaults("2024-01").stream();
    let mut names = Vec::new();
    let error = loop {
        match vaults.next().await {
            Some(Ok(name)) => names.push(name),
            Some(Err(error)) => break error,
            None => panic!("the stream ended without refusing the other origin"),
        }
    };
    assert_eq!(names, ["a", "b", "c", "d"]);
    assert!(error.to_string().contains("another origin"), "{error}");
    assert!(vaults.next().await.is_none());
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

/// DigitalOcean nests the next page's URL (`links.pages.next`), which the options name: the
/// stream follows it, and ends on the page without one.
#[tokio::test]
async fn a_nested_next_url_named_in_the_options_is_followed() {
    let server = MockServer::start().await;
    let second = format!("{}/api/v1/droplets?page=2&per_page=2", server.uri());
    Mock::given(path("/api/v1/droplets"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "droplets": ["a", "b"], "links": {"pages": {"next": second, "last": second}}
        })))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/droplets"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "droplets": ["c"], "links": {"pages": {}}
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_droplets().per_page(2).stream()).await;
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Stripe's lists: `has_more` says more follow, and the next page starts after the last
/// item's `id` (`starting_after`), with the caller's other parameters; found without options.
#[tokio::test]
async fn a_list_with_has_more_pages_after_its_last_item() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/charges"))
        .and(query_param("limit", "2"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "object": "list", "url": "/v1/charges", "has_more": true,
            "data": [{"id": "ch_1", "amount": 100}, {"id": "ch_2", "amount": 200}]
        })))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/charges"))
        .and(query_param("limit", "2"))
        .and(query_param("starting_after", "ch_2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "object": "list", "url": "/v1/charges", "has_more": false,
            "data": [{"id": "ch_3", "amount": 300}]
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let mut charges = client.events().list_charges().limit(2).stream();
    let mut ids = Vec::new();
    while let Some(charge) = charges.next().await {
        ids.push(charge.unwrap().id);
    }
    assert_eq!(ids, ["ch_1", "ch_2", "ch_3"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Stripe's lists whose items are a union (a customer's sources: a card or a bank account):
/// the next page starts after the last item's `id`, whichever variant it is.
#[tokio::test]
async fn a_list_of_a_union_pages_after_its_last_item_s_id() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/sources"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "has_more": true,
            "data": [
                {"object": "card", "id": "card_1", "last4": "4242"},
                {"object": "bank_account", "id": "ba_2", "bank_name": "Bank"}
            ]
        })))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/sources"))
        .and(query_param("starting_after", "ba_2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "has_more": false,
            "data": [{"object": "card", "id": "card_3", "last4": "0005"}]
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let mut sources = client.events().list_sources().stream();
    let mut ids = Vec::new();
    while let Some(source) = sources.next().await {
        ids.push(match source.unwrap() {
            paging_support::paging::models::SourceListDataItem::Card(card) => card.id,
            paging_support::paging::models::SourceListDataItem::BankAccount(account) => {
                account.id.unwrap()
            }
            other => panic!("{other:?}"),
        });
    }
    assert_eq!(ids, ["card_1", "ba_2", "card_3"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// A list by `POST` that declares `x-ms-pageable` (Microsoft Graph's actions): the first page
/// is the `POST` with its body; the next link is fetched with `GET`, without the body.
#[tokio::test]
async fn a_pageable_post_follows_its_next_link_with_get() {
    let server = MockServer::start().await;
    let second = format!("{}/api/v1/messages/search?$skiptoken=2", server.uri());
    Mock::given(method("POST"))
        .and(path("/api/v1/messages/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": ["a", "b"],
            "@odata.nextLink": second
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v1/messages/search"))
        .and(query_param("$skiptoken", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": ["c"]
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let body = paging_support::paging::models::SearchMessagesRequest {
        query: Some("hello".into()),
    };
    let found = all(client.events().search_messages(body).stream()).await;
    assert_eq!(found, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    let sent: Vec<(String, String)> = requests
        .iter()
        .map(|r| {
            (
                r.method.to_string(),
                String::from_utf8_lossy(&r.body).into_owned(),
            )
        })
        .collect();
    assert_eq!(
        sent,
        [
            ("POST".to_string(), r#"{"query":"hello"}"#.to_string()),
            ("GET".to_string(), String::new()),
        ]
    );
}

/// DigitalOcean's lists as its spec has them: `links.pages` is one of `{last, next}` and
/// `{first, prev}`, and `next` is described as a URI, so the stream follows it without being
/// told; the last page, with only `first` and `prev`, ends it.
#[tokio::test]
async fn a_next_url_inside_a_union_is_found_and_followed() {
    let server = MockServer::start().await;
    let second = format!("{}/api/v1/domains?page=2&per_page=2", server.uri());
    let first = format!("{}/api/v1/domains?page=1&per_page=2", server.uri());
    Mock::given(path("/api/v1/domains"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "domains": ["a.example", "b.example"],
            "links": {"pages": {"last": second, "next": second}}
        })))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/domains"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "domains": ["c.example"], "links": {"pages": {"first": first, "prev": first}}
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_domains().per_page(2).stream()).await;
    assert_eq!(names, ["a.example", "b.example", "c.example"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Google's `nextPageToken`, found without options: it goes back as `pageToken` with the
/// caller's other parameters, until it is empty.
#[tokio::test]
async fn page_tokens_are_found_and_sent_back() {
    let server = MockServer::start().await;
    let json = |body: serde_json::Value| ResponseTemplate::new(200).set_body_json(body);
    Mock::given(path("/api/v1/files"))
        .and(query_param("q", "name"))
        .and(query_param_is_missing("pageToken"))
        .respond_with(json(
            serde_json::json!({"files": ["a", "b"], "nextPageToken": "t2"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/files"))
        .and(query_param("q", "name"))
        .and(query_param("pageToken", "t2"))
        .respond_with(json(
            serde_json::json!({"files": ["c"], "nextPageToken": ""}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_files().q("name").stream()).await;
    assert_eq!(names, ["a", "b", "c"]);
}

/// Notion's query, a `POST` found without options: the cursor of each page goes back in the
/// request's JSON body, beside what the caller set there, until it is null.
#[tokio::test]
async fn a_post_sends_its_cursor_back_in_its_body() {
    use wiremock::matchers::body_json;
    let server = MockServer::start().await;
    let page = |names: &[&str], next: Option<&str>| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "object": "list", "results": names, "next_cursor": next, "has_more": next.is_some()
        }))
    };
    let asked = |cursor: Option<&str>| {
        let mut body = serde_json::json!({"filter": "done", "page_size": 2});
        if let Some(cursor) = cursor {
            body["start_cursor"] = cursor.into();
        }
        body_json(body)
    };
    for (cursor, names, next) in [
        (None, &["a", "b"][..], Some("c2")),
        (Some("c2"), &["c", "d"][..], Some("c3")),
        (Some("c3"), &["e"][..], None),
    ] {
        Mock::given(method("POST"))
            .and(path("/api/v1/databases/db1/query"))
            .and(asked(cursor))
            .respond_with(page(names, next))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let body = paging_support::paging::models::QueryDatabaseRequest {
        filter: Some("done".into()),
        page_size: Some(2),
        start_cursor: None,
    };
    let names = all(client
        .events()
        .query_database("db1")
        .query_database_request(body)
        .stream())
    .await;
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
}

/// Box's offsets, found without options: the next offset is this page's plus its items, so a
/// server that caps `limit` (2 items where 10 were asked) still gives every item, and the
/// stream stops at the total without asking again.
#[tokio::test]
async fn offsets_page_up_to_the_total_whatever_limit_the_server_keeps() {
    let server = MockServer::start().await;
    let page = |offset: u32, names: &[&str]| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "total_count": 5, "offset": offset, "limit": 2, "entries": names,
            "order": [{"by": "name"}]
        }))
    };
    Mock::given(path("/api/v1/entries"))
        .and(query_param("limit", "10"))
        .and(query_param_is_missing("offset"))
        .respond_with(page(0, &["a", "b"]))
        .expect(1)
        .mount(&server)
        .await;
    for (offset, names) in [(2, &["c", "d"][..]), (4, &["e"][..])] {
        Mock::given(path("/api/v1/entries"))
            .and(query_param("limit", "10"))
            .and(query_param("offset", offset.to_string().as_str()))
            .respond_with(page(offset, names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_entries().limit(10).stream()).await;
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
}

/// Jira's `startAt` is an offset, from 0; SCIM's `startIndex` one from 1, as its description
/// says: five users are indices 1 to 5, and the stream stops at the fifth.
#[tokio::test]
async fn offsets_by_other_names_page_from_their_first() {
    let server = MockServer::start().await;
    for (start, names) in [(None, &["a", "b"][..]), (Some("2"), &["c"])] {
        let mock = asking(Mock::given(path("/api/v1/projects")), "startAt", start);
        mock.respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "startAt": start.unwrap_or("0").parse::<u32>().unwrap(), "maxResults": 2,
            "total": 3, "values": names
        })))
        .expect(1)
        .mount(&server)
        .await;
    }
    for (start, names) in [
        (None, &["u1", "u2"][..]),
        (Some("3"), &["u3", "u4"]),
        (Some("5"), &["u5"]),
    ] {
        let mock = asking(
            Mock::given(path("/api/v1/scim/Users")).and(query_param("count", "2")),
            "startIndex",
            start,
        );
        mock.respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "totalResults": 5, "itemsPerPage": 2, "Resources": names
        })))
        .expect(1)
        .mount(&server)
        .await;
    }
    let client = client(&server);
    let projects = all(client.events().list_projects().stream()).await;
    assert_eq!(projects, ["a", "b", "c"]);
    let users = all(client.events().list_scim_users().count(2).stream()).await;
    assert_eq!(users, ["u1", "u2", "u3", "u4", "u5"]);
}

/// An empty page ends an offset stream even when the total says more: a server whose total is
/// wrong is not asked forever.
#[tokio::test]
async fn an_empty_page_ends_an_offset_stream() {
    let server = MockServer::start().await;
    let page = |offset: u32, names: &[&str]| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "total_count": 100, "offset": offset, "entries": names
        }))
    };
    Mock::given(path("/api/v1/entries"))
        .and(query_param_is_missing("offset"))
        .respond_with(page(0, &["a"]))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/entries"))
        .and(query_param("offset", "1"))
        .respond_with(page(1, &[]))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let sizes = page_sizes(client.events().list_entries().pages()).await;
    assert_eq!(sizes, [1, 0]);
}

/// The next offset comes from the one the request asked for, so a body that does not say
/// where it starts (Mailchimp's) pages too, from the caller's own offset on.
#[tokio::test]
async fn offsets_go_on_from_the_callers_own_offset() {
    let server = MockServer::start().await;
    let page = |names: &[&str]| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "total_count": 7, "entries": names
        }))
    };
    for (offset, names) in [(3, &["d", "e"][..]), (5, &["f", "g"][..])] {
        Mock::given(path("/api/v1/entries"))
            .and(query_param("offset", offset.to_string().as_str()))
            .respond_with(page(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_entries().offset(3).stream()).await;
    assert_eq!(names, ["d", "e", "f", "g"]);
}

/// Gitea's lists: a bare array, numbered from the `page` parameter's default (1) with nothing
/// in the body to count the pages. The next number goes back until an empty page, which ends
/// the stream.
#[tokio::test]
async fn numbered_pages_without_a_count_go_on_until_an_empty_page() {
    let server = MockServer::start().await;
    let pages: [(Option<&str>, &[&str]); 3] =
        [(None, &["a", "b"]), (Some("2"), &["c"]), (Some("3"), &[])];
    for (page, names) in pages {
        let mock = asking(
            Mock::given(path("/api/v1/repos")).and(query_param("limit", "2")),
            "page",
            page,
        );
        mock.respond_with(ResponseTemplate::new(200).set_body_json(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_repos().limit(2).stream()).await;
    assert_eq!(names, ["a", "b", "c"]);
}

/// From the caller's own page on; and from page 0 where the parameter's default is 0
/// (Discourse's), the items in an object.
#[tokio::test]
async fn numbered_pages_without_a_count_start_where_asked() {
    let server = MockServer::start().await;
    for (page, names) in [("5", &["e"][..]), ("6", &[][..])] {
        Mock::given(path("/api/v1/repos"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let topics = |names: &[&str]| {
        ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({"per_page": 2, "topics": names}))
    };
    Mock::given(path("/api/v1/topics"))
        .and(query_param_is_missing("page"))
        .respond_with(topics(&["t0"]))
        .expect(1)
        .mount(&server)
        .await;
    for (page, names) in [("1", &["t1"][..]), ("2", &[][..])] {
        Mock::given(path("/api/v1/topics"))
            .and(query_param("page", page))
            .respond_with(topics(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let sizes = page_sizes(client.events().list_repos().page(5).pages()).await;
    assert_eq!(sizes, [1, 0]);
    let names = all(client.events().list_topics().stream()).await;
    assert_eq!(names, ["t0", "t1"]);
}

/// GitLab's `page` ("Current page number") says neither its default nor its first number. The
/// second request asks for 1: a server that numbers from 1 sends the first page again, which
/// the stream skips before it asks for 2; one that numbers from 0 sends the second page.
#[tokio::test]
async fn numbered_pages_from_an_unsaid_first_number_are_read_once() {
    for (base, pages) in [
        // Numbered from 1: no number and 1 are both the first page.
        (
            1,
            [
                (None, &["a", "b"][..]),
                (Some("1"), &["a", "b"]),
                (Some("2"), &["c"]),
                (Some("3"), &[]),
            ],
        ),
        // Numbered from 0: no number is page 0.
        (
            0,
            [
                (None, &["a", "b"][..]),
                (Some("1"), &["c"]),
                (Some("2"), &["d"]),
                (Some("3"), &[]),
            ],
        ),
    ] {
        let server = MockServer::start().await;
        for (page, names) in pages {
            let mock = asking(Mock::given(path("/api/v1/issues")), "page", page);
            mock.respond_with(ResponseTemplate::new(200).set_body_json(names))
                .expect(2)
                .mount(&server)
                .await;
        }
        let client = client(&server);
        let sizes = page_sizes(client.events().list_issues().pages()).await;
        let names = all(client.events().list_issues().stream()).await;
        // Each stream asked for every page once, hence two of each request in all.
        server.verify().await;
        if base == 1 {
            assert_eq!(sizes, [2, 1, 0]);
            assert_eq!(names, ["a", "b", "c"]);
        } else {
            assert_eq!(sizes, [2, 1, 1, 0]);
            assert_eq!(names, ["a", "b", "c", "d"]);
        }
    }
}

/// Pages are told apart by their items, not their bodies: StackExchange's wrapper counts down
/// `quota_remaining` on every answer, yet page 1 of a server that numbers from 1 is still the
/// first page again, and a server that ignores the number still ends the stream.
#[tokio::test]
async fn a_page_is_the_one_before_it_again_by_its_items() {
    let server = MockServer::start().await;
    let quota = std::sync::atomic::AtomicU32::new(300);
    let page = move |names: &[&str]| {
        let quota = quota.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "items": names, "has_more": !names.is_empty(), "quota_remaining": quota
        }))
    };
    let pages: [(Option<&str>, &[&str]); 4] = [
        (None, &["a", "b"]),
        (Some("1"), &["a", "b"]),
        (Some("2"), &["c"]),
        (Some("3"), &[]),
    ];
    for (number, names) in pages {
        let mock = asking(Mock::given(path("/api/v1/answers")), "page", number);
        mock.respond_with(page(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_answers().stream()).await;
    assert_eq!(names, ["a", "b", "c"]);

    // A server that ignores the number: the same items each time, the quota one less.
    let server = MockServer::start().await;
    let quota = std::sync::atomic::AtomicU32::new(300);
    Mock::given(path("/api/v1/answers"))
        .respond_with(move |_: &wiremock::Request| {
            let quota = quota.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "items": ["a", "b"], "has_more": true, "quota_remaining": quota
            }))
        })
        .expect(3)
        .mount(&server)
        .await;
    let client = self::client(&server);
    let names = all(client.events().list_answers().stream()).await;
    assert_eq!(names, ["a", "b"]);
}

/// A page number typed `number` (Vimeo's, Flickr's): the caller's `3.0` goes as the spec's
/// type writes it, and the next page is 4.
#[tokio::test]
async fn a_page_number_typed_number_pages_too() {
    let server = MockServer::start().await;
    for (page, names) in [("3.0", &["p3"][..]), ("4", &[][..])] {
        Mock::given(path("/api/v1/photos"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(names))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let names = all(client.events().list_photos().page(3.0).stream()).await;
    assert_eq!(names, ["p3"]);
}

/// A server that ignores the page number, where the first number is not said: page 1 is taken
/// for the first page again, and page 2 being it too ends the stream.
#[tokio::test]
async fn an_unsaid_first_number_and_a_server_that_ignores_it_end_at_page_two() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/issues"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["a", "b"]))
        .expect(3)
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_issues().stream()).await;
    assert_eq!(names, ["a", "b"]);
}

/// A server that ignores the page number answers every page with the first: the second time
/// the same page comes, the stream ends, without its items again.
#[tokio::test]
async fn a_server_that_ignores_the_page_number_is_not_asked_forever() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/repos"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["a", "b"]))
        .expect(2)
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_repos().stream()).await;
    assert_eq!(names, ["a", "b"]);
}

/// GitHub's searches take a `page` and declare no `Link` header, but send one: where the
/// server's `Link` headers page, they decide. The next link is followed, and a page whose
/// links have no `next` is the last, full as it is (GitHub's 1,000 search results).
#[tokio::test]
async fn link_headers_the_server_sends_decide_over_page_numbers() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/api/v1/repos"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(["a", "b"])
                .insert_header(
                    "Link",
                    format!(r#"<{uri}/api/v1/repos?page=7>; rel="next""#).as_str(),
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/repos"))
        .and(query_param("page", "7"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(["c", "d"])
                .insert_header(
                    "Link",
                    format!(r#"<{uri}/api/v1/repos?page=1>; rel="first""#).as_str(),
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server);
    let names = all(client.events().list_repos().stream()).await;
    assert_eq!(names, ["a", "b", "c", "d"]);
}
