//! OpenAPI 3.1 documents, rewritten as the 3.0 documents that mean the same, on the raw value
//! and before the typed parse (openapiv3 models 3.0 only). Every place keeps its pointer, so
//! errors and warnings still name the line of the 3.1 text.
//!
//! JSON Schema 2020-12, as 3.1 uses it, becomes its 3.0 form:
//! - `type: [T, "null"]` is `type: T` with `nullable: true`; several non-null types are a
//!   `oneOf` of each; `type: "null"` alone is any value, nullable (a warning);
//! - a `{type: "null"}` member of `oneOf`/`anyOf` is `nullable: true` on the union, and a union
//!   left with one member is `allOf: [member]`;
//! - `$ref` with sibling keywords is `allOf: [{$ref}]` beside them;
//! - `const` is a one-value `enum`; a schema's `examples` array is its first `example`;
//!   numeric `exclusiveMinimum`/`exclusiveMaximum` are `minimum`/`maximum` with the boolean;
//! - `contentEncoding: base64` is `format: byte`, `contentMediaType` of binary data
//!   `format: binary`;
//! - `$defs` move to `components/schemas` (refs rewritten); boolean schemas are `{}` and
//!   `{not: {}}`;
//! - `prefixItems` (a tuple) is marked [`TUPLE`], its members in `items: {oneOf}`, for the
//!   model stage to make a tuple struct of; `patternProperties` and `unevaluatedProperties`
//!   are `additionalProperties`, with a located warning;
//!   `if`/`then`/`else`, `dependentSchemas`, `dependentRequired`, `$dynamicRef` and the other
//!   keywords with no Rust meaning are dropped with a located warning.
//!
//! And the document: `paths` may be absent (a webhooks-only document); `components/pathItems`
//! referenced from `paths` are copied in; `mutualTLS` security schemes (no HTTP client
//! credential of ours) are dropped with a warning; `webhooks` are listed ([`WebhookDecl`]), an
//! inline payload moved to `components/schemas`.

use crate::location::escape;
use serde_yaml::{Mapping, Value};

/// The extension that marks an array schema made from `prefixItems`: its `items` is a `oneOf`
/// of the tuple's members, in order.
pub const TUPLE: &str = "x-oapigen-tuple";

/// A warning of the load stage: (JSON pointer, message).
pub type LoadWarning = (String, String);

/// A webhook of the document (`webhooks`, 3.1): what the API sends, and the component schema
/// of its JSON payload (an inline payload is moved to `components/schemas` first).
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookDecl {
    /// As the spec names it, e.g. `newPet`.
    pub name: String,
    /// `POST`, ...
    pub method: String,
    /// Its operation's summary.
    pub summary: Option<String>,
    /// Its operation's description (markdown).
    pub description: Option<String>,
    /// `#/webhooks/newPet/post`.
    pub pointer: String,
    /// The payload's `#/components/schemas/..` reference, when it has a JSON one.
    pub payload: Option<String>,
}

/// Whether the raw document says `openapi: 3.1.x`.
pub fn is_31(doc: &Value) -> bool {
    matches!(doc.get("openapi"), Some(Value::String(v)) if v.starts_with("3.1"))
}

/// Rewrite a 3.1 document as 3.0 in place; what could not be kept, as warnings, and its
/// webhooks.
pub fn normalize(doc: &mut Value) -> (Vec<LoadWarning>, Vec<WebhookDecl>) {
    let mut warnings = Vec::new();
    let Some(root) = doc.as_mapping_mut() else {
        return (warnings, Vec::new());
    };
    root.insert("openapi".into(), "3.0.3".into());
    if !root.contains_key("paths") {
        root.insert("paths".into(), Value::Mapping(Mapping::new()));
    }
    inline_path_items(doc);
    default_responses(doc);
    drop_mutual_tls(doc, &mut warnings);
    let mut defs = Vec::new();
    walk_doc(doc, "#", &mut warnings, &mut defs);
    hoist_defs(doc, defs);
    let webhooks = webhooks(doc);
    (warnings, webhooks)
}

