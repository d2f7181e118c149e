//! Query parameters marked `allowReserved` (Azure's `$filter`) keep RFC 3986's reserved
//! characters as they are; `#`, `&`, `=` and `+`, which would change what the query says, and
//! everything outside the reserved set are still encoded (`'` too: the URL standard encodes it
//! in an http(s) query). Other parameters encode them all.
use client_tests::{RawReply, RawServer};

mod reserved_query {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/reserved_query.rs"));
}
use reserved_query::Client;

#[tokio::test]
async fn allow_reserved_values_keep_reserved_characters() {
    let server = RawServer::start(RawReply::empty(204)).await;
    let client = Client::new(server.base_url()).unwrap();
    client
        .default()
        .list_metrics("name eq 'a/b:c' & x=1#y")
        .path("/sites/web(1)/slots")
        .plain("/sites/web(1)")
        .await
        .unwrap();
    let sent = server.single_request();
    assert_eq!(
        sent.query(),
        Some(
            "%24filter=name%20eq%20%27a/b:c%27%20%26%20x%3D1%23y\
             &path=/sites/web(1)/slots&plain=%2Fsites%2Fweb%281%29"
        )
    );
}
