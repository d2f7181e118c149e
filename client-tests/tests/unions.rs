//! Issue 11: `oneOf`/`anyOf` as enums, on the shared `discriminators.json` (a client generated
//! in build.rs). A discriminated union decodes on its tag, re-encodes to the same JSON, keeps
//! an unknown tag as raw JSON, and tolerates unknown fields; a union body goes on the wire as
//! its variant's JSON.
use client_tests::{RawReply, RawServer};
use serde_json::{Value, json};

mod discriminators {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/discriminators.rs"));
}
use discriminators::models::{
    OneOfWithTopLevelDiscriminatorAndMappingRequest as Mapped,
    OneOfWithTopLevelDiscriminatorNoMappingRequest as Unmapped, OptionOneNoDisc,
};

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(json: Value) -> T {
    let decoded: T = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), json);
    decoded
}

#[test]
fn a_mapped_tag_picks_its_variant_and_round_trips() {
    let decoded: Mapped = round_trip(json!({"discrim": "Option One", "optionone": 1.5}));
    assert_eq!(
        decoded,
        Mapped::OptionOneNoDisc(OptionOneNoDisc {
            discrim: "Option One".into(),
            optionone: Some(1.5),
        })
    );
    let decoded: Mapped = round_trip(json!({"discrim": "Option Two", "optiontwo": "b"}));
    assert!(matches!(decoded, Mapped::OptionTwoNoDisc(_)), "{decoded:?}");
}

#[test]
fn without_a_mapping_the_component_name_is_the_tag() {
    let decoded: Unmapped = round_trip(json!({"discrim": "OptionOneNoDisc", "optionone": 2.0}));
    assert!(
        matches!(decoded, Unmapped::OptionOneNoDisc(_)),
        "{decoded:?}"
    );
}

#[test]
fn an_unknown_tag_is_kept_as_it_came() {
    let payload = json!({"discrim": "Option Nine", "future": [1, 2]});
    let decoded: Mapped = round_trip(payload.clone());
    assert_eq!(decoded, Mapped::Other(payload));
}

#[test]
fn an_unknown_field_does_not_break_decoding() {
    let decoded: Mapped = serde_json::from_value(
        json!({"discrim": "Option One", "optionone": 1.0, "addedLater": true}),
    )
    .unwrap();
    assert!(matches!(decoded, Mapped::OptionOneNoDisc(_)));
}

#[test]
fn a_known_tag_with_a_body_that_does_not_fit_is_a_decode_error_naming_why() {
    let error =
        serde_json::from_value::<Mapped>(json!({"discrim": "Option One", "optionone": "x"}))
            .unwrap_err()
            .to_string();
    assert!(error.contains("invalid type"), "{error}");
}

#[tokio::test]
async fn a_union_body_is_sent_as_its_variant() {
    let server = RawServer::start(RawReply::json("{}")).await;
    let client = discriminators::Client::new(server.base_url()).unwrap();
    let body = Mapped::OptionOneNoDisc(OptionOneNoDisc {
        discrim: "Option One".into(),
        optionone: Some(3.0),
    });
    client
        .default()
        .one_of_with_top_level_discriminator_and_mapping()
        .one_of_with_top_level_discriminator_and_mapping_request(body)
        .await
        .unwrap();
    let sent: Value = serde_json::from_slice(&server.single_request().body).unwrap();
    assert_eq!(sent, json!({"discrim": "Option One", "optionone": 3.0}));
}

/// A discriminator on a base schema that subtypes extend (`Pet`, with `Cat` and `Dog` as
/// `allOf: [$ref Pet, {...}]`, the form Okta's management API uses): `Pet` is the enum of its
/// subtypes, each a struct with the base's properties merged in.
#[test]
fn a_base_schema_with_a_discriminator_is_the_enum_of_its_subtypes() {
    use discriminators::models::{Cat, Dog, DogBreed, Pet};
    let cat: Pet = round_trip(json!({"pet_type": "Cat", "hunts": true, "age": 3}));
    assert_eq!(
        cat,
        Pet::Cat(Cat {
            pet_type: "Cat".into(),
            hunts: Some(true),
            age: Some(3),
        })
    );
    let dog: Pet = round_trip(json!({"pet_type": "Dog", "bark": false, "breed": "Husky"}));
    assert!(
        matches!(
            &dog,
            Pet::Dog(Dog {
                breed: Some(DogBreed::Husky),
                ..
            })
        ),
        "{dog:?}"
    );
    // A subtype the server adds later decodes, kept as sent.
    let lizard: Pet = round_trip(json!({"pet_type": "Lizard", "scales": 1000}));
    assert!(matches!(lizard, Pet::Other(_)), "{lizard:?}");
}

