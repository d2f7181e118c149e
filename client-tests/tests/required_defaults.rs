//! A required property with a default (Microsoft Graph's `@odata.type`, which Graph leaves out of
//! most responses) decodes with the default when a body leaves it out, and is always sent. A
//! required property without one is still an error when missing.
use client_tests::{RawReply, RawServer};

mod required_defaults {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/required_defaults.rs"));
}
use required_defaults::{Client, Error, models};

#[tokio::test]
async fn a_missing_required_property_with_a_default_takes_it() {
    let server = RawServer::start(RawReply::json(
        r##"{"value":[{"id":"1","displayName":"Ann"},
            {"id":"2","@odata.type":"#microsoft.graph.guest","kind":"robot","level":7,
             "active":false,"score":2}]}"##,
    ))
    .await;
    let client = Client::new(server.base_url()).unwrap();
    let users = client.default().list_users().await.unwrap().value.unwrap();
    let ann = &users[0];
    assert_eq!(ann.odata_type, "#microsoft.graph.user");
    assert_eq!(ann.kind, models::UserKind::Person);
    assert_eq!((ann.level, ann.active, ann.score), (3, true, 0.5));
    let robot = &users[1];
    assert_eq!(
        robot.odata_type, "#microsoft.graph.guest",
        "a value sent wins"
    );
    assert_eq!(robot.kind, models::UserKind::Robot);
    assert_eq!((robot.level, robot.active, robot.score), (7, false, 2.0));
}

#[tokio::test]
async fn a_missing_required_property_without_a_default_is_still_an_error() {
    let server = RawServer::start(RawReply::json(r#"{"value":[{"displayName":"Ann"}]}"#)).await;
    let client = Client::new(server.base_url()).unwrap();
    let error = client.default().list_users().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert!(decode.to_string().contains("missing field `id`"), "{error}");
}

#[tokio::test]
async fn required_properties_with_defaults_are_always_sent() {
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = Client::new(server.base_url()).unwrap();
    let user = models::User {
        id: "9".into(),
        odata_type: "#microsoft.graph.user".into(),
        display_name: None,
        kind: models::UserKind::Person,
        level: 3,
        active: true,
        score: 0.5,
    };
    client.default().create_user(user).await.unwrap();
    let sent: serde_json::Value = serde_json::from_slice(&server.single_request().body).unwrap();
    assert_eq!(
        sent,
        serde_json::json!({"id": "9", "@odata.type": "#microsoft.graph.user", "kind": "person",
                           "level": 3, "active": true, "score": 0.5})
    );
}