/// The webhooks, in document order; an inline JSON payload schema becomes the component
/// `<Name>Payload` (with the method when one webhook has several).
fn webhooks(doc: &mut Value) -> Vec<WebhookDecl> {
    let mut found = Vec::new();
    let mut hoisted = Vec::new();
    let Some(hooks) = doc.get_mut("webhooks").and_then(Value::as_mapping_mut) else {
        return found;
    };
    for (name, item) in hooks.iter_mut() {
        let (Some(name), Some(item)) = (name.as_str(), item.as_mapping_mut()) else {
            continue;
        };
        let methods = item
            .keys()
            .filter(|m| m.as_str().is_some_and(|m| METHODS.contains(&m)))
            .count();
        for (method, op) in item.iter_mut() {
            let Some(method) = method.as_str().filter(|m| METHODS.contains(m)) else {
                continue;
            };
            let text = |key: &str| op.get(key).and_then(Value::as_str).map(str::to_string);
            let (summary, description) = (text("summary"), text("description"));
            let pointer = format!("#/webhooks/{}/{method}", escape(name));
            let schema = op
                .get_mut("requestBody")
                .and_then(|b| b.get_mut("content"))
                .and_then(Value::as_mapping_mut)
                .and_then(|content| {
                    content
                        .iter_mut()
                        .find(|(media, _)| media.as_str().is_some_and(|m| m.contains("json")))
                        .and_then(|(_, media)| media.get_mut("schema"))
                });
            let payload = schema.map(|schema| match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => reference.to_string(),
                None => {
                    let mut component = crate::naming::camel(name);
                    if methods > 1 {
                        component.push_str(&crate::naming::camel(method));
                    }
                    component.push_str("Payload");
                    let moved = std::mem::take(schema);
                    let reference = format!("#/components/schemas/{}", escape(&component));
                    let mut link = Mapping::new();
                    link.insert("$ref".into(), Value::String(reference.clone()));
                    *schema = Value::Mapping(link);
                    hoisted.push((component, moved));
                    reference
                }
            });
            found.push(WebhookDecl {
                name: name.to_string(),
                method: method.to_uppercase(),
                summary,
                description,
                pointer,
                payload: payload.filter(|r| r.starts_with("#/components/schemas/")),
            });
        }
    }
    if let Some(schemas) = super::hoist::schemas_map(doc) {
        for (name, schema) in hoisted {
            schemas.entry(Value::String(name)).or_insert(schema);
        }
    }
    found
}

/// `paths` entries that are `$ref`s to `#/components/pathItems/X` become copies of X.
fn inline_path_items(doc: &mut Value) {
    let items = doc
        .get("components")
        .and_then(|c| c.get("pathItems"))
        .cloned()
        .unwrap_or(Value::Null);
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return;
    };
    for (_, item) in paths.iter_mut() {
        let target = match item.get("$ref") {
            Some(Value::String(r)) => r.strip_prefix("#/components/pathItems/").map(unescape),
            _ => None,
        };
        if let Some(found) = target.and_then(|name| items.get(name.as_str())) {
            *item = found.clone();
        }
    }
    if let Some(components) = doc.get_mut("components").and_then(Value::as_mapping_mut) {
        components.remove("pathItems");
    }
}

/// The HTTP methods of a path item.
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// 3.1 makes an operation's `responses` optional: none documented is an empty map.
fn default_responses(doc: &mut Value) {
    for_each_operation(doc, |op| {
        op.entry("responses".into())
            .or_insert_with(|| Value::Mapping(Mapping::new()));
    });
}

