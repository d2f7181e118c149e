//! Security requirements that combine schemes (`security: [{apiKey_header: [], basic: [],
//! oauth2: []}]`, from the shared `security-multiple.json`): the client sends every scheme of
//! the first requirement it has all the tokens for, and never part of one.
use client_tests::{RawReply, RawServer};

mod security {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/security_multiple.rs"));
}

use security::Client;

async fn server() -> RawServer {
    RawServer::start(RawReply::Respond {
        status: 200,
        headers: vec![],
        body: vec![],
    })
    .await
}

#[tokio::test]
async fn a_combined_requirement_sends_all_its_schemes() {
    let server = server().await;
    let client = Client::builder(server.base_url())
        .api_key_header_key("key-1")
        .basic_credentials("user", "pass")
        .oauth2_token("oauth-1")
        .build()
        .unwrap();
    client.default().post_anything_and().await.unwrap();
    let request = server.single_request();
    assert_eq!(request.header_values("x-api-key"), ["key-1"]);
    // Basic and OAuth2 both ride in `Authorization`: both values go, as the spec asks.
    assert_eq!(
        request.header_values("authorization"),
        ["Basic dXNlcjpwYXNz", "Bearer oauth-1"]
    );
}

#[tokio::test]
async fn part_of_a_requirement_is_never_sent() {
    let server = server().await;
    // `post_anything_and` needs all three; this client has two.
    let client = Client::builder(server.base_url())
        .api_key_header_key("key-1")
        .oauth2_token("oauth-1")
        .build()
        .unwrap();
    client.default().post_anything_and().await.unwrap();
    let request = server.single_request();
    assert!(request.header_values("x-api-key").is_empty(), "{request:?}");
    assert!(
        request.header_values("authorization").is_empty(),
        "{request:?}"
    );
}

#[tokio::test]
async fn the_first_requirement_the_client_can_meet_is_sent() {
    // `and-or`: {oauth2 and apiKey_header} or {oauth2_alternate}.
    let server = server().await;
    let both = Client::builder(server.base_url())
        .api_key_header_key("key-1")
        .oauth2_token("oauth-1")
        .oauth2_alternate_token("alt-1")
        .build()
        .unwrap();
    both.default().post_anything_and_or().await.unwrap();
    let request = server.single_request();
    assert_eq!(request.header_values("x-api-key"), ["key-1"]);
    assert_eq!(request.header_values("authorization"), ["Bearer oauth-1"]);

    let server = self::server().await;
    let alternate = Client::builder(server.base_url())
        .oauth2_token("oauth-1")
        .oauth2_alternate_token("alt-1")
        .build()
        .unwrap();
    alternate.default().post_anything_and_or().await.unwrap();
    let request = server.single_request();
    assert!(request.header_values("x-api-key").is_empty());
    assert_eq!(request.header_values("authorization"), ["Bearer alt-1"]);
}
