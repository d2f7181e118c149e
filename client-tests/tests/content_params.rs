//! Parameters given by `content: application/json` (Stream writes its IDs this way, others
//! their filters): typed as their schema says; a scalar goes as it is, as a `schema`
//! parameter would; an object or an array as its JSON text, percent-encoded in a path, query
//! or cookie, as it is in a header.
use client_tests::{RawReply, RawServer, query_pairs};

mod content_params {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/content_params.rs"));
}
use content_params::{Client, models};

#[tokio::test]
async fn json_content_parameters_are_typed_and_sent_as_json_text() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let client = Client::new(server.base_url()).unwrap();
    let filter = models::SearchListFilter {
        kind: "a b".into(),
        limit: Some(5),
    };
    client
        .default()
        .search_list("blocked words", filter)
        .ids(vec![1, 2])
        .x_meta([("trace".to_string(), serde_json::json!([1, "a"]))].into())
        .prefs(models::SearchListPrefs {
            theme: Some("dark mode".into()),
        })
        .x_plain("as is")
        .await
        .unwrap();
    let sent = server.single_request();
    assert_eq!(sent.path(), "/lists/blocked%20words");
    assert_eq!(
        query_pairs(sent.query()),
        [
            (
                "filter".to_string(),
                r#"{"kind":"a b","limit":5}"#.to_string()
            ),
            ("ids".to_string(), "[1,2]".to_string()),
        ]
    );
    // A header's JSON text goes as it is; a cookie's is percent-encoded, as any cookie value.
    assert_eq!(sent.header_values("x-meta"), [r#"{"trace":[1,"a"]}"#]);
    assert_eq!(sent.header_values("x-plain"), ["as is"]);
    assert_eq!(
        sent.header_values("cookie"),
        ["prefs=%7B%22theme%22%3A%22dark%20mode%22%7D"]
    );
}