/// `f` on every operation of `paths` and `webhooks`.
fn for_each_operation(doc: &mut Value, mut f: impl FnMut(&mut Mapping)) {
    for section in ["paths", "webhooks"] {
        let Some(paths) = doc.get_mut(section).and_then(Value::as_mapping_mut) else {
            continue;
        };
        for item in paths.values_mut().filter_map(Value::as_mapping_mut) {
            for (method, op) in item.iter_mut() {
                if method.as_str().is_some_and(|m| METHODS.contains(&m))
                    && let Some(op) = op.as_mapping_mut()
                {
                    f(op);
                }
            }
        }
    }
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// `mutualTLS` schemes are the TLS layer's business: no credential of the client can meet
/// one. They go (and the requirements naming them), each with a warning.
fn drop_mutual_tls(doc: &mut Value, warnings: &mut Vec<LoadWarning>) {
    let Some(schemes) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
        .and_then(Value::as_mapping_mut)
    else {
        return;
    };
    let dropped: Vec<String> = schemes
        .iter()
        .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
        .filter_map(|(name, _)| name.as_str().map(str::to_string))
        .collect();
    for name in &dropped {
        schemes.remove(name.as_str());
        warnings.push((
            format!("#/components/securitySchemes/{}", escape(name)),
            format!(
                "security scheme `{name}` is `mutualTLS`, which is set up in the TLS layer \
                 (`ClientBuilder::http_client`), not by the client's credentials; dropped"
            ),
        ));
    }
    if dropped.is_empty() {
        return;
    }
    let strip = |requirements: &mut Value| {
        if let Some(list) = requirements.as_sequence_mut() {
            for requirement in list.iter_mut() {
                if let Some(map) = requirement.as_mapping_mut() {
                    for name in &dropped {
                        map.remove(name.as_str());
                    }
                }
            }
            // A requirement of only mutual TLS is met without credentials.
        }
    };
    if let Some(security) = doc.get_mut("security") {
        strip(security);
    }
    for_each_operation(doc, |op| {
        if let Some(security) = op.get_mut("security") {
            strip(security);
        }
    });
}

/// `$defs` entries found, with their pointers, to move once the walk is done.
type Defs = Vec<(String, Value)>;

/// The document outside schemas: schemas sit under `schema` keys and in
/// `components/schemas`; examples and extensions hold none.
fn walk_doc(value: &mut Value, pointer: &str, warnings: &mut Vec<LoadWarning>, defs: &mut Defs) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map.iter_mut() {
                let Some(key) = key.as_str() else { continue };
                let at = format!("{pointer}/{}", escape(key));
                match key {
                    "example" | "examples" => {}
                    k if k.starts_with("x-") => {}
                    "schema" => schema(value, &at, warnings, defs),
                    "schemas" if pointer == "#/components" => {
                        if let Some(schemas) = value.as_mapping_mut() {
                            for (name, s) in schemas.iter_mut() {
                                if let Some(name) = name.as_str() {
                                    schema(s, &format!("{at}/{}", escape(name)), warnings, defs);
                                }
                            }
                        }
                    }
                    _ => walk_doc(value, &at, warnings, defs),
                }
            }
        }
        Value::Sequence(items) => {
            for (i, value) in items.iter_mut().enumerate() {
                walk_doc(value, &format!("{pointer}/{i}"), warnings, defs);
            }
        }
        _ => {}
    }
}

/// Keywords of 2020-12 that have no Rust meaning: dropped, said where.
const DROPPED: &[&str] = &[
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "$dynamicRef",
    "$dynamicAnchor",
    "contains",
    "minContains",
    "maxContains",
    "propertyNames",
    "unevaluatedItems",
];

/// Keywords with no effect on the client, dropped without a word.
const QUIET: &[&str] = &["$schema", "$id", "$anchor", "$comment", "$vocabulary"];

/// One schema, its subschemas first (so a parent sees them in 3.0 form).
fn schema(value: &mut Value, pointer: &str, warnings: &mut Vec<LoadWarning>, defs: &mut Defs) {
    schema_in(value, pointer, warnings, defs, false);
}

/// [`schema`]; `member` says it is a member of a `oneOf`/`anyOf`, where `type: "null"` only
/// makes the union nullable.
fn schema_in(
    value: &mut Value,
    pointer: &str,
    warnings: &mut Vec<LoadWarning>,
    defs: &mut Defs,
    member: bool,
) {
    match value {
        Value::Bool(true) => {
            *value = Value::Mapping(Mapping::new());
            return;
        }
        Value::Bool(false) => {
            let mut not = Mapping::new();
            not.insert("not".into(), Value::Mapping(Mapping::new()));
            *value = Value::Mapping(not);
            return;
        }
        _ => {}
    }
    let Some(map) = value.as_mapping_mut() else {
        return;
    };
    subschemas(map, pointer, warnings, defs);
    if let Some(Value::Mapping(found)) = map.remove("$defs") {
        for (name, s) in found {
            if let Some(name) = name.as_str() {
                defs.push((format!("{pointer}/$defs/{}", escape(name)), s));
            }
        }
    }
    let mut warn = |key: &str, message: String| {
        warnings.push((format!("{pointer}/{}", escape(key)), message));
    };
    for key in DROPPED {
        if map.remove(*key).is_some() {
            warn(
                key,
                format!("`{key}` has no Rust type to express it; the schema is read without it"),
            );
        }
    }
    for key in QUIET {
        map.remove(*key);
    }
    types(map, member, &mut warn);
    null_members(map);
    if let Some(value) = map.remove("const")
        && !map.contains_key("enum")
    {
        map.insert("enum".into(), Value::Sequence(vec![value]));
    }
    if let Some(Value::Sequence(examples)) = map.remove("examples")
        && !map.contains_key("example")
        && let Some(first) = examples.into_iter().next()
    {
        map.insert("example".into(), first);
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), n);
            map.insert(exclusive.into(), Value::Bool(true));
        }
    }
    content_encoding(map);
    prefix_items(map, &mut warn);
    extra_properties(map, &mut warn);
    ref_siblings(map);
}

