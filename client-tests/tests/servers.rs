//! Operations with a server of their own (Box's uploads go to `upload.box.com`): they are sent
//! there, not to the base URL; `ClientBuilder::server` moves them (to a test server here); a
//! relative server is a path on the base URL's origin; the token goes with them, as the spec
//! declares it for them. An operation that answers with a redirect (Box's download) returns
//! what the redirect leads to, as bytes.
use client_tests::{RawReply, RawServer};

mod operation_servers {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/operation_servers.rs"));
}
use operation_servers::{Client, Error, OPERATION_SERVERS, models};

const UPLOAD: &str = "https://upload.example.com/api/2.0";

#[test]
fn the_spec_servers_of_operations_are_listed_once_each() {
    // `getAgain` repeats the API's server: it is not one of its own.
    assert_eq!(OPERATION_SERVERS, ["/health", UPLOAD]);
}

#[tokio::test]
async fn an_operation_with_its_own_server_goes_there_and_the_rest_to_the_base_url() {
    let api = RawServer::start(RawReply::json(r#"{"id": "f1"}"#)).await;
    let upload = RawServer::start(RawReply::json("{}")).await;
    let client = Client::builder(format!("{}/2.0", api.base_url()))
        .bearer_token("tok")
        .server(UPLOAD, format!("{}/up/2.0", upload.base_url()))
        .build()
        .unwrap();
    let file = client.default().get_file("f1").await.unwrap();
    assert_eq!(file.id.as_deref(), Some("f1"));
    let body = models::UploadFileRequest {
        name: Some("a.txt".into()),
    };
    client.default().upload_file(body).await.unwrap();
    client.default().get_again().await.unwrap();

    let to_api: Vec<String> = api
        .requests()
        .iter()
        .map(|r| r.path().to_string())
        .collect();
    assert_eq!(to_api, ["/2.0/files/f1", "/2.0/again"]);
    let sent = upload.single_request();
    assert_eq!(sent.path(), "/up/2.0/files/content");
    assert_eq!(sent.header_values("authorization"), ["Bearer tok"]);
    assert_eq!(sent.body, br#"{"name":"a.txt"}"#);
}

#[tokio::test]
async fn a_relative_server_is_a_path_on_the_base_urls_origin() {
    let api = RawServer::start(RawReply::json("{}")).await;
    let client = Client::builder(format!("{}/2.0", api.base_url()))
        .build()
        .unwrap();
    client.default().get_status().await.unwrap();
    assert_eq!(api.single_request().path(), "/health/status");
}

#[test]
fn moving_a_server_no_operation_has_is_refused() {
    let error = Client::builder("https://api.example.com/2.0")
        .server("https://uploads.example.com/api/2.0", "http://localhost:1")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Request(_)), "{error:?}");
    assert!(error.to_string().contains(UPLOAD), "{error}");
}

#[test]
fn debug_shows_moved_servers_without_their_passwords() {
    let client = Client::builder("https://api.example.com/2.0")
        .server(UPLOAD, "http://user:hunter2@localhost:1/up")
        .build()
        .unwrap();
    let shown = format!("{client:?}");
    assert!(shown.contains(UPLOAD), "{shown}");
    assert!(!shown.contains("hunter2"), "{shown}");
}

#[tokio::test]
async fn a_redirect_answer_gives_the_bytes_it_leads_to_without_the_token() {
    let download = RawServer::start(RawReply::Respond {
        status: 200,
        headers: vec![("Content-Type".into(), "application/pdf".into())],
        body: b"%PDF-1.7".to_vec(),
    })
    .await;
    let api = RawServer::start(RawReply::Respond {
        status: 302,
        headers: vec![("Location".into(), format!("{}/d/f1", download.base_url()))],
        body: Vec::new(),
    })
    .await;
    let client = Client::builder(api.base_url())
        .bearer_token("tok")
        .build()
        .unwrap();
    let bytes: Vec<u8> = client.default().download_file("f1").await.unwrap();
    assert_eq!(bytes, b"%PDF-1.7");
    assert_eq!(
        api.single_request().header_values("authorization"),
        ["Bearer tok"]
    );
    let followed = download.single_request();
    assert_eq!(followed.path(), "/d/f1");
    assert!(followed.header_values("authorization").is_empty());
}

#[tokio::test]
async fn ignoring_operation_servers_sends_every_operation_to_the_base_url() {
    let api = RawServer::start(RawReply::json("{}")).await;
    let client = Client::builder(format!("{}/2.0", api.base_url()))
        .ignore_operation_servers()
        .build()
        .unwrap();
    let body = models::UploadFileRequest { name: None };
    client.default().upload_file(body).await.unwrap();
    client.default().get_status().await.unwrap();
    let paths: Vec<String> = api
        .requests()
        .iter()
        .map(|r| r.path().to_string())
        .collect();
    assert_eq!(paths, ["/2.0/files/content", "/2.0/status"]);
}
