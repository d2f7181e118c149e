//! Decisions the intermediate model makes about types that the emitted code depends on.

use oapigen::ir::{Api, BodyFormat, ModelKind, Operation, ParamStyle, StructModel, TypeRef};
use std::path::Path;

fn ir(fixture: &str) -> Api {
    oapigen::build_ir(
        &Path::new("tests/fixtures").join(fixture),
        &oapigen::Options::default(),
    )
    .unwrap()
}

/// The operation `id` of `api`, whatever its tag.
fn operation<'a>(api: &'a Api, id: &str) -> &'a Operation {
    api.tags
        .iter()
        .flat_map(|t| &t.operations)
        .find(|op| op.operation_id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn structure<'a>(api: &'a Api, name: &str) -> &'a StructModel {
    match &api.models[name].kind {
        ModelKind::Struct(s) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

/// Every warning of `api`: (pointer, message).
fn warnings(api: &Api) -> Vec<(&str, &str)> {
    api.warnings
        .iter()
        .map(|w| (w.pointer.as_str(), w.message.as_str()))
        .collect()
}

fn boxed(api: &Api, model: &str) -> Vec<String> {
    structure(api, model)
        .fields
        .iter()
        .filter(|f| f.boxed)
        .map(|f| f.api_name.clone())
        .collect()
}

/// `Box` goes exactly where a cycle of structs held by value needs one: a struct holding
/// itself, and structs holding each other. A `Vec` or a map is already on the heap.
#[test]
fn box_only_where_a_cycle_needs_it() {
    let api = ir("recursive.yaml");
    assert_eq!(
        boxed(&api, "Node"),
        ["parent"],
        "children (Vec) and byName (map) need no box"
    );
    assert_eq!(boxed(&api, "Person"), ["manager", "team"]);
    assert_eq!(boxed(&api, "Team"), ["lead"]);
}

/// An array component whose items hold it (Just Eat's `order-item`) is a named alias, which
/// the items' struct holds it by: the cycle goes through a struct and a `Vec`, as Rust allows.
#[test]
fn an_array_that_holds_itself_through_its_items_is_a_named_alias() {
    let api = ir("recursive.yaml");
    let alias = &api.models["OrderItems"];
    let ModelKind::Alias(TypeRef::Array(item)) = &alias.kind else {
        panic!("{alias:?}");
    };
    let item = item.model().unwrap();
    let field = structure(&api, item)
        .fields
        .iter()
        .find(|f| f.api_name == "items")
        .unwrap();
    assert_eq!(field.ty, TypeRef::Model("OrderItems".into()));
}

/// `allOf: [{$ref: a string}, {maxLength: 12}]` (DigitalOcean's `filesystem_label`): the
/// validation keywords say nothing of the type, which stays the string.
#[test]
fn an_all_of_member_of_validation_keywords_only_leaves_the_type_as_is() {
    let api = ir("recursive.yaml");
    let text = &structure(&api, "Label").fields[0];
    assert_eq!(text.ty, TypeRef::String, "{text:?}");
}

/// A struct derives `Default` unless a field it must always hold has no default: enums have
/// none, and neither does a struct holding a required enum.
#[test]
fn default_is_derived_only_when_every_required_field_has_one() {
    let api = ir("recursive.yaml");
    assert!(
        structure(&api, "Node").derives_default,
        "optional fields are None by default"
    );
    assert!(
        !structure(&api, "Person").derives_default,
        "`status` is a required enum"
    );
    assert!(
        structure(&api, "Team").derives_default,
        "`lead` is optional"
    );
}

/// Generated models use `Option`, `String`, `Result`, ... unqualified, and keep unknown
/// properties in `additional_properties`: a spec's names never take those.
#[test]
fn names_the_generated_code_uses_are_never_taken() {
    let api = ir("reserved_names.yaml");
    let names: Vec<&str> = api.models.keys().map(String::as_str).collect();
    assert_eq!(names, ["Option2", "Result2", "String2"]);
    let result = structure(&api, "Result2");
    let fields: Vec<&str> = result.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["additional_properties2", "value"]);
    assert_eq!(
        result.fields[0].api_name, "additional_properties",
        "the wire name stays"
    );
    assert!(result.additional.is_some());
}

/// A builder shares its module with the API struct and the module's imports (`Request`,
/// `Error`, `Client`, ...); the API struct has a constructor `new`; the client has `builder()`.
/// Operation and tag names from a spec never take those; the client's sending code takes no
/// name from them (a tag `Call` is `client.call()`).
#[test]
fn operation_and_tag_names_never_take_the_generated_code_s() {
    let api = ir("reserved_operations.yaml");
    let modules: Vec<&str> = api.tags.iter().map(|t| t.module.as_str()).collect();
    assert_eq!(modules, ["builder2", "call", "url", "send"]);
    let tag = &api.tags[0];
    assert_eq!(tag.struct_name, "BuilderApi");
    assert_eq!(
        tag.module, "builder2",
        "Client::builder is the client's own"
    );
    let names: Vec<(&str, &str)> = tag
        .operations
        .iter()
        .map(|o| (o.method_name.as_str(), o.builder_name.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("builder_api", "BuilderApi2"),
            ("error", "Error2"),
            ("new2", "New2"),
            ("request", "Request2")
        ]
    );
}

