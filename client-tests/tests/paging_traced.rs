//! Issue 15: requests traced. A test binary of its own: `tracing` caches whether a callsite
//! is enabled, and a subscriber set for one test thread races with the other tests' threads
//! registering the same callsites without one.

mod paging_support;

use paging_support::{all, client, rate_limited_once, users_page};
use wiremock::MockServer;

// A captured subscriber: every span's fields (as recorded, later records included) and
// every event's.
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

type Fields = BTreeMap<String, String>;

#[derive(Default)]
struct Captured {
    spans: Mutex<Vec<(String, Fields)>>,
    events: Mutex<Vec<Fields>>,
}

struct Capture(Arc<Captured>);

struct Visitor<'a>(&'a mut Fields);

impl Visit for Visitor<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = Fields::new();
        span.record(&mut Visitor(&mut fields));
        let mut spans = self.0.spans.lock().unwrap();
        spans.push((span.metadata().name().to_string(), fields));
        Id::from_u64(spans.len() as u64)
    }

    fn record(&self, id: &Id, values: &Record<'_>) {
        let mut spans = self.0.spans.lock().unwrap();
        let (_, fields) = &mut spans[id.into_u64() as usize - 1];
        values.record(&mut Visitor(fields));
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields::new();
        event.record(&mut Visitor(&mut fields));
        self.0.events.lock().unwrap().push(fields);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

/// Two pages, the second after a 429, traced: one span per page (the retry is an event
/// in the second), each with the operation, method, path template, attempt, status and
/// duration, and no secret anywhere: not the token, not a query value, not a body.
#[tokio::test]
async fn spans_say_what_was_sent_and_nothing_secret() {
    let captured = Arc::new(Captured::default());
    let _guard = tracing::subscriber::set_default(Capture(captured.clone()));
    let server = MockServer::start().await;
    let uri = server.uri();
    users_page(
        &server,
        None,
        &["u1"],
        Some(format!("{uri}/api/v1/users?after=cursor-777&limit=2")),
    )
    .await;
    rate_limited_once(&server, "cursor-777").await;
    users_page(&server, Some("cursor-777"), &["user-body-secret"], None).await;
    let client = client(&server);
    let users = all(client.users().list_users().limit(2).stream()).await;
    assert_eq!(users.len(), 2);

    let spans = captured.spans.lock().unwrap().clone();
    let requests: Vec<&Fields> = spans
        .iter()
        .filter(|(name, _)| name == "request")
        .map(|(_, fields)| fields)
        .collect();
    assert_eq!(
        requests.len(),
        2,
        "{spans:?} {:?}",
        captured.events.lock().unwrap()
    );
    for (fields, attempts) in requests.iter().zip(["1", "2"]) {
        assert_eq!(fields["operation"], "listUsers", "{fields:?}");
        assert_eq!(fields["method"], "GET", "{fields:?}");
        assert_eq!(fields["path"], "/users", "{fields:?}");
        assert_eq!(fields["status"], "200", "{fields:?}");
        assert_eq!(fields["attempt"], attempts, "{fields:?}");
        assert!(fields.contains_key("duration_ms"), "{fields:?}");
    }
    let events = captured.events.lock().unwrap().clone();
    let retries: Vec<&Fields> = events
        .iter()
        .filter(|e| e.get("message").is_some_and(|m| m == "retrying"))
        .collect();
    assert_eq!(retries.len(), 1, "{events:?}");
    assert_eq!(retries[0]["status"], "429");
    let everything = format!("{spans:?}{events:?}");
    for secret in [
        "secret-token-4711",
        "cursor-777",
        "user-body-secret",
        "limit",
    ] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}