/// The subschemas of a schema map, each rewritten (union members knowing they are ones).
fn subschemas(map: &mut Mapping, pointer: &str, warnings: &mut Vec<LoadWarning>, defs: &mut Defs) {
    for (key, child) in map.iter_mut() {
        let Some(key) = key.as_str() else { continue };
        let at = format!("{pointer}/{}", escape(key));
        match key {
            "properties" | "patternProperties" | "$defs" | "dependentSchemas" => {
                if let Some(children) = child.as_mapping_mut() {
                    for (name, s) in children.iter_mut() {
                        if let Some(name) = name.as_str() {
                            schema(s, &format!("{at}/{}", escape(name)), warnings, defs);
                        }
                    }
                }
            }
            // `additionalProperties: false` is 3.0 too: only a schema there is rewritten.
            "additionalProperties" | "unevaluatedProperties" if child.is_bool() => {}
            "items" | "not" | "additionalProperties" | "unevaluatedProperties" => {
                schema(child, &at, warnings, defs)
            }
            "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                let union = matches!(key, "anyOf" | "oneOf");
                if let Some(members) = child.as_sequence_mut() {
                    for (i, m) in members.iter_mut().enumerate() {
                        schema_in(m, &format!("{at}/{i}"), warnings, defs, union);
                    }
                }
            }
            _ => {}
        }
    }
}

/// `prefixItems`: a tuple, its members in `items: {oneOf}` and the schema marked [`TUPLE`];
/// followed by more `items`, an array of any of those types (a warning).
fn prefix_items(map: &mut Mapping, warn: &mut impl FnMut(&str, String)) {
    if let Some(Value::Sequence(members)) = map.remove("prefixItems") {
        // A tuple: its member schemas go, in order, in `items: {oneOf: [..]}` (what a 3.0
        // reader makes of it), marked so the model stage reads them as a Rust tuple.
        let closed = matches!(map.get("items"), None | Some(Value::Bool(false)));
        if !closed {
            warn(
                "prefixItems",
                "`prefixItems` with `items` after them is read as an array whose items are any \
                 of those types"
                    .into(),
            );
        }
        if closed {
            map.insert(TUPLE.into(), Value::Bool(true));
        }
        if closed || !map.contains_key("items") {
            let mut one_of = Mapping::new();
            one_of.insert("oneOf".into(), Value::Sequence(members));
            map.insert("items".into(), Value::Mapping(one_of));
        }
    }
}

/// `patternProperties` and `unevaluatedProperties`: `additionalProperties` (a warning).
fn extra_properties(map: &mut Mapping, warn: &mut impl FnMut(&str, String)) {
    for key in ["patternProperties", "unevaluatedProperties"] {
        let Some(extra) = map.remove(key) else {
            continue;
        };
        let extra = match extra {
            // Each pattern's schema; one kind of value if there is one pattern.
            Value::Mapping(patterns) if key == "patternProperties" => {
                let mut members: Vec<Value> = patterns.into_iter().map(|(_, s)| s).collect();
                if members.len() == 1 {
                    members.pop().unwrap_or_default()
                } else {
                    let mut one_of = Mapping::new();
                    one_of.insert("oneOf".into(), Value::Sequence(members));
                    Value::Mapping(one_of)
                }
            }
            other => other,
        };
        warn(
            key,
            format!(
                "`{key}` is read as `additionalProperties`: properties the schema does not \
                 name are kept in a map, whatever their names"
            ),
        );
        if !map.contains_key("additionalProperties") && extra != Value::Bool(false) {
            map.insert("additionalProperties".into(), extra);
        }
    }
}

