//! Issue 10 on the wire: every request and response form, through clients generated at build
//! time from `tests/fixtures/request_forms.yaml` and the shared `parameters-style.json`, against
//! a loopback server that records the exact bytes: multipart boundaries and part headers, form
//! encoding, query strings, path segments, cookies, headers; bytes, text and streamed
//! downloads; an operation whose success responses differ.
use client_tests::{RawReply, RawServer};

// Included into a test binary, the clients' public items that a test does not use are dead
// code and unused re-exports to rustc (the README says so for any binary).
mod forms {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/request_forms.rs"));
}
mod styles {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/parameters_style.rs"));
}

use forms::{Client, File, apis::default::UploadFileOutcome, models};

fn reply(status: u16, content_type: &str, body: &[u8]) -> RawReply {
    RawReply::Respond {
        status,
        headers: vec![("Content-Type".into(), content_type.into())],
        body: body.to_vec(),
    }
}

/// The parts of a multipart body: (headers as one text, body).
fn parts(request: &client_tests::RawRequest) -> Vec<(String, Vec<u8>)> {
    let content_type = request.header_values("content-type")[0];
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("a boundary parameter");
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut out = Vec::new();
    let text = body.clone();
    let mut rest: &[u8] = &text;
    // Split on the delimiter; the first piece is the (empty) preamble, the last `--\r\n`.
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    rest = &rest[find(rest, delimiter.as_bytes()).expect("first delimiter") + delimiter.len()..];
    while !rest.starts_with(b"--") {
        let end = find(rest, delimiter.as_bytes()).expect("next delimiter");
        let part = &rest[2..end - 2]; // after CRLF, before CRLF--
        let head_end = find(part, b"\r\n\r\n").expect("part head");
        out.push((
            String::from_utf8_lossy(&part[..head_end]).to_ascii_lowercase(),
            part[head_end + 4..].to_vec(),
        ));
        rest = &rest[end + delimiter.len()..];
    }
    out
}

#[tokio::test]
async fn multipart_parts_files_cookies_and_headers_are_exact() {
    let server = RawServer::start(reply(
        201,
        "application/json",
        br#"{"location":"/files/7"}"#,
    ))
    .await;
    let client = Client::new(server.base_url()).unwrap();
    let image = File::from_bytes(vec![0x89, b'P', b'N', b'G', 0, 255]).file_name("cat.png");
    let outcome = client
        .default()
        .upload_file(image)
        .attachments(vec![
            File::from_bytes(b"one".to_vec())
                .file_name("a.txt")
                .content_type("text/plain"),
            File::from_bytes(b"two".to_vec()),
        ])
        .description("a cat; \"quoted\"")
        .meta(models::UploadFileRequestMeta {
            owner: Some("ana".into()),
        })
        .session("s 1;x")
        .x_tags(vec!["a".into(), "b c".into()])
        .await
        .unwrap();
    assert_eq!(
        outcome,
        UploadFileOutcome::Created(models::Created {
            location: Some("/files/7".into())
        })
    );
    let request = server.single_request();
    assert_eq!(
        (request.method.as_str(), request.target.as_str()),
        ("POST", "/files")
    );
    assert_eq!(request.header_values("cookie"), ["session=s%201%3Bx"]);
    assert_eq!(request.header_values("x-tags"), ["a,b c"]);
    assert!(request.header_values("content-type")[0].starts_with("multipart/form-data; boundary="));
    let parts = parts(&request);
    let shown: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(h, b)| (h.as_str(), b.as_slice()))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "content-disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\ncontent-type: image/png",
                &[0x89, b'P', b'N', b'G', 0, 255][..]
            ),
            (
                "content-disposition: form-data; name=\"attachments\"; filename=\"a.txt\"\r\ncontent-type: text/plain",
                b"one"
            ),
            (
                "content-disposition: form-data; name=\"attachments\"; filename=\"attachments\"\r\ncontent-type: application/octet-stream",
                b"two"
            ),
            (
                "content-disposition: form-data; name=\"description\"",
                "a cat; \"quoted\"".as_bytes()
            ),
            (
                "content-disposition: form-data; name=\"meta\"\r\ncontent-type: application/json",
                br#"{"owner":"ana"}"#
            ),
        ]
    );
}