/// Tags that case to one name keep a struct and docs page each, but one name in two letter
/// cases is one tag; a keyword tag is a raw identifier in code and a plain file name on disk.
#[test]
fn every_tag_has_its_own_struct_page_and_module_file() {
    let path = Path::new("tests/fixtures/tag_names.yaml");
    let generated = oapigen::generate_files(path, &oapigen::Options::default()).unwrap();
    let structs: Vec<&str> = generated
        .api
        .tags
        .iter()
        .map(|t| t.struct_name.as_str())
        .collect();
    assert_eq!(
        structs,
        ["UserCredApi", "UserCredApi2", "TypeApi", "ApisApi"]
    );
    for page in [
        "docs/UserCredApi.md",
        "docs/UserCredApi2.md",
        "docs/TypeApi.md",
        "src/apis/type.rs",
    ] {
        assert!(
            generated.files.contains_key(page),
            "{page}: {:?}",
            generated.files.keys()
        );
    }
    assert!(generated.files["src/apis/mod.rs"].contains("pub mod r#type;"));
    // AWS API Gateway's `Apis` is the module `apis::apis`, which clippy allows only when told.
    assert!(
        generated.files["src/apis/mod.rs"]
            .contains("#[allow(clippy::module_inception)]\npub mod apis;"),
        "{}",
        generated.files["src/apis/mod.rs"]
    );
    // `user cred` is `User Cred` in another case: the same tag, said once.
    let user_cred: Vec<&str> = generated.api.tags[0]
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(user_cred, ["get_a", "get_d"]);
    assert_eq!(
        generated.warnings[0],
        "tests/fixtures/tag_names.yaml:30 (#/paths/~1d/get/tags): tag `user cred` is `User Cred` \
         but for letter case; the operation is grouped under `User Cred`"
    );
}

/// Issue 11: a `oneOf` with a discriminator and an untagged `anyOf` are decided in the IR:
/// variants named after their `$ref`s or types, the tag and its values, the order decoding
/// tries (objects before integers before strings), and the catch-all.
#[test]
fn unions_are_data_in_the_ir() {
    let api = oapigen::build_ir(
        std::path::Path::new("tests/fixtures/unions.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let unions: std::collections::BTreeMap<&str, &oapigen::ir::UnionModel> = api
        .models
        .iter()
        .filter_map(|(name, m)| match &m.kind {
            oapigen::ir::ModelKind::Union(u) => Some((name.as_str(), u)),
            _ => None,
        })
        .collect();
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_yaml_snapshot!("unions__ir", unions);
    });
}

/// An untagged union tries its most specific struct first: serde takes the first variant that
/// decodes, and a struct ignores fields it does not know, so `Ref {id}` first would take every
/// contact and drop its name and email.
#[test]
fn untagged_unions_try_the_most_specific_struct_first() {
    let api = ir("union_order.yaml");
    let ModelKind::Union(union) = &api.models["ContactOrRef"].kind else {
        panic!("ContactOrRef is not a union");
    };
    let order: Vec<&str> = union.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(order, ["Contact", "Ref", "String"]);
}

/// A union without a discriminator whose members each require a one-value string enum
/// property, a different value each, is tagged by that property: by shape a branch would
/// decode as a version. Untitled members are named after their value. Values that repeat, or
/// a member that may leave the property out, keep the union untagged, unless shapes cannot
/// tell its members apart (Vercel's `link`): then an optional one is the tag.
#[test]
fn a_required_one_value_enum_in_every_member_is_the_tag() {
    let api = ir("implicit_tag.yaml");
    let union = |name: &str| match &api.models[name].kind {
        ModelKind::Union(u) => u.clone(),
        other => panic!("{name} is not a union: {other:?}"),
    };
    let tagged = union("Ref");
    assert_eq!(tagged.tag.as_deref(), Some("type"));
    let variants: Vec<(&str, &[String])> = tagged
        .variants
        .iter()
        .map(|v| (v.name.as_str(), v.tags.as_slice()))
        .collect();
    assert_eq!(
        variants,
        [
            ("Version", &["version".to_string()][..]),
            ("Branch", &["branch".to_string()][..])
        ]
    );
    assert_eq!(union("SameTag").tag, None);
    assert_eq!(union("OptionalTag").tag, None);
    let link = union("Link");
    assert_eq!(link.tag.as_deref(), Some("type"));
    let names: Vec<&str> = link.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Github", "Gitlab"]);
    let member: Vec<String> = union("Member")
        .variants
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(member, ["Person", "Bot"]);
    assert!(
        !api.warnings.iter().any(
            |w| (w.pointer.contains("Ref") || w.pointer.contains("Link"))
                && w.message.contains("told apart")
        ),
        "{:#?}",
        api.warnings
    );
}

/// An operation's own server (on the operation, else its path item; variables at their
/// defaults) is kept in the IR unless it repeats the API's; every other operation has none.
#[test]
fn operations_keep_a_server_of_their_own() {
    let api = ir("operation_servers.yaml");
    let servers: Vec<(&str, Option<&str>)> = api
        .tags
        .iter()
        .flat_map(|t| &t.operations)
        .map(|op| (op.operation_id.as_str(), op.server.as_deref()))
        .collect();
    assert_eq!(
        servers,
        [
            ("downloadFile", None),
            ("getAgain", None),
            ("getFile", None),
            ("getStatus", Some("/health")),
            ("uploadFile", Some("https://upload.example.com/api/2.0")),
        ]
    );
}

/// An operation that documents no success body but a redirect (Box's download: `202` not
/// ready, `302` to the file on another host) returns what the redirect leads to, as bytes.
#[test]
fn a_redirect_answer_is_the_bytes_it_leads_to() {
    let api = ir("operation_servers.yaml");
    let op = |id: &str| operation(&api, id);
    let download = op("downloadFile");
    assert_eq!(download.success_type, Some(TypeRef::Bytes));
    assert_eq!(download.success_format, BodyFormat::Bytes);
    // Without a redirect, no body is no body.
    assert_eq!(op("getStatus").success_type, None);
}