/// `type` arrays and `type: "null"` (said where, unless a union's member: there it only makes
/// the union nullable).
fn types(map: &mut Mapping, member: bool, warn: &mut impl FnMut(&str, String)) {
    let listed: Vec<String> = match map.get("type") {
        Some(Value::Sequence(types)) => types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(t)) if t == "null" => vec![t.clone()],
        _ => return,
    };
    let nullable = listed.iter().any(|t| t == "null");
    let others: Vec<&String> = listed.iter().filter(|t| *t != "null").collect();
    map.remove("type");
    match others.as_slice() {
        [] if member => {}
        [] => warn(
            "type",
            "`type: null` alone has no Rust type: the value is read as any JSON value".into(),
        ),
        [one] => {
            map.insert("type".into(), Value::String((*one).clone()));
        }
        many => {
            let members = many
                .iter()
                .map(|t| {
                    let mut member = Mapping::new();
                    member.insert("type".into(), Value::String((*t).clone()));
                    Value::Mapping(member)
                })
                .collect();
            map.insert("oneOf".into(), Value::Sequence(members));
        }
    }
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
}

/// A `{type: "null"}` member (by now `{nullable: true}` alone) of a union makes the union
/// nullable; a union left with one member is that member, through `allOf`.
fn null_members(map: &mut Mapping) {
    let is_null = |m: &Value| {
        m.as_mapping()
            .is_some_and(|m| m.len() == 1 && m.get("nullable") == Some(&Value::Bool(true)))
    };
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Sequence(members)) = map.get_mut(key) else {
            continue;
        };
        let before = members.len();
        members.retain(|m| !is_null(m));
        if members.len() == before {
            continue;
        }
        let members = std::mem::take(members);
        map.insert("nullable".into(), Value::Bool(true));
        if members.len() == 1 && !map.contains_key("allOf") {
            map.remove(key);
            map.insert("allOf".into(), Value::Sequence(members));
        } else {
            map.insert(key.into(), Value::Sequence(members));
        }
    }
}

/// `contentEncoding`/`contentMediaType` on a string: bytes on the wire.
fn content_encoding(map: &mut Mapping) {
    let encoding = map.remove("contentEncoding");
    let media = map.remove("contentMediaType");
    if map.contains_key("format") {
        return;
    }
    let format = match (
        encoding.as_ref().and_then(Value::as_str),
        media.as_ref().and_then(Value::as_str),
    ) {
        (Some(e), _) if e.eq_ignore_ascii_case("base64") || e.eq_ignore_ascii_case("base64url") => {
            "byte"
        }
        (None, Some(m)) if !m.starts_with("text/") && !m.contains("json") && !m.contains("xml") => {
            "binary"
        }
        _ => return,
    };
    map.insert("format".into(), format.into());
}

/// `$ref` beside other keywords: 3.1 applies both; 3.0 ignores the siblings unless the ref
/// sits in an `allOf`.
fn ref_siblings(map: &mut Mapping) {
    if map.len() < 2 || !map.contains_key("$ref") {
        return;
    }
    let reference = map.remove("$ref").unwrap_or_default();
    let mut member = Mapping::new();
    member.insert("$ref".into(), reference);
    let mut members = match map.remove("allOf") {
        Some(Value::Sequence(members)) => members,
        _ => Vec::new(),
    };
    members.insert(0, Value::Mapping(member));
    map.insert("allOf".into(), Value::Sequence(members));
}

/// Each `$defs` entry becomes a component schema (named by its key, made unique), and every
/// `$ref` to its old place points there.
fn hoist_defs(doc: &mut Value, defs: Defs) {
    if defs.is_empty() {
        return;
    }
    let mut moves = Vec::new();
    let Some(schemas) = super::hoist::schemas_map(doc) else {
        return;
    };
    for (pointer, value) in defs {
        let name = pointer.rsplit('/').next().map(unescape).unwrap_or_default();
        let name = crate::naming::unique(&name, |n| schemas.contains_key(n));
        schemas.insert(Value::String(name.clone()), value);
        moves.push((pointer, format!("#/components/schemas/{}", escape(&name))));
    }
    rewrite_refs(doc, &moves);
}

fn rewrite_refs(value: &mut Value, moves: &[(String, String)]) {
    match value {
        Value::Mapping(map) => {
            for (key, value) in map.iter_mut() {
                if key.as_str() == Some("$ref")
                    && let Value::String(target) = value
                    && let Some((_, to)) = moves.iter().find(|(from, _)| from == target)
                {
                    *target = to.clone();
                } else {
                    rewrite_refs(value, moves);
                }
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|v| rewrite_refs(v, moves)),
        _ => {}
    }
}