#[tokio::test]
async fn success_responses_that_differ_decode_by_status() {
    for (reply, expected) in [
        (
            reply(200, "application/json", br#"{"id":"f1"}"#),
            UploadFileOutcome::Ok(models::FileInfo {
                id: Some("f1".into()),
            }),
        ),
        (RawReply::empty(204), UploadFileOutcome::NoContent),
        (
            reply(206, "text/plain", b"partial"),
            UploadFileOutcome::Other(b"partial".to_vec()),
        ),
    ] {
        let server = RawServer::start(reply).await;
        let client = Client::new(server.base_url()).unwrap();
        let got = client
            .default()
            .upload_file(File::from_bytes(vec![1]))
            .await
            .unwrap();
        assert_eq!(got, expected);
    }
}

#[tokio::test]
async fn a_form_body_and_deep_object_and_pipe_queries_are_exact() {
    let server = RawServer::start(reply(200, "application/json", br#"{"id":"ch_1"}"#)).await;
    let client = Client::new(server.base_url()).unwrap();
    let charge = client
        .default()
        .create_charge(100)
        .metadata([("order".to_string(), "4 2".to_string())].into())
        .items(vec![models::CreateChargeRequestItemsItem {
            price: Some("p_1".into()),
            quantity: Some(2),
        }])
        .filter([("color".to_string(), "red&blue".to_string())].into())
        .ids(vec![1, 2, 3])
        .expand(vec!["customer".into(), "invoice".into()])
        .await
        .unwrap();
    assert_eq!(charge.id.as_deref(), Some("ch_1"));
    let request = server.single_request();
    assert_eq!(
        request.target,
        "/charges?filter%5Bcolor%5D=red%26blue&ids=1%7C2%7C3"
    );
    assert_eq!(
        request.header_values("content-type"),
        ["application/x-www-form-urlencoded"]
    );
    assert_eq!(
        String::from_utf8(request.body).unwrap(),
        "amount=100&metadata%5Border%5D=4+2\
         &items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Bquantity%5D=2\
         &expand%5B0%5D=customer&expand%5B1%5D=invoice"
    );
}

#[tokio::test]
async fn bytes_go_with_their_content_type_and_text_comes_back_as_text() {
    let server = RawServer::start(reply(
        200,
        "text/plain; charset=utf-8",
        "stored é".as_bytes(),
    ))
    .await;
    let client = Client::new(server.base_url()).unwrap();
    let pem = b"-----BEGIN CERTIFICATE-----\n\x00\xff".to_vec();
    let text = client.default().put_raw().body(pem.clone()).await.unwrap();
    assert_eq!(text, "stored é");
    let text = client
        .default()
        .put_raw()
        .body(pem.clone())
        .content_type("application/x-pem-file")
        .await
        .unwrap();
    assert_eq!(text, "stored é");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].body, pem);
    assert_eq!(
        requests[0].header_values("content-type"),
        ["application/octet-stream"]
    );
    assert_eq!(
        requests[1].header_values("content-type"),
        ["application/x-pem-file"]
    );
    // A media type the spec does not list for the body is refused before sending.
    let error = client
        .default()
        .put_raw()
        .body(pem)
        .content_type("text/html")
        .await
        .unwrap_err();
    assert!(matches!(error, forms::Error::Request(_)), "{error}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn downloads_come_back_as_bytes_whole_or_streamed() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(100_000).collect();
    let server = RawServer::start(reply(200, "image/png", &bytes)).await;
    let client = Client::new(server.base_url()).unwrap();
    let got = client
        .default()
        .download_file("a b", models::DownloadFileFormat::Png)
        .await
        .unwrap();
    assert_eq!(got, bytes);
    let mut download = client
        .default()
        .download_file("a b", models::DownloadFileFormat::Png)
        .send_streaming()
        .await
        .unwrap();
    let mut streamed = Vec::new();
    while let Some(chunk) = download.chunk().await.unwrap() {
        streamed.extend(chunk);
    }
    assert_eq!(streamed, bytes);
    let request = &server.requests()[0];
    // `{fileId}.{format}`: each parameter encoded on its own inside one segment.
    assert_eq!(request.target, "/files/a%20b.png");
    assert_eq!(request.header_values("accept"), ["image/png"]);
}

#[tokio::test]
async fn matrix_path_parameters_explode() {
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = Client::new(server.base_url()).unwrap();
    client.default().get_point(vec![1.5, -2.0]).await.unwrap();
    // `/points/{coords}` with `style: matrix, explode: true`.
    assert_eq!(
        server.single_request().target,
        "/points/;coords=1.5;coords=-2.0"
    );
}

/// The shared `parameters-style.json`, operation by operation: the OpenAPI 3.0 style table
/// through a generated client, with `blue`, `[blue, black, brown]` and
/// `{name: R, description: 100}` (object members go in key order).
#[tokio::test]
async fn the_style_table_through_a_generated_client() {
    use styles::models;
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = styles::Client::new(server.base_url()).unwrap();
    let array = || vec!["blue".to_string(), "black".into(), "brown".into()];
    macro_rules! object {
        ($ty:ident) => {
            models::$ty {
                name: Some("R".into()),
                description: Some("100".into()),
            }
        };
    }
    let path = client.path();
    path.paths_standard("blue", array(), object!(PathsStandardObject))
        .await
        .unwrap();
    path.paths_simple_non_exploded("blue", array(), object!(PathsSimpleNonExplodedObject))
        .await
        .unwrap();
    path.paths_simple_exploded("blue", array(), object!(PathsSimpleExplodedObject))
        .await
        .unwrap();
    path.paths_label_non_exploded("blue", array(), object!(PathsLabelNonExplodedObject))
        .await
        .unwrap();
    path.paths_label_exploded("blue", array(), object!(PathsLabelExplodedObject))
        .await
        .unwrap();
    path.paths_matrix_non_exploded("blue", array(), object!(PathsMatrixNonExplodedObject))
        .await
        .unwrap();
    path.paths_matrix_exploded("blue", array(), object!(PathsMatrixExplodedObject))
        .await
        .unwrap();
    let query = client.query();
    query
        .standard()
        .primitive("blue")
        .array(array())
        .object(object!(QueryStandardObject))
        .await
        .unwrap();
    query
        .form_non_exploded()
        .primitive("blue")
        .array(array())
        .object(object!(QueryFormNonExplodedObject))
        .await
        .unwrap();
    query
        .form_exploded()
        .primitive("blue")
        .array(array())
        .object(object!(QueryFormExplodedObject))
        .await
        .unwrap();
    query
        .space_delimited_non_exploded()
        .array(array())
        .await
        .unwrap();
    query
        .pipe_delimited_non_exploded()
        .array(array())
        .await
        .unwrap();
    query
        .deep_object_non_exploded()
        .object(object!(QueryDeepObjectNonExplodedObject))
        .await
        .unwrap();
    let targets: Vec<String> = server.requests().iter().map(|r| r.target.clone()).collect();
    assert_eq!(
        targets,
        [
            "/anything/path/blue/blue,black,brown/description,100,name,R",
            "/anything/path/simple/blue/blue,black,brown/description,100,name,R",
            "/anything/path/simple/blue/blue,black,brown/description=100,name=R",
            "/anything/path/label/.blue/.blue,black,brown/.description,100,name,R",
            "/anything/path/label/.blue/.blue.black.brown/.description=100.name=R",
            "/anything/path/matrix/;primitive=blue/;array=blue,black,brown/;object=description,100,name,R",
            "/anything/path/matrix/;primitive=blue/;array=blue;array=black;array=brown/;description=100;name=R",
            "/anything/query?primitive=blue&array=blue&array=black&array=brown&description=100&name=R",
            "/anything/query/form?primitive=blue&array=blue,black,brown&object=description,100,name,R",
            "/anything/query/form?primitive=blue&array=blue&array=black&array=brown&description=100&name=R",
            "/anything/query/spaceDelimited?array=blue%20black%20brown",
            "/anything/query/pipeDelimited?array=blue%7Cblack%7Cbrown",
            "/anything/query/deepObject?object%5Bdescription%5D=100&object%5Bname%5D=R",
        ]
    );
}

/// Headers (`simple`) and cookies (`form`) of the same table.
#[tokio::test]
async fn headers_and_cookies_follow_their_styles() {
    use styles::models;
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = styles::Client::new(server.base_url()).unwrap();
    let array = || vec!["blue".to_string(), "black".into(), "brown".into()];
    macro_rules! object {
        ($ty:ident) => {
            models::$ty {
                name: Some("R".into()),
                description: Some("100".into()),
            }
        };
    }
    let header = client.header();
    header
        .headers_standard()
        .primitive("blue")
        .array(array())
        .object(object!(HeadersStandardObject))
        .await
        .unwrap();
    header
        .headers_simple_exploded()
        .primitive("blue")
        .array(array())
        .object(object!(HeadersSimpleExplodedObject))
        .await
        .unwrap();
    let cookie = client.cookie();
    cookie
        .cookies_standard()
        .primitive("blue")
        .array(array())
        .object(object!(CookiesStandardObject))
        .await
        .unwrap();
    cookie
        .cookies_form_non_exploded()
        .primitive("blue")
        .array(array())
        .object(object!(CookiesFormNonExplodedObject))
        .await
        .unwrap();
    let requests = server.requests();
    let headers = |i: usize| -> Vec<String> {
        ["primitive", "array", "object"]
            .iter()
            .map(|name| requests[i].header_values(name).join(" | "))
            .collect()
    };
    assert_eq!(
        headers(0),
        ["blue", "blue,black,brown", "description,100,name,R"]
    );
    assert_eq!(
        headers(1),
        ["blue", "blue,black,brown", "description=100,name=R"]
    );
    // The `#formNonExploded` of the spec's path key is a fragment: never sent.
    assert_eq!(requests[2].target, "/cookies");
    assert_eq!(
        requests[2].header_values("cookie"),
        ["primitive=blue; array=blue; array=black; array=brown; description=100; name=R"]
    );
    assert_eq!(requests[3].target, "/cookies");
    assert_eq!(
        requests[3].header_values("cookie"),
        ["primitive=blue; array=blue,black,brown; object=description,100,name,R"]
    );
}

// A body the spec lists under several media types of one kind goes under the first, or the
// one the caller names with `.content_type(..)`; a media type the spec does not list is
// refused before anything is sent, with an error that lists those it does.
mod media_types {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/body_media_types.rs"));
}

#[tokio::test]
async fn a_body_goes_under_a_listed_media_type_and_no_other() {
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = media_types::Client::new(server.base_url()).unwrap();
    let api = client.default();
    api.publish_certificate(b"DER".to_vec()).await.unwrap();
    api.publish_certificate(b"PEM".to_vec())
        .content_type("application/x-pem-file")
        .await
        .unwrap();
    let error = api
        .publish_certificate(b"TXT".to_vec())
        .content_type("text/plain")
        .await
        .unwrap_err();
    assert!(matches!(error, media_types::Error::Request(_)), "{error:?}");
    assert!(
        error.to_string().contains(
            "\"text/plain\" is not a media type this request's body can be sent as \
             (application/x-x509-ca-cert, application/pkix-cert, application/x-pem-file)"
        ),
        "{error}"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the refused request was not sent");
    assert_eq!(
        requests[0].header_values("content-type"),
        ["application/x-x509-ca-cert"]
    );
    assert_eq!(requests[0].body, b"DER");
    assert_eq!(
        requests[1].header_values("content-type"),
        ["application/x-pem-file"]
    );
    assert_eq!(requests[1].body, b"PEM");
}

/// springdoc's `*/*`: an object schema under it is JSON, sent as `application/json` and
/// decoded into its model; a `format: binary` string under it stays bytes.
#[tokio::test]
async fn a_wildcard_media_type_with_an_object_schema_is_json() {
    let server = RawServer::start(RawReply::json(r#"{"name":"acme","seats":3}"#)).await;
    let client = media_types::Client::new(server.base_url()).unwrap();
    let account = media_types::models::Account {
        name: "acme".into(),
        seats: Some(3),
    };
    let saved = client
        .default()
        .save_account(account.clone())
        .await
        .unwrap();
    assert_eq!(saved, account);
    let request = server.single_request();
    assert_eq!(request.header_values("content-type"), ["application/json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&request.body).unwrap(),
        serde_json::json!({"name": "acme", "seats": 3})
    );
    // The same reply's bytes, whole, for the binary one.
    let report: Vec<u8> = client.default().get_report("r1").await.unwrap();
    assert_eq!(report, br#"{"name":"acme","seats":3}"#);
}
