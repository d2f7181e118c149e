//! Models identical to another are aliases of it, compiled once; each keeps its name, so code
//! written against the spec's names (`InlineHook`, `InlineHookStatus::Active`) builds values,
//! sends them and decodes them as before.
use client_tests::{RawReply, RawServer};

mod identical_models {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/identical_models.rs"));
}
use identical_models::{Client, models};

#[tokio::test]
async fn an_alias_is_built_sent_and_decoded_under_its_own_name() {
    let server = RawServer::start(RawReply::json(r#"{"name": "h", "status": "INACTIVE"}"#)).await;
    let client = Client::new(server.base_url()).unwrap();
    let hook = models::InlineHook {
        name: "h".into(),
        status: Some(models::InlineHookStatus::Active),
    };
    let replaced: models::InlineHook = client
        .inline_hook()
        .replace_inline_hook("h1", hook)
        .await
        .unwrap();
    let sent = server.single_request();
    assert_eq!(sent.path(), "/inlineHooks/h1");
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&sent.body).unwrap(),
        serde_json::json!({"name": "h", "status": "ACTIVE"})
    );
    assert_eq!(replaced.status, Some(models::InlineHookStatus::Inactive));
    // One type under several names: an inline hook is an event hook, as the spec's shapes say.
    let event_hook: models::EventHook = replaced;
    assert_eq!(event_hook.status, Some(models::EventHookStatus::Inactive));
    assert_eq!(
        models::LifecycleStatus::Inactive.as_str(),
        models::InlineHookStatus::Inactive.to_string()
    );
}

/// `InlineHookError` is `EventHookError` by shape: the inline hook's 404 decodes to the one
/// `ErrorBody` variant both operations share, and the value is an `InlineHookError` too.
#[tokio::test]
async fn identical_error_types_are_one_error_body_variant() {
    let server = RawServer::start(RawReply::Respond {
        status: 404,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: br#"{"errorCode": "E0000007", "errorSummary": "Not found"}"#.to_vec(),
    })
    .await;
    let client = Client::new(server.base_url()).unwrap();
    let error = client
        .inline_hook()
        .get_inline_hook("h1")
        .await
        .unwrap_err();
    let identical_models::Error::Status(error) = error else {
        panic!("expected a status error, got {error:?}");
    };
    assert_eq!(error.status.as_u16(), 404);
    let Some(identical_models::ErrorBody::EventHookError(model)) = error.model else {
        panic!("expected ErrorBody::EventHookError, got {:?}", error.model);
    };
    let model: models::InlineHookError = model;
    assert_eq!(model.error_code.as_deref(), Some("E0000007"));
    assert_eq!(model.error_summary.as_deref(), Some("Not found"));
}
