//! Issue 13: a server written with utoipa 5 (no web framework: its types, one handler
//! signature and the document utoipa derives from them), and the client oapigen generates
//! from that OpenAPI 3.1 document in `build.rs`. Values go server types -> JSON -> client
//! types -> JSON -> server types unchanged, and a request made by the client reaches a
//! loopback server with the path, query and body the server's types expect.

mod server_api;

use server_api::{Address, ApiError, Owner, Pet, PetUpdate, Species};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use utoipa_roundtrip::client::{Client, Error, ErrorBody, models};

fn pets() -> Vec<Pet> {
    let owner = Owner {
        name: "Ada".into(),
        address: Address {
            street: "1 Main St".into(),
            city: "Springfield".into(),
        },
    };
    vec![
        Pet {
            id: 7,
            name: "Rex".into(),
            species: Species::Dog,
            nickname: Some("Rexy".into()),
            chip_id: Some("CHIP-1".into()),
            owner: owner.clone(),
            tags: vec!["good".into(), "loud".into()],
        },
        Pet {
            id: u64::from(u32::MAX) + 1,
            name: "Tom".into(),
            species: Species::Cat,
            nickname: None,
            chip_id: None,
            owner,
            tags: vec![],
        },
    ]
}

/// Server value -> JSON -> client model -> JSON -> server value: nothing lost, nothing added
/// (an unset optional stays out, a nullable `None` stays `null`).
#[test]
fn values_round_trip_between_server_and_client_types() {
    for pet in pets() {
        let sent = serde_json::to_value(&pet).unwrap();
        let client: models::Pet = serde_json::from_value(sent.clone()).unwrap();
        assert_eq!(client.name, pet.name);
        assert_eq!(client.nickname, pet.nickname);
        assert_eq!(client.chip_id, pet.chip_id);
        assert_eq!(client.owner.address.city, pet.owner.address.city);
        let back = serde_json::to_value(&client).unwrap();
        assert_eq!(back, sent);
        let server: Pet = serde_json::from_value(back).unwrap();
        assert_eq!(server, pet);
    }
    let error = ApiError {
        message: "no such pet".into(),
    };
    let client: models::ApiError =
        serde_json::from_value(serde_json::to_value(&error).unwrap()).unwrap();
    assert_eq!(client.message, error.message);
}

/// Answer one request with `status` and `body`; the request's head and body as received.
async fn serve_once(listener: TcpListener, status: &str, body: String) -> (String, Vec<u8>) {
    let (mut socket, _) = listener.accept().await.unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        socket.read_exact(&mut byte).await.unwrap();
        head.push(byte[0]);
    }
    let head = String::from_utf8(head).unwrap();
    let length = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().to_string())
        })
        .map_or(0, |v| v.parse().unwrap());
    let mut request_body = vec![0u8; length];
    socket.read_exact(&mut request_body).await.unwrap();
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    socket.write_all(response.as_bytes()).await.unwrap();
    socket.shutdown().await.unwrap();
    (head, request_body)
}

/// The client's request carries the path and query parameters and a body the server's own
/// types read; the server's answer decodes into the client's model, and its declared error
/// into the error model.
#[tokio::test]
async fn a_call_reaches_the_server_as_its_types_expect() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let pet = pets().remove(0);
    let server = tokio::spawn(serve_once(
        listener,
        "200 OK",
        serde_json::to_string(&pet).unwrap(),
    ));
    let client = Client::new(&base_url).unwrap();
    let update = models::PetUpdate {
        name: "Rex".into(),
        nickname: Some("Rexy".into()),
    };
    let answer = client
        .pets()
        .update_pet(7, update)
        .notify(true)
        .await
        .unwrap();
    assert_eq!(answer.id, 7);
    assert_eq!(answer.chip_id.as_deref(), Some("CHIP-1"));
    let (head, body) = server.await.unwrap();
    assert!(
        head.starts_with("PUT /pets/7?notify=true HTTP/1.1\r\n"),
        "{head}"
    );
    let received: PetUpdate = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        received,
        PetUpdate {
            name: "Rex".into(),
            nickname: Some("Rexy".into())
        }
    );

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let missing = serde_json::to_string(&ApiError {
        message: "no pet 8".into(),
    })
    .unwrap();
    let server = tokio::spawn(serve_once(listener, "404 Not Found", missing));
    let client = Client::new(&base_url).unwrap();
    let update = models::PetUpdate {
        name: "Tom".into(),
        nickname: None,
    };
    let error = client.pets().update_pet(8, update).await.unwrap_err();
    server.await.unwrap();
    match error {
        Error::Status(status) => {
            assert_eq!(status.status.as_u16(), 404);
            // The declared error model, decoded.
            match &status.model {
                Some(ErrorBody::ApiError(model)) => assert_eq!(model.message, "no pet 8"),
                other => panic!("{other:?}"),
            }
        }
        other => panic!("{other:?}"),
    }
}