/// A parameter given by `content: application/json` is typed by its schema, in a path, query,
/// header or cookie: a scalar keeps its location's style, an object or array is sent as JSON
/// text. Content with no JSON schema (`text/plain`) stays a string, with a located warning.
#[test]
fn json_content_parameters_are_typed_by_their_schema() {
    let api = ir("content_params.yaml");
    let op = operation(&api, "searchList");
    let params: Vec<(&str, &TypeRef, ParamStyle)> = op
        .params
        .iter()
        .map(|p| (p.api_name.as_str(), &p.ty, p.style))
        .collect();
    assert_eq!(
        params,
        [
            ("name", &TypeRef::String, ParamStyle::Simple),
            (
                "filter",
                &TypeRef::Model("SearchListFilter".into()),
                ParamStyle::Json
            ),
            (
                "ids",
                &TypeRef::Array(Box::new(TypeRef::Integer(oapigen::ir::IntWidth::I64))),
                ParamStyle::Json
            ),
            (
                "X-Meta",
                &TypeRef::Map(Box::new(TypeRef::Any)),
                ParamStyle::Json
            ),
            (
                "prefs",
                &TypeRef::Model("SearchListPrefs".into()),
                ParamStyle::Json
            ),
            ("X-Plain", &TypeRef::String, ParamStyle::Simple),
        ]
    );
    let warned: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(warned, ["#/paths/~1lists~1{name}/get/parameters/5"]);
}

/// `enum: [""]` (Stripe's "unset") is the variant `Empty`, and an untitled one-value enum
/// member of a union is named after its value.
#[test]
fn an_empty_string_value_is_empty() {
    let api = ir("empty_enum.yaml");
    let ModelKind::Union(union) = &api.models["UpdateCustomerRequestMetadata"].kind else {
        panic!("not a union");
    };
    let names: Vec<&str> = union.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Empty", "Map"]);
    let TypeRef::Model(enum_name) = &union.variants[0].ty else {
        panic!("{:?}", union.variants[0].ty);
    };
    let ModelKind::Enum(e) = &api.models[enum_name].kind else {
        panic!("{enum_name} is not an enum");
    };
    assert_eq!(e.variants[0].name, "Empty");
    assert_eq!(e.variants[0].value, "");
}

/// A form body that can hold nothing (Stripe's reads declare `{type: object, properties: {},
/// additionalProperties: false}`) is no body, and no warning: nothing is lost.
#[test]
fn a_form_that_holds_nothing_is_no_body() {
    let generated = oapigen::generate_files(
        Path::new("tests/fixtures/request_forms.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    assert!(
        !generated
            .warnings
            .iter()
            .any(|w| w.to_string().contains("/charges/get")),
        "{:?}",
        generated.warnings
    );
    let api = ir("request_forms.yaml");
    let list = operation(&api, "listCharges");
    assert!(list.body.is_none() && list.params.is_empty(), "{list:?}");
}

/// A spec with no tags and more than 40 operations (Stripe's) has them grouped by the first
/// path segment that is neither a version nor a parameter: each group an API struct and a
/// cargo feature, so a user of one compiles only it. A group the spec declares a tag for
/// (by name, whatever its case and spacing) is that tag, with its description, and no warning
/// about letter case. A small untagged spec keeps `default`.
#[test]
fn many_untagged_operations_are_grouped_by_path() {
    let api = ir("untagged_many.yaml");
    let tags: Vec<(&str, &str, &str, usize)> = api
        .tags
        .iter()
        .map(|t| {
            (
                t.api_name.as_str(),
                t.struct_name.as_str(),
                t.feature.as_str(),
                t.operations.len(),
            )
        })
        .collect();
    assert_eq!(
        tags,
        [
            ("Customers", "CustomersApi", "customers", 20),
            (
                "Balance Transactions",
                "BalanceTransactionsApi",
                "balance-transactions",
                1
            ),
            ("charges", "ChargesApi", "charges", 20),
            ("ping", "PingApi", "ping", 1)
        ]
    );
    let customers = api.tags.iter().find(|t| t.api_name == "Customers").unwrap();
    assert_eq!(
        customers.description.as_deref(),
        Some("The people who pay.")
    );
    assert_eq!(api.warnings, []);
    let small = ir("request_forms.yaml");
    let names: Vec<&str> = small.tags.iter().map(|t| t.struct_name.as_str()).collect();
    assert_eq!(names, ["DefaultApi"]);
}

/// `allOf` members that define a property with different types: the last wins, with a
/// warning located at it; a member that only refines a property is no conflict.
#[test]
fn conflicting_all_of_members_warn_where() {
    let generated = oapigen::generate_files(
        Path::new("tests/fixtures/union_order.yaml"),
        &oapigen::Options::default(),
    )
    .unwrap();
    let conflicts: Vec<String> = generated
        .warnings
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.contains("different types"))
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(
        conflicts[0].contains("#/components/schemas/Conflicting/allOf/1/properties/count")
            && conflicts[0].contains("`count`"),
        "{conflicts:?}"
    );
}