mod implicit_tag {
    #![allow(dead_code, unused_imports)]
    include!(concat!(env!("OUT_DIR"), "/implicit_tag.rs"));
}

/// No discriminator, but each member requires `type` as a one-value enum: decoding reads it.
/// By shape alone a branch (`name`, and an optional `protected`) also decodes as a version.
#[test]
fn a_one_value_type_enum_in_every_member_picks_the_variant() {
    use implicit_tag::models::Ref;
    let branch: Ref = round_trip(json!({"type": "branch", "name": "main", "protected": true}));
    assert!(
        matches!(&branch, Ref::Branch(b) if b.protected == Some(true)),
        "{branch:?}"
    );
    let version: Ref = round_trip(json!({"type": "version", "name": "v1"}));
    assert!(matches!(version, Ref::Version(_)), "{version:?}");
    // A tag this client does not know is kept, not forced into a known variant.
    let tag: Ref = round_trip(json!({"type": "tag", "name": "v1.0.0"}));
    assert!(matches!(tag, Ref::Other(_)), "{tag:?}");
}

/// Vercel's `link`: each member's one-value `type` is optional, and nothing else tells them
/// apart, so decoding reads `type` all the same: a GitHub link keeps its `org` and `repo`
/// (by shape it would decode as the first member and lose them), and a link without `type`
/// is kept whole.
#[test]
fn an_optional_one_value_type_picks_the_variant_where_shapes_cannot() {
    use implicit_tag::models::Link;
    let github: Link =
        round_trip(json!({"type": "github", "deployHooks": [], "org": "o", "repo": "r"}));
    assert!(
        matches!(&github, Link::Github(g) if g.org.as_deref() == Some("o") && g.repo.as_deref() == Some("r")),
        "{github:?}"
    );
    let gitlab: Link =
        round_trip(json!({"type": "gitlab", "deployHooks": ["h"], "projectId": "p"}));
    assert!(matches!(gitlab, Link::Gitlab(_)), "{gitlab:?}");
    let untyped: Link = round_trip(json!({"deployHooks": [], "org": "o"}));
    assert!(matches!(untyped, Link::Other(_)), "{untyped:?}");
}

/// A string enum in a union without a tag takes only its listed values: Microsoft Graph's
/// numbers are a number or `INF`/`-INF`/`NaN`, and any other string is a `String`, not an
/// enum's unknown value; Stripe's "a string, or empty" keeps `""` apart.
#[test]
fn a_string_enum_variant_takes_only_its_values() {
    use implicit_tag::models::{TaxCode, Zoom};
    let inf: Zoom = round_trip(json!("INF"));
    assert!(
        matches!(&inf, Zoom::ReferenceNumeric(r) if r.as_str() == "INF"),
        "{inf:?}"
    );
    let text: Zoom = round_trip(json!("1.5x"));
    assert_eq!(text, Zoom::String("1.5x".into()));
    let number: Zoom = round_trip(json!(1.5));
    assert_eq!(number, Zoom::Number(1.5));
    let other: Zoom = round_trip(json!({"x": 1}));
    assert!(matches!(other, Zoom::Other(_)), "{other:?}");
    let empty: TaxCode = round_trip(json!(""));
    assert!(matches!(empty, TaxCode::Empty(_)), "{empty:?}");
    let code: TaxCode = round_trip(json!("txcd_10000000"));
    assert_eq!(code, TaxCode::String("txcd_10000000".into()));
}

/// A plain value becomes a union with `.into()`: the variant that holds its type.
#[test]
fn a_plain_value_converts_into_its_union() {
    use implicit_tag::models::Zoom;
    let text: Zoom = "1.5x".into();
    assert_eq!(text, Zoom::String("1.5x".into()));
    let owned: Zoom = String::from("2x").into();
    assert_eq!(owned, Zoom::String("2x".into()));
    let number: Zoom = 1.5.into();
    assert_eq!(number, Zoom::Number(1.5));
    assert_eq!(serde_json::to_value(Zoom::from(2.0)).unwrap(), json!(2.0));
}