/// Issue 12, pay for what you use: each tag is a cargo feature, and a model is compiled with
/// the features of the tags whose operations reach it, through other models too. Error
/// models (and what they hold) are always compiled; the models no operation reaches have a
/// feature of their own, `other-models`.
#[test]
fn models_are_gated_by_the_tags_that_reach_them() {
    let api = ir("tag_features.yaml");
    let features: Vec<(&str, &str)> = api
        .tags
        .iter()
        .map(|t| (t.module.as_str(), t.feature.as_str()))
        .collect();
    assert_eq!(
        features,
        [
            ("pets", "pets"),
            ("store", "store"),
            ("_1_click_apps", "1-click-apps"),
            ("lookup", "lookup"),
            ("default", "default-tag")
        ]
    );
    let of = |name: &str| api.models[name].features.clone();
    // Order (store) holds a Pet: Pet and its Owner are in both tags.
    assert_eq!(of("Pet"), ["pets", "store"]);
    assert_eq!(of("Owner"), ["other-models", "pets", "store"]);
    assert_eq!(of("Order"), ["store"]);
    assert_eq!(of("Webhook"), ["other-models"]);
    // Problem is an error model: every client's `ErrorBody` holds it.
    assert!(of("Problem").is_empty());
    assert!(of("ProblemDetail").is_empty());
    assert_eq!(api.other_models_feature.as_deref(), Some("other-models"));
}

/// Issue 11: two untagged variants that no value tells apart (a later one whose every value
/// also decodes as an earlier one) are a located warning, naming both; distinct ones are not.
#[test]
fn variants_that_cannot_be_told_apart_are_a_warning() {
    let api = ir("sent_only_union.yaml");
    let said: Vec<&str> = api
        .warnings
        .iter()
        .filter(|w| w.pointer == "#/components/schemas/Received")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        said,
        [
            "`B` cannot be told apart from `A` by shape: a value of `B` also decodes as `A`, \
          which is tried first"
        ]
    );
    // The fixture's variants differ in their required properties: no warning.
    let ordered = ir("union_order.yaml");
    assert!(
        !ordered
            .warnings
            .iter()
            .any(|w| w.message.contains("cannot be told apart")),
        "{:#?}",
        ordered.warnings
    );
}

/// A union the client only sends (a request body's) is never decoded by it: shapes that
/// cannot be told apart are no warning there; one a response returns, or both, is. In a build
/// of some operations, only what those decode.
#[test]
fn a_union_only_sent_is_no_decoding_warning() {
    // Where the warning that members cannot be told apart is given.
    fn warned(api: &Api) -> Vec<&str> {
        api.warnings
            .iter()
            .filter(|w| w.message.contains("cannot be told apart"))
            .map(|w| w.pointer.as_str())
            .collect()
    }
    let api = ir("sent_only_union.yaml");
    assert_eq!(
        warned(&api),
        ["#/components/schemas/Both", "#/components/schemas/Received"]
    );
    // A build of some operations only: what none of them decodes is no concern of its user.
    let options = oapigen::Options {
        operations: vec!["replaceThing".into()],
        ..Default::default()
    };
    let api =
        oapigen::build_ir(Path::new("tests/fixtures/sent_only_union.yaml"), &options).unwrap();
    assert_eq!(warned(&api), ["#/components/schemas/Both"]);
}

/// Identical inline schemas are one model, named by the longest word suffix their names share
/// (two words at least): nested ones first, then the parents they made equal. Different docs,
/// or a suffix of one word, keep types apart; components are never merged.
#[test]
fn identical_inline_schemas_are_one_model() {
    let api = ir("shared_inline.yaml");
    let names: Vec<&str> = api.models.keys().map(String::as_str).collect();
    assert!(names.contains(&"RuleVisibility"), "{names:?}");
    assert!(names.contains(&"AuditActorKind"), "{names:?}");
    // Once their `actorKind` enums are one, the two `audit` objects are equal too.
    assert!(names.contains(&"RequestAudit"), "{names:?}");
    assert!(!names.contains(&"CreateGroupRequestAudit"), "{names:?}");
    assert!(
        names.contains(&"UpdateAppRequestAppVisibility"),
        "{names:?}"
    );
    assert!(names.contains(&"Kind"), "{names:?}");
    let field_type = |model: &str, field: &str| {
        let s = structure(&api, model);
        let f = s.fields.iter().find(|f| f.api_name == field).unwrap();
        format!("{:?}", f.ty)
    };
    for body in ["CreateGroupRequest", "UpdateAppRequest"] {
        assert_eq!(
            field_type(body, "ruleVisibility"),
            r#"Model("RuleVisibility")"#
        );
    }
    assert_eq!(
        field_type("CreateGroupRequest", "audit"),
        field_type("UpdateAppRequest", "audit")
    );
}

/// A server variable that holds a secret (Telegram's `bot{token}`) is a warning at the
/// variable, and marks the base URL; a request body offered as JSON and as a form is sent as
/// JSON, and the warning says so without claiming the client cannot make forms.
#[test]
fn a_secret_server_variable_and_a_body_sent_one_way_are_warnings() {
    let api = ir("server_secret.yaml");
    assert_eq!(api.base_url_secret, Some(oapigen::ir::UrlPart::Path));
    assert_eq!(api.base_url, "https://api.bots.example/bot123456:ABC-DEF");
    let at = |pointer: &str| {
        api.warnings
            .iter()
            .find(|w| w.pointer == pointer)
            .map(|w| w.message.as_str())
            .unwrap_or_else(|| panic!("no warning at {pointer}: {:?}", api.warnings))
    };
    assert_eq!(
        at("#/servers/0/variables/token"),
        "server variable `token` holds a secret: the client keeps the base URL's path out of \
         `Debug` output and errors"
    );
    assert_eq!(
        at("#/paths/~1sendMessage/post/requestBody/content/application~1x-www-form-urlencoded"),
        "the request body may also be `application/x-www-form-urlencoded`; the client always \
         sends `application/json`"
    );
    assert_eq!(ir("parameter_types.yaml").base_url_secret, None);
    // A key in the host hides the whole URL but its scheme.
    let keyed = ir("server_host_secret.yaml");
    assert_eq!(keyed.base_url_secret, Some(oapigen::ir::UrlPart::Host));
    assert_eq!(keyed.base_url, "https://demo-key.keyed.example/v1");
    assert!(
        keyed
            .warnings
            .iter()
            .any(|w| w.pointer == "#/servers/0/variables/apiKey"
                && w.message
                    == "server variable `apiKey` holds a secret: the client keeps the base URL out \
                    of `Debug` output and errors"),
        "{:?}",
        keyed.warnings
    );
}

/// Models identical to another are aliases of it (Okta's thirty `ACTIVE`/`INACTIVE` enums are
/// compiled once): the component with the shortest name is the type; merged enums make their
/// parents identical; a field that documents something else keeps its struct a type of its
/// own; each alias keeps its doc, and its target is compiled with the alias's features.
#[test]
fn identical_models_are_aliases_of_one() {
    let api = ir("identical_models.yaml");
    let kind = |name: &str| format!("{:?}", api.models[name].kind);
    assert_eq!(
        kind("InlineHookStatus"),
        r#"Alias(Model("EventHookStatus"))"#
    );
    assert_eq!(
        kind("LifecycleStatus"),
        r#"Alias(Model("EventHookStatus"))"#
    );
    assert_eq!(kind("InlineHook"), r#"Alias(Model("EventHook"))"#);
    assert!(kind("EventHookStatus").starts_with("Enum("));
    assert!(kind("EventHook").starts_with("Struct("));
    assert!(kind("Group").starts_with("Struct("));
    assert_eq!(
        api.models["InlineHookStatus"].description.as_deref(),
        Some("Status of the inline hook.")
    );
    assert_eq!(
        api.models["InlineHook"].description.as_deref(),
        Some("An inline hook.")
    );
    assert_eq!(
        api.models["EventHook"].features,
        ["event-hook", "inline-hook"]
    );
    assert_eq!(api.models["InlineHook"].features, ["inline-hook"]);
    // Two error components, one shape: one variant of `ErrorBody`, which both operations'
    // 404s decode to.
    assert_eq!(kind("InlineHookError"), r#"Alias(Model("EventHookError"))"#);
    assert_eq!(api.error_models, ["EventHookError"]);
    let not_found = |tag: &str| {
        let tag = api.tags.iter().find(|t| t.api_name == tag).unwrap();
        let response = tag.operations[0]
            .responses
            .iter()
            .find(|r| r.status == "404");
        format!("{:?}", response.unwrap().ty)
    };
    assert_eq!(not_found("InlineHook"), r#"Some(Model("EventHookError"))"#);
    assert_eq!(not_found("EventHook"), r#"Some(Model("EventHookError"))"#);
}

/// An operationId namespaced by its tag (GitHub's `issues/list-for-repo`, DigitalOcean's
/// `sshKeys_list` under `SSH Keys`) names its method
/// without the tag; a tag whose methods would then clash, or be a keyword, keeps them whole,
/// as does an operationId namespaced by another tag.
#[test]
fn methods_say_their_tag_once() {
    let api = ir("namespaced_ids.yaml");
    let methods = |tag: &str| -> Vec<&str> {
        let tag = api.tags.iter().find(|t| t.api_name == tag).unwrap();
        tag.operations
            .iter()
            .map(|o| o.method_name.as_str())
            .collect()
    };
    assert_eq!(methods("issues"), ["get", "list_for_repo"]);
    assert_eq!(methods("gists"), ["gists_get", "gists_get2"]);
    assert_eq!(methods("projects"), ["projects_get", "projects_move"]);
    assert_eq!(methods("users"), ["people_get"]);
    assert_eq!(methods("users.user"), ["list_user", "update_user"]);
    assert_eq!(methods("SSH Keys"), ["create", "list"]);
    assert_eq!(methods("Droplet Actions"), ["post_by_id"]);
}

/// A `GET` pages without being named by number when its body counts the pages (`page` and
/// `total_pages` here), or until an empty page (from the first number the `page` parameter's
/// default or description says, or from 0 or 1), by a URL in its body that is named as one
/// (`nextLink`, or a `next` described as a URL), by a cursor named as its parameter's next
/// value, or by offset when its body gives a total.
#[test]
fn paging_is_found_by_page_numbers_next_urls_cursors_and_offsets() {
    let api = ir("unnamed_paging.yaml");
    let op = |id: &str| {
        api.tags
            .iter()
            .flat_map(|t| &t.operations)
            .find(|o| o.operation_id == id)
            .unwrap()
    };
    let paging = |id: &str| format!("{:?}", op(id).paging);
    assert_eq!(
        paging("listServers"),
        r#"Some(Paging { item: String, next: PageNumber { items: ("data", false), page: ("page", true), pages: ("total_pages", true), param: "page" }, outcome: None })"#
    );
    assert_eq!(paging("listVolumes"), "None");
    assert_eq!(
        paging("listRepos"),
        r#"Some(Paging { item: String, next: PageUntilEmpty { items: None, param: "page", first: Some(1) }, outcome: None })"#
    );
    // The first page's number as the description says it.
    assert_eq!(
        paging("listLabels"),
        r#"Some(Paging { item: String, next: PageUntilEmpty { items: None, param: "page", first: Some(1) }, outcome: None })"#
    );
    assert_eq!(paging("listOrders"), "None");
    // No first number said: from 0 or 1, as the server answers.
    assert_eq!(
        paging("listIssues"),
        r#"Some(Paging { item: String, next: PageUntilEmpty { items: None, param: "page", first: None }, outcome: None })"#
    );
    assert_eq!(
        paging("listEmployees"),
        r#"Some(Paging { item: String, next: PageNumber { items: ("embedded", true), page: ("current_page", true), pages: ("total_pages", true), param: "pageNumber" }, outcome: None })"#
    );
    assert_eq!(
        paging("listTopics"),
        r#"Some(Paging { item: String, next: PageUntilEmpty { items: Some(("topics", true)), param: "page", first: Some(0) }, outcome: None })"#
    );
    assert_eq!(
        paging("listVaults"),
        r#"Some(Paging { item: String, next: Url { items: ("value", true), next: [Field("next_link", true)], property: "nextLink" }, outcome: None })"#
    );
    assert_eq!(
        paging("listTracks"),
        r#"Some(Paging { item: String, next: Url { items: ("items", true), next: [Field("next", true)], property: "next" }, outcome: None })"#
    );
    assert_eq!(
        paging("listMessages"),
        r#"Some(Paging { item: String, next: Url { items: ("messages", true), next: [Field("next_page_uri", true)], property: "next_page_uri" }, outcome: None })"#
    );
    assert_eq!(paging("listThings"), "None");
    assert_eq!(paging("searchVaults"), "None");
    // A cursor named as the parameter's next value, or as the parameter when that starts
    // with `next`; a property named as the parameter alone may be this page's own.
    assert_eq!(
        paging("listMeetings"),
        r#"Some(Paging { item: String, next: Cursor { items: ("meetings", true), cursor: [Field("next_page_token", true)], cursor_is_string: true, property: "next_page_token", param: "next_page_token", in_body: false }, outcome: None })"#
    );
    assert_eq!(
        paging("listBuckets"),
        r#"Some(Paging { item: String, next: Cursor { items: ("entries", false), cursor: [Field("next_marker", true)], cursor_is_string: true, property: "next_marker", param: "marker", in_body: false }, outcome: None })"#
    );
    assert_eq!(
        paging("listBlocks"),
        r#"Some(Paging { item: String, next: Cursor { items: ("results", true), cursor: [Field("next_cursor", true)], cursor_is_string: true, property: "next_cursor", param: "start_cursor", in_body: false }, outcome: None })"#
    );
    assert_eq!(
        paging("listPipelines"),
        r#"Some(Paging { item: String, next: Cursor { items: ("items", false), cursor: [Field("next_page_token", true)], cursor_is_string: true, property: "next_page_token", param: "page-token", in_body: false }, outcome: None })"#
    );
    assert_eq!(paging("listNotes"), "None");
    // A `POST` pages only by a cursor its own body takes back (Notion's query).
    assert_eq!(
        paging("queryBlocks"),
        r#"Some(Paging { item: String, next: Cursor { items: ("results", true), cursor: [Field("next_cursor", true)], cursor_is_string: true, property: "next_cursor", param: "start_cursor", in_body: true }, outcome: None })"#
    );
    assert_eq!(paging("createBlocks"), "None");
    // Offsets, with a total to stop at; the items are the array named as items are.
    assert_eq!(
        paging("listFolders"),
        r#"Some(Paging { item: String, next: Offset { items: ("data", true), total: ("total_count", true), param: "offset", first: 0 }, outcome: None })"#
    );
    // The body need not say where it starts; links beside the items are no items.
    assert_eq!(
        paging("listMembers"),
        r#"Some(Paging { item: String, next: Offset { items: ("members", true), total: ("total_items", true), param: "offset", first: 0 }, outcome: None })"#
    );
    assert_eq!(paging("listOffsets"), "None");
    // SCIM's `startIndex`, not said to count from 1: no guess.
    assert_eq!(paging("listScimGroups"), "None");
    // A `minimum: 1` says the first number.
    assert_eq!(
        paging("listCases"),
        r#"Some(Paging { item: String, next: PageUntilEmpty { items: None, param: "page", first: Some(1) }, outcome: None })"#
    );
    assert_eq!(
        paging("listScimMembers"),
        r#"Some(Paging { item: String, next: Offset { items: ("resources", true), total: ("total_results", true), param: "startIndex", first: 1 }, outcome: None })"#
    );
    // The start of a window of time is no offset.
    assert_eq!(paging("listInsights"), "None");
    assert_eq!(paging("listWindowEvents"), "None");
    // Only a paged builder has `stream()` and `pages()`: only there do inputs give way.
    let params = |id: &str| -> Vec<(String, String)> {
        op(id)
            .params
            .iter()
            .map(|p| (p.api_name.clone(), p.name.clone()))
            .collect()
    };
    let pairs = |names: &[(&str, &str)]| -> Vec<(String, String)> {
        names
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        params("listServers"),
        pairs(&[("page", "page"), ("stream", "stream2")])
    );
    assert_eq!(
        params("listVolumes"),
        pairs(&[("page", "page"), ("stream", "stream"), ("pages", "pages")])
    );
}

/// A discriminator without a mapping entry for a member takes the one value the member's
/// schema allows the property (inline or by `$ref`, through `allOf`), which is what servers
/// send; a member that allows any value keeps its component name; a mapping entry wins. An
/// inline member that allows any value makes the union untagged: then no variant has a tag.
#[test]
fn discriminator_values_come_from_the_members_when_unmapped() {
    let api = ir("discriminator_values.yaml");
    // Each variant's name and the tags that pick it.
    fn tags_of(union: &oapigen::ir::UnionModel) -> Vec<(&str, Vec<&str>)> {
        union
            .variants
            .iter()
            .map(|v| (v.name.as_str(), v.tags.iter().map(String::as_str).collect()))
            .collect()
    }
    let ModelKind::Union(union) = &api.models["GetItemResponse"].kind else {
        panic!("{:?}", api.models["GetItemResponse"].kind)
    };
    assert_eq!(
        tags_of(union),
        [
            ("TrackObject", vec!["track"]),
            ("EpisodeObject", vec!["episode"]),
            ("Clip", vec!["Clip"]),
            ("Show", vec!["podcast"]),
        ]
    );
    // Inline members, each allowing the property one value: named by it, decoded by tag.
    let ModelKind::Union(union) = &api.models["GetConditionResponse"].kind else {
        panic!("{:?}", api.models["GetConditionResponse"].kind)
    };
    assert_eq!(union.tag.as_deref(), Some("condition_type"));
    assert_eq!(
        tags_of(union),
        [("AimSegment", vec!["Aim"]), ("DateSegment", vec!["Date"])]
    );
    // An inline member that allows any value: no tag names it, so the members are tried.
    let ModelKind::Union(loose) = &api.models["GetLooseResponse"].kind else {
        panic!("{:?}", api.models["GetLooseResponse"].kind)
    };
    assert_eq!(loose.tag, None);
    assert_eq!(
        tags_of(loose),
        [("AnyThing", vec![]), ("AimThing", vec![])],
        "no variant is said to be picked by a tag that is not read"
    );
    assert!(
        api.warnings
            .iter()
            .any(|w| w.pointer.contains("~1loose~1") && w.message.contains("no one value")),
        "{:?}",
        api.warnings
    );
}

/// The words every tag starts with (Twilio's `Api20100401`) are left out of the APIs' names;
/// the tags themselves stay as the spec has them.
#[test]
fn words_every_tag_starts_with_are_said_once() {
    let api = ir("shared_tag_words.yaml");
    let names: Vec<(&str, &str, &str)> = api
        .tags
        .iter()
        .map(|t| {
            (
                t.api_name.as_str(),
                t.struct_name.as_str(),
                t.module.as_str(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Api20100401Message", "MessageApi", "message"),
            ("Api20100401Account", "AccountApi", "account"),
        ]
    );
    // One tag, or tags that share every word but the last of one: names as they are.
    let api = ir("tag_names.yaml");
    assert_eq!(api.tags[0].struct_name, "UserCredApi");
}

/// Several untitled object members of a union are named by the properties only each has; one
/// with none of its own keeps its place's name.
#[test]
fn untitled_object_members_are_named_by_their_own_properties() {
    let api = ir("union_object_names.yaml");
    let variants = |model: &str| -> Vec<String> {
        let ModelKind::Union(union) = &api.models[model].kind else {
            panic!("{model}: {:?}", api.models[model].kind)
        };
        union.variants.iter().map(|v| v.name.clone()).collect()
    };
    assert_eq!(
        variants("ListDropletsResponsePages"),
        ["LastNext", "FirstPrev", "Value"]
    );
    // Tried in order of decoding: the one with more required properties first.
    assert_eq!(
        variants("ListDropletsResponseScope"),
        ["Region", "Variant0"]
    );
    assert!(api.models.contains_key("ListDropletsResponsePagesLastNext"));
}

/// A response or request body written once under `components` (Spotify's `Unauthorized`, used
/// by most operations) is one model, converted once: a response is named by its name there,
/// not after the first operation that uses it (`SearchTracks401Error`), and no operation gets a
/// copy of its own (`Unauthorized2`, ..).
#[test]
fn a_component_response_or_body_is_one_model_named_by_the_component() {
    let api = ir("shared_responses.yaml");
    let response = |id: &str, status: &str| {
        let op = operation(&api, id);
        let response = op.responses.iter().find(|r| r.status == status).unwrap();
        response.ty.clone()
    };
    let unauthorized = Some(TypeRef::Model("Unauthorized".into()));
    for id in ["searchTracks", "addTrack", "replaceTrack"] {
        assert_eq!(response(id, "401"), unauthorized, "{id}");
    }
    let track = Some(TypeRef::Model("OneTrack".into()));
    assert_eq!(response("addTrack", "201"), track);
    assert_eq!(response("replaceTrack", "200"), track);
    let body = |id: &str| match &operation(&api, id).body.as_ref().unwrap().kind {
        oapigen::ir::BodyKind::Json(ty) => ty.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(body("addTrack"), body("replaceTrack"));
    let mut names: Vec<&str> = api.models.keys().map(String::as_str).collect();
    names.sort();
    assert_eq!(names, ["AddTrackRequest", "OneTrack", "Unauthorized"]);
}

/// A parameter of `components/parameters` whose inline schema needs a type is converted once:
/// every operation that names it shares one type, named after the component (without a
/// leading location word), or after the first operation when a model has that name; a
/// parameter declared inline keeps a type of its own.
#[test]
fn shared_parameters_are_one_type_named_after_the_component() {
    let api = ir("shared_params.yaml");
    let param = |id: &str, name: &str| {
        let op = operation(&api, id);
        let p = op.params.iter().find(|p| p.api_name == name).unwrap();
        p.ty.clone()
    };
    let model = |name: &str| TypeRef::Model(name.into());
    for id in ["listFiles", "getFile"] {
        assert_eq!(param(id, "alt"), model("Alt"), "{id}");
        assert_eq!(param(id, "$.xgafv"), model("Xgafv"), "{id}");
        assert_eq!(
            param(id, "expand"),
            TypeRef::Array(Box::new(model("ExpandItem"))),
            "{id}"
        );
        assert_eq!(param(id, "type"), model("ListFilesType"), "{id}");
    }
    assert_eq!(param("listThings", "alt"), model("ListThingsAlt"));
    let names: Vec<&str> = api.models.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "Alt",
            "ExpandItem",
            "HookType",
            "ListFilesType",
            "ListThingsAlt",
            "Xgafv"
        ]
    );
}

/// Identical error bodies are one type named by their status (`UnauthorizedError`; the most
/// common shape has the name where two would), or `ErrorResponse` for several statuses: not
/// after the one operation or status whose name is shortest, which every other operation's
/// errors would then print (Spotify's `401`s decoded as `NotFound`). Every old name stays a
/// type, an alias of it.
#[test]
fn identical_error_bodies_are_named_by_their_status() {
    let api = ir("identical_errors.yaml");
    let kind = |name: &str| format!("{:?}", api.models[name].kind);
    assert_eq!(
        api.error_models,
        ["Auth401Error", "ErrorResponse", "UnauthorizedError"]
    );
    assert_eq!(
        kind("GetMe401Error"),
        r#"Alias(Model("UnauthorizedError"))"#
    );
    assert_eq!(
        kind("ListUsers401Error"),
        r#"Alias(Model("UnauthorizedError"))"#
    );
    // The other `401` shape, in two places, is named by the old rule: the shortest name.
    assert_eq!(
        kind("RefreshSession401Error"),
        r#"Alias(Model("Auth401Error"))"#
    );
    assert_eq!(
        kind("DeleteUser401Error"),
        r#"Alias(Model("UnauthorizedError"))"#
    );
    assert_eq!(kind("NotFound"), r#"Alias(Model("ErrorResponse"))"#);
    assert_eq!(kind("Forbidden"), r#"Alias(Model("ErrorResponse"))"#);
    assert!(kind("UnauthorizedError").starts_with("Struct("));
    assert_eq!(
        api.models["ErrorResponse"].doc(),
        "One type for 2 identical inline schemas: the `Forbidden` response and the `NotFound` \
         response."
    );
    let error_of = |id: &str, status: &str| {
        let response = operation(&api, id)
            .responses
            .iter()
            .find(|r| r.status == status)
            .unwrap();
        format!("{:?}", response.ty)
    };
    assert_eq!(
        error_of("getMe", "401"),
        r#"Some(Model("UnauthorizedError"))"#
    );
    assert_eq!(error_of("getMe", "404"), r#"Some(Model("ErrorResponse"))"#);
    assert_eq!(
        error_of("deleteUser", "403"),
        r#"Some(Model("ErrorResponse"))"#
    );
}

/// An operation without an operationId is named after its summary when that is a few plain
/// words starting with a verb that name no other operation (Hetzner's `Get a Certificate` is
/// `get_certificate`, not `get_certificates_id`); else after its method and path.
#[test]
fn operations_without_ids_are_named_by_short_summaries() {
    let api = ir("summary_names.yaml");
    let tag = &api.tags[0];
    let methods: Vec<&str> = tag
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(
        methods,
        [
            "delete_certificates_id",
            "get_all_certificates",
            "get_certificates_id",
            "get_health",
            "list_keys",
            "post_keys",
            "retry_issuance_or_renewal",
            "update_certificate",
        ]
    );
    let retry = tag
        .operations
        .iter()
        .find(|o| o.method_name == "retry_issuance_or_renewal")
        .unwrap();
    assert_eq!(retry.builder_name, "RetryIssuanceOrRenewal");
    assert!(api.warnings.iter().any(|w| w.message
        == "the operation has no operationId; its method is named after its summary \
            `Update a Certificate`: `update_certificate`"));
}

/// A spec that gives no operation an id gets one warning for all (Hetzner's gave 144 lines),
/// and its methods the same names as when some have ids.
#[test]
fn a_spec_without_operation_ids_gets_one_warning() {
    let api = ir("no_operation_ids.yaml");
    let methods: Vec<&str> = api.tags[0]
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(
        methods,
        ["create_server", "delete_servers_id", "get_all_servers"]
    );
    assert_eq!(
        warnings(&api),
        [(
            "#/paths",
            "no operation has an operationId; the 3 methods are named after their summaries, or \
             their method and path where a summary names none of its own (the API pages list them)"
        )]
    );
}

/// Bodies that may also be sent as another kind of media are one warning per pair of media
/// types where more than three share it (Zoom's 131 JSON bodies that may also be multipart),
/// at the first, counting the rest; fewer are warned of one by one.
#[test]
fn bodies_sent_one_way_share_a_warning() {
    let api = ir("other_media.yaml");
    assert_eq!(
        warnings(&api),
        [
            (
                "#/paths/~1createUser/post/requestBody/content/multipart~1form-data",
                "the request body may also be `multipart/form-data`; the client always sends \
                 `application/json` (so do 4 more request bodies)"
            ),
            (
                "#/paths/~1importXml/post/requestBody/content/application~1xml",
                "the request body may also be `application/xml`; the client always sends \
                 `application/json`"
            )
        ]
    );
}

/// A synthesized example number is 1 where the schema's bounds allow it (a `limit`, a page size
/// or an id of 0 asks for nothing), else the nearest bound, then up to a `multipleOf`; the
/// spec's own example wins.
#[test]
fn example_numbers_are_one_within_their_bounds() {
    let api = ir("example_numbers.yaml");
    let examples: Vec<(&str, String)> = operation(&api, "listItems")
        .params
        .iter()
        .map(|p| {
            let example = p.example.as_ref().expect("every parameter has an example");
            (p.api_name.as_str(), example.to_string())
        })
        .collect();
    assert_eq!(
        examples,
        [
            ("id", "1"),
            ("limit", "1"),
            ("pageSize", "10"),
            ("after", "1"),
            ("offset", "-1"),
            ("zero", "0"),
            ("ratio", "0.5"),
            ("price", "1.0"),
            ("size", "7"),
            // A multiple where one is asked for: up from there, or 0 past the bound.
            ("even", "2"),
            ("step", "10"),
            ("capped", "0"),
            ("half", "1.25"),
        ]
        .map(|(name, value)| (name, value.to_string()))
    );
}
